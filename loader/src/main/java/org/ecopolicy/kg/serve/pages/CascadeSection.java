package org.ecopolicy.kg.serve.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.ecopolicy.kg.query.QueryCatalogue;
import org.ecopolicy.kg.query.QueryRunner;
import org.ecopolicy.kg.vocabulary.EKG;

/**
 * An indicator's targets as a cascade: the catalogue query {@code target-cascade} as a table (level,
 * jurisdiction, parent, year, value, disagreements) and a chart drawn on the server as SVG (value
 * over year, one series per jurisdiction), readable without JavaScript.
 */
final class CascadeSection implements PageSection {

    private static final String[] LEVELS = {"", "自治区 region", "盟市 league/city", "旗县区 banner/county"};

    /** One row of the cascade. */
    record Row(int rank, String jurisdiction, String parent, int year, String comparator, double value, String unit,
               String document, String target, String weaker, String yearsApart) {
    }

    @Override
    public boolean appliesTo(EntityView e) {
        return e.is(EKG.Indicator);
    }

    @Override
    public void render(EntityView e, HtmlPage page) {
        String name = e.labels().of(e.node()).zh();
        if (name == null) {
            return;
        }
        List<Row> rows = rows(e, name);
        if (rows.isEmpty()) {
            return;
        }
        page.heading(2, "目标逐级分解（" + rows.size() + "）", "Target cascade: region → league/city → banner/county");
        page.raw(CascadeChart.svg(rows));
        page.raw("<table class=\"cascade\"><tr><th>层级 Level</th><th>辖区 Jurisdiction</th><th>上级 Parent</th>"
                + "<th>年份 Year</th><th>要求 Commitment</th><th>文件 Document</th><th>一致性 Agreement</th></tr>\n");
        for (Row r : rows) {
            page.raw("<tr><td>").text(r.rank() < LEVELS.length ? LEVELS[r.rank()] : "—").raw("</td><td>").text(r.jurisdiction())
                    .raw("</td><td>").text(r.parent()).raw("</td><td>").text(String.valueOf(r.year())).raw("</td><td>")
                    .link(e.paths().href(r.target()), r.comparator() + " " + CascadeChart.plain(r.value()) + " " + r.unit())
                    .raw("</td><td>").text(r.document()).raw("</td><td class=\"flag\">")
                    .text(String.join("; ", List.of(r.weaker(), r.yearsApart()).stream().filter(s -> !s.isEmpty()).toList()))
                    .raw("</td></tr>\n");
        }
        page.raw("</table>\n");
    }

    static List<Row> rows(EntityView e, String indicatorName) {
        var query = QueryRunner.prepare(QueryCatalogue.load().require("target-cascade").sparql(),
                Map.of("indicatorName", indicatorName));
        ResultSetRewindable rs = e.queries().select(query);
        List<Row> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution r = rs.next();
            rows.add(new Row(r.getLiteral("levelRank").getInt(), r.getLiteral("jurisdiction").getString(),
                    r.getLiteral("parentJurisdiction").getString(), Integer.parseInt(r.getLiteral("year").getLexicalForm()),
                    r.getLiteral("comparator").getString(), r.getLiteral("value").getDouble(),
                    r.contains("unit") ? r.getLiteral("unit").getString() : "", r.getLiteral("document").getString(),
                    r.getResource("target").getURI(), r.getLiteral("weakerThan").getString(),
                    r.getLiteral("yearsApart").getString()));
        }
        return rows;
    }

    /** Rows grouped by jurisdiction, in table order. */
    static Map<String, List<Row>> series(List<Row> rows) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        rows.forEach(r -> out.computeIfAbsent(r.jurisdiction(), k -> new ArrayList<>()).add(r));
        return out;
    }
}
