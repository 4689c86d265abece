package org.ecopolicy.kg.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ecopolicy.kg.it.TestKnowledgeGraph;
import org.junit.jupiter.api.Test;

/** The targets and measures tables of the brief, read back from the built store. */
class TableWriterTest {

    private static List<CSVRecord> parse(String csv) throws Exception {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    @Test
    void targetsTableHasTheContractColumnsAndTheForestTarget() throws Exception {
        StringWriter out = new StringWriter();
        new TableWriter(TestKnowledgeGraph.get().store.dataset()).targets(out, CSVFormat.RFC4180);
        assertThat(out.toString().lines().findFirst().orElseThrow())
                .isEqualTo("document,measure,year,kind,indicator,comparator,value,unit,scope,quote,iri");
        List<CSVRecord> rows = parse(out.toString());
        CSVRecord forest = rows.stream()
                .filter(r -> r.get("document").startsWith("004") && r.get("indicator").equals("森林覆盖率"))
                .findFirst().orElseThrow();
        assertThat(forest.get("measure")).isEqualTo("科学推进林草建设");
        assertThat(forest.get("year")).isEqualTo("2025");
        assertThat(forest.get("kind")).isEqualTo("quantitative");
        assertThat(forest.get("value")).isEqualTo("22.4");
        assertThat(forest.get("unit")).isEqualTo("%");
        assertThat(forest.get("quote")).contains("22.4%");
        assertThat(forest.get("iri")).startsWith("https://w3id.org/ecokg/id/doc/004_");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("kind")).isIn("quantitative", "qualitative"));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("document")).startsWith("001")
                .satisfies(d -> assertThat(r.get("indicator")).contains("水土保持率")));
    }

    @Test
    void measuresTableListsDepartmentsRegionsProjectsAndYears() throws Exception {
        StringWriter out = new StringWriter();
        new TableWriter(TestKnowledgeGraph.get().store.dataset()).measures(out, CSVFormat.RFC4180);
        assertThat(out.toString().lines().findFirst().orElseThrow())
                .isEqualTo("document,path,title,lead,responsible,regions,projects,years,iri");
        List<CSVRecord> rows = parse(out.toString());
        CSVRecord task9 = rows.stream().filter(r -> r.get("title").equals("科学推进林草建设")).findFirst().orElseThrow();
        assertThat(task9.get("path")).isEqualTo("二、主要任务 > (三)实施生态系统保护专项行动 > 9.");
        assertThat(task9.get("lead")).isEqualTo("旗林草局");
        assertThat(task9.get("responsible")).isEqualTo("旗自然资源局");
        assertThat(task9.get("years")).isEqualTo("2025");
        CSVRecord water = rows.stream().filter(r -> r.get("title").equals("提升水环境质量")).findFirst().orElseThrow();
        assertThat(water.get("lead")).isEqualTo("鄂托克经济开发区管委会|旗生态环境分局");
        assertThat(water.get("projects")).contains("黄河干流生态修复工程");
        assertThat(rows.stream().filter(r -> r.get("document").startsWith("004")).count()).isGreaterThanOrEqualTo(30);
    }
}
