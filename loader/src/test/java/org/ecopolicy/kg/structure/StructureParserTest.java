package org.ecopolicy.kg.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.DocumentStructure;
import org.ecopolicy.kg.model.Measure;
import org.ecopolicy.kg.model.Section;
import org.ecopolicy.kg.read.DocumentReader;
import org.ecopolicy.kg.read.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StructureParserTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StructureParserTest.class);

    private static final DocumentReader READER = new DocumentReader();
    private static final StructureParser PARSER = new StructureParser();
    private static final Map<String, Document> DOCS = new HashMap<>();

    private static Document doc(String stem) {
        return DOCS.computeIfAbsent(stem, s -> READER.read(TestCorpus.file(s)));
    }

    private static DocumentStructure parse(String stem) {
        return PARSER.parse(doc(stem));
    }

    @Test
    void aTitleSetOffBySpaceFromProseOnItsLineEndsAtTheSpaceButParallelPhrasesStayOneTitle(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path file = tmp.resolve("list.txt");
        java.nio.file.Files.writeString(file, String.join("\n",
                "某市生态保护工程实施方案",
                "一、坚持生态优先 推动绿色发展。全面落实生态保护红线制度。",
                "1.水土保持小型水利工程 建设小型节水、引水、提水工程，充分提高地表水资源利用率。",
                "2.汾河流域湿地保护工程 在榆次、绛县、沁源建设3个湿地保护区；在宁武建设重要湿地。",
                ""));
        List<String> titles = PARSER.parse(READER.read(file)).measures().stream().map(Measure::title).toList();
        assertThat(titles).contains("水土保持小型水利工程", "汾河流域湿地保护工程");
        assertThat(titles).noneMatch(t -> t.startsWith("坚持生态优先") && !t.equals("坚持生态优先 推动绿色发展"));
    }

    // ---- what is no measure: page openings (issue 10) -----------------------------------

    private static List<String> titlesOf(java.nio.file.Path tmp, String... lines) throws Exception {
        java.nio.file.Path file = tmp.resolve("opening.txt");
        java.nio.file.Files.writeString(file, String.join("\n", lines) + "\n");
        return PARSER.parse(READER.read(file)).measures().stream().map(Measure::title).toList();
    }

    @Test
    void achievementsAndSituationSectionsHoldNoMeasures(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        assertThat(titlesOf(tmp,
                "第一章 发展基础与面临形势",
                "第一节 生态建设取得显著成效",
                "湿地保护体系日益健全。新建湿地公园三处，湿地保护率提高到55%。",
                "大气环境质量稳步提升。优良天数比例连续三年保持90%以上。",
                "第二节 存在的短板",
                "（一）水土保护成效显著",
                "（二）草原退化趋势得到遏制",
                "第二章 主要任务",
                "第一节 推动草原生态质量持续改善",
                "（一）强化禁牧休牧成效。严格落实禁牧休牧制度。")).containsExactly("强化禁牧休牧成效");
    }

    @Test
    void partsThatFrameAPlanAreNoMeasures(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        assertThat(titlesOf(tmp,
                "某市湿地保护规划",
                "一、基本情况",
                "全市湿地面积12万公顷。",
                "二、规划范围和期限",
                "规划范围为全市行政区域，规划期限为2024—2030年。",
                "三、编制依据",
                "《湿地保护法》等。",
                "四、保护任务",
                "（一）恢复退化湿地。实施退耕还湿。")).containsExactly("恢复退化湿地");
    }

    @Test
    void aCoverNoticesOwnRequestsAreNoMeasuresButTheHandedOverPlansItemsAre(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        assertThat(titlesOf(tmp,
                "某县人民政府关于印发《某县湿地保护行动方案》的通知",
                "各乡镇人民政府，县直各部门：",
                "现将《某县湿地保护行动方案》印发给你们，并就有关事项通知如下：",
                "一、提高思想认识",
                "各乡镇要把湿地保护摆上重要位置。",
                "二、压实工作责任",
                "县直各部门要按照分工抓好落实。",
                "某县人民政府",
                "2022年4月8日",
                "某县湿地保护行动方案",
                "一、加强湿地保护",
                "（一）划定湿地保护红线。开展湿地资源调查。")).containsExactly("划定湿地保护红线");
    }

    @Test
    void theEntriesOfATableOfContentsAreNoMeasures(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        assertThat(titlesOf(tmp,
                "某旗水资源保护规划",
                "目  录",
                "一、规划基础……1",
                "二、保护任务……5",
                "（一）节约用水……5",
                "（二）治理地下水超采……8",
                "一、规划基础",
                "全旗水资源总量有限，时空分布不均。",
                "二、保护任务",
                "（一）节约用水。推广高效节水灌溉。",
                "（二）治理地下水超采。压减地下水开采量。")).containsExactly("节约用水", "治理地下水超采");
    }

    @Test
    void aChapterStandingAloneIsAnOpeningNotAMeasure(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        assertThat(titlesOf(tmp,
                "第三章 构建绿色低碳产业体系",
                "坚持产业生态化、生态产业化，推动产业结构优化升级。")).isEmpty();
    }

    @Test
    void goalItemsAreNoMeasuresAndATaskHeadingMetLaterNestsAboveTheItemsItHolds(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        DocumentStructure s;
        java.nio.file.Path file = tmp.resolve("plan.txt");
        java.nio.file.Files.writeString(file, String.join("\n",
                "某县2025年水污染防治工作计划",
                "一、目标任务",
                "1.到2025年底，全县地表水优良水体比例达到85%。",
                "2.县城建成区黑臭水体基本消除。",
                "二、重点工作",
                "（一）治理工业废水",
                "1.开展涉水企业排查。全面排查工业园区涉水企业。",
                "2.推进园区污水处理厂提标改造。",
                "（二）治理城镇生活污水",
                "1.完善城镇污水管网。") + "\n");
        s = PARSER.parse(READER.read(file));
        assertThat(s.measures()).extracting(Measure::title)
                .containsExactly("开展涉水企业排查", "推进园区污水处理厂提标改造", "完善城镇污水管网");
        assertThat(s.measures().get(0).path()).containsExactly("二、重点工作", "（一）治理工业废水", "1.");
    }

    // ---- 004 against the gold measures ---------------------------------------------------

    @Test
    void measureTitlesOf004MatchTheGold() throws Exception {
        List<CSVRecord> gold = goldMeasures();
        List<Measure> found = parse("004").measures();
        Set<String> goldTitles = gold.stream().map(r -> key(r.get("title"))).collect(Collectors.toSet());
        Set<String> foundTitles = found.stream().map(m -> key(m.title())).collect(Collectors.toSet());

        long truePositives = found.stream().filter(m -> goldTitles.contains(key(m.title()))).count();
        long recalled = gold.stream().filter(r -> foundTitles.contains(key(r.get("title")))).count();
        double precision = (double) truePositives / found.size();
        double recall = (double) recalled / gold.size();
        LOG.info(String.format("004 measure titles: precision %.3f (%d/%d), recall %.3f (%d/%d)",
                precision, truePositives, found.size(), recall, recalled, gold.size()));

        assertThat(precision).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void measurePathsOf004FollowTheGoldConvention() throws Exception {
        Map<String, String> goldPathByTitle = new HashMap<>();
        for (CSVRecord r : goldMeasures()) {
            goldPathByTitle.put(key(r.get("title")), r.get("path"));
        }
        List<Measure> found = parse("004").measures();
        long samePath = found.stream()
                .filter(m -> m.pathText().equals(goldPathByTitle.get(key(m.title()))))
                .count();
        assertThat(samePath).isEqualTo(goldPathByTitle.size());
    }

    @Test
    void doc004Has34NumberedTasksUnderMainTasks() {
        DocumentStructure s = parse("004");
        Section mainTasks = s.sections().stream().filter(x -> x.heading().equals("二、主要任务")).findFirst().orElseThrow();
        Set<String> groups = s.sections().stream().filter(x -> mainTasks.id().equals(x.parentId()))
                .map(Section::id).collect(Collectors.toSet());
        List<Section> tasks = s.sections().stream().filter(x -> groups.contains(x.parentId())).toList();

        // the text announces "推进34项工作任务" and numbers them 1.–34. across ten (一)…(十) groups
        assertThat(groups).hasSize(10);
        assertThat(tasks).hasSize(34);
        assertThat(tasks).extracting(Section::label)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 34).mapToObj(i -> i + ".").toList());
        assertThat(tasks).allSatisfy(t -> assertThat(t.depth()).isEqualTo(3));
    }

    @Test
    void task9Of004IsTitledAndPlaced() {
        Measure task9 = parse("004").measures().stream()
                .filter(m -> m.path().get(m.path().size() - 1).equals("9.")).findFirst().orElseThrow();

        assertThat(task9.title()).isEqualTo("科学推进林草建设");
        assertThat(task9.pathText()).isEqualTo("二、主要任务 > (三)实施生态系统保护专项行动 > 9.");
        String body = doc("004").text().original().substring(task9.start(), task9.end());
        assertThat(body).startsWith("9.科学推进林草建设。").endsWith("（牵头部门：旗林草局，责任部门：旗自然资源局）")
                .doesNotContain("10.");
    }

    @Test
    void generalSectionsOf004AreNotMeasuresButSafeguardsAre() {
        List<Measure> measures = parse("004").measures();

        assertThat(measures).extracting(Measure::title).doesNotContain("指导思想", "基本原则", "主要目标");
        assertThat(measures).filteredOn(m -> m.path().get(0).equals("四、保障措施")).extracting(Measure::title)
                .containsExactly("加强组织领导", "强化监督考核", "加强资金保障", "促进科技创新", "营造良好氛围");
    }

    // ---- 000 -------------------------------------------------------------------------------

    @Test
    void doc000Has43ContinuouslyNumberedItemsUnderMarkdownHeadings() {
        DocumentStructure s = parse("000");
        List<Section> items = s.sections().stream().filter(x -> x.label().startsWith("(")).toList();
        List<Section> top = s.sections().stream().filter(x -> x.parentId() == null).toList();

        assertThat(items).hasSize(43);
        assertThat(items.get(0).heading()).isEqualTo("(一)保护好美丽大草原");
        assertThat(items.get(42).label()).isEqualTo("(四十三)");
        assertThat(items.get(42).title()).isEqualTo("强化宣传教育");
        // "## 二、", "### 三、", "#### 四、": markdown depth marks do not change the outline
        assertThat(top).extracting(Section::label)
                .containsExactly("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、");
        assertThat(items).allSatisfy(i -> assertThat(i.depth()).isEqualTo(2));
        assertThat(s.measures()).noneMatch(m -> m.pathText().startsWith("一、")); // 一、总体要求 is a general section
        assertThat(s.measures().get(8).pathText()).isEqualTo("三、加快推进发展方式绿色低碳转型 > (九)");
    }

    // ---- 001 -------------------------------------------------------------------------------

    @Test
    void doc001YieldsOneMeasurePerLeadParagraph() {
        List<Measure> spatial = parse("001").measures().stream()
                .filter(m -> m.pathText().equals("二、筑牢我国北方重要生态安全屏障 > (一)建立健全国土空间支撑体系"))
                .toList();

        assertThat(spatial).extracting(Measure::title)
                .containsExactly("构建国土空间保护开发新格局", "深化落实主体功能区战略", "强化生态环境分区管控应用");
        String second = doc("001").text().original().substring(spatial.get(1).start(), spatial.get(1).end());
        assertThat(second).startsWith("深化落实主体功能区战略。合理优化").doesNotContain("强化生态环境分区管控应用");
        assertThat(spatial).extracting(Measure::sectionId).containsOnly(spatial.get(0).sectionId());
    }

    @Test
    void doc001SkipsGoalsAndKeepsInlineSafeguards() {
        List<Measure> measures = parse("001").measures();

        assertThat(measures).noneMatch(m -> m.pathText().startsWith("一、"));
        assertThat(measures).extracting(Measure::title).doesNotContain("近期目标", "总体要求", "目标愿景");
        assertThat(measures).filteredOn(m -> m.path().get(0).startsWith("九、")).extracting(Measure::title)
                .containsExactly("加强组织领导", "强化政策协同", "加大资金投入", "做好示范推广");
    }

    // ---- 002 -------------------------------------------------------------------------------

    @Test
    void percentageAtALineStartIsNotAHeading() {
        Document d = doc("002");
        int line = d.text().original().indexOf("\n6.27%，水土流失防控压力大。") + 1;
        DocumentStructure s = parse("002");

        assertThat(line).isPositive();
        assertThat(s.sections()).noneMatch(x -> x.start() == line);
        assertThat(s.sections()).noneMatch(x -> x.title().startsWith("27%"));
        Section challenges = s.sections().stream().filter(x -> x.heading().equals("2.面临挑战")).findFirst().orElseThrow();
        assertThat(challenges.end()).isGreaterThan(line); // the line stays in the body of 2.面临挑战
    }

    @Test
    void reviewAndPrinciplesChaptersOf002ContributeNoMeasures() {
        DocumentStructure s = parse("002");

        assertThat(s.sections()).extracting(Section::heading)
                .contains("第一章生态环境保护基本形势", "第一节生态环境保护工作取得的成效", "1.生态保护建设成果丰硕");
        assertThat(s.measures()).noneMatch(m -> m.path().get(0).startsWith("第一章") || m.path().get(0).startsWith("第二章"));
        assertThat(s.measures().get(0).pathText()).isEqualTo("第三章加强生态保护修复，提升生态系统质量和稳定性 > 第一节加强生态保护监管 > 1.");
        assertThat(s.measures().get(0).title()).isEqualTo("完善生态安全格局");
    }

    @Test
    void doc002SplitsWaterSavingIntoLeadParagraphsAndKeepsSectionsWithoutItems() {
        List<Measure> measures = parse("002").measures();

        assertThat(measures).filteredOn(m -> m.pathText().endsWith("> 1.开展综合节水，优化水资源配置"))
                .extracting(Measure::title)
                .containsExactly("严格用水总量和强度控制", "建立节水型生产生活方式", "推进水资源优化配置", "强化水生态流量保障");
        // a 第X节 with no numbered items is itself a measure
        assertThat(measures).anyMatch(m -> m.title().equals("全面加强绿色科技创新")
                && m.pathText().equals("第四章强化绿色源头防控，助推绿色低碳发展 > 第三节"));
        // a line continuing a broken sentence ("逃逸防控。…") is no lead of its own
        assertThat(measures).extracting(Measure::title).doesNotContain("逃逸防控", "生态安全屏障", "水农业");
    }

    // ---- 003 -------------------------------------------------------------------------------

    @Test
    void doc003SectionsAreFoundDespiteIdeographicSpaceIndentation() {
        Document d = doc("003");
        DocumentStructure s = parse("003");
        List<Section> top = s.sections().stream().filter(x -> x.parentId() == null).toList();

        assertThat(top).extracting(Section::heading).containsExactly("一.总体要求", "二.加快推进主体功能区建设",
                "三.加强自然生态系统保护和建设", "四.加强环境保护和资源综合利用", "五.积极推动产业结构调整",
                "六.建立健全生态文明制度体系", "七.强化生态文明建设保障措施");
        assertThat(s.sections()).allSatisfy(x -> assertThat(d.text().original().charAt(x.start())).isNotEqualTo('\u3000'));
        // 七. jumps from （一） to （三）: a single missing number does not break the outline
        assertThat(s.measures()).filteredOn(m -> m.path().get(0).startsWith("七.")).extracting(m -> m.path().get(1))
                .containsExactly("（一）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）");
    }

    // ---- all documents -----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void titleEvidenceSlicesTheOriginalText(String stem) {
        Document d = doc(stem);
        DocumentStructure s = parse(stem);
        String original = d.text().original();

        assertThat(s.measures()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.titleEvidence().quote())
                    .isEqualTo(original.substring(m.titleEvidence().start(), m.titleEvidence().end()))
                    .isEqualTo(m.title());
            assertThat(m.titleEvidence().documentId()).isEqualTo(d.id());
            assertThat(m.start()).isLessThanOrEqualTo(m.titleEvidence().start());
            assertThat(m.end()).isGreaterThanOrEqualTo(m.titleEvidence().end());
            assertThat(m.title()).isNotBlank().doesNotEndWith("。");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void idsAreSequentialStableAndSpansNest(String stem) {
        DocumentStructure first = parse(stem);
        DocumentStructure again = PARSER.parse(READER.read(TestCorpus.file(stem)));
        Map<String, Section> byId = first.sections().stream().collect(Collectors.toMap(Section::id, x -> x));

        assertThat(again).isEqualTo(first);
        for (int i = 0; i < first.sections().size(); i++) {
            assertThat(first.sections().get(i).id()).isEqualTo("s" + (i + 1));
        }
        for (int i = 0; i < first.measures().size(); i++) {
            Measure m = first.measures().get(i);
            assertThat(m.id()).isEqualTo("m" + (i + 1));
            Section holder = byId.get(m.sectionId());
            assertThat(m.start()).isGreaterThanOrEqualTo(holder.start());
            assertThat(m.end()).isLessThanOrEqualTo(holder.end());
            if (i > 0) {
                assertThat(m.start()).isGreaterThanOrEqualTo(first.measures().get(i - 1).end());
            }
        }
        for (Section x : first.sections()) {
            if (x.parentId() != null) {
                Section parent = byId.get(x.parentId());
                assertThat(x.start()).isGreaterThan(parent.start());
                assertThat(x.end()).isLessThanOrEqualTo(parent.end());
                assertThat(x.depth()).isEqualTo(parent.depth() + 1);
            }
        }
    }

    private static List<CSVRecord> goldMeasures() throws Exception {
        try (Reader in = Files.newBufferedReader(TestCorpus.gold("004.measures.csv"))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    /** Titles compare ignoring punctuation and spaces, as the gold matching rules say. */
    private static String key(String title) {
        return title.replaceAll("[\\p{P}\\p{S}\\s\\u3000]", "");
    }
}
