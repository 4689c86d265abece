package org.ecopolicy.kg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

class TextTableTest {

    private static String table(String select) {
        StringWriter text = new StringWriter();
        try (var exec = QueryExecutionFactory.create(select, ModelFactory.createDefaultModel())) {
            ResultSet results = exec.execSelect();
            TextTable.write(results, new PrintWriter(text));
        }
        return text.toString();
    }

    @Test
    void chineseTextLinesUpByDisplayWidthAndValuesArePlain() {
        String out = table("SELECT ?document ?year ?iri { VALUES (?document ?year ?iri) { "
                + "(\"鄂托克旗黄河流域生态保护实施方案\"@zh 2027 <https://w3id.org/ecokg/id/place/huanghe-liuyu>) "
                + "(\"plan\" 2030 UNDEF) } }");
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).startsWith("document").contains("| year").contains("| iri");
        assertThat(lines.get(1)).matches("-+-\\+-+-\\+-+");
        assertThat(lines.get(2)).startsWith("鄂托克旗黄河流域生态保护实施方案 | 2027 | https://w3id.org/ecokg/id/place/huanghe-liuyu");
        assertThat(out).doesNotContain("^^").doesNotContain("@zh").doesNotContain("<https");
        // The "|" separators stand at the same terminal column on every row.
        int separator = TextTable.width(lines.get(2).substring(0, lines.get(2).indexOf(" | ")));
        assertThat(TextTable.width(lines.get(3).substring(0, lines.get(3).indexOf(" | ")))).isEqualTo(separator);
        assertThat(TextTable.width(lines.get(0).substring(0, lines.get(0).indexOf(" | ")))).isEqualTo(separator);
        assertThat(separator).isEqualTo(2 * "鄂托克旗黄河流域生态保护实施方案".length());
        assertThat(lines.get(lines.size() - 1)).isEqualTo("(2 rows)");
    }

    @Test
    void wideCellsAreCutAtTheLimitWithAnEllipsis() {
        String long100 = "草".repeat(100);
        String out = table("SELECT ?quote { VALUES ?quote { \"" + long100 + "\" } }");
        String cell = out.lines().toList().get(2);
        assertThat(cell).endsWith("…");
        assertThat(TextTable.width(cell)).isLessThanOrEqualTo(TextTable.MAX_CELL);
        String iri = "https://w3id.org/ecokg/id/doc/001_c919576ecd943950/target/" + "9".repeat(60);
        assertThat(table("SELECT ?t { VALUES ?t { <" + iri + "> } }")).contains(iri);
    }

    @Test
    void widthCountsWideAndNarrowCharacters() {
        assertThat(TextTable.width("黄河")).isEqualTo(4);
        assertThat(TextTable.width("（一）")).isEqualTo(6);
        assertThat(TextTable.width("PM2.5")).isEqualTo(5);
    }
}
