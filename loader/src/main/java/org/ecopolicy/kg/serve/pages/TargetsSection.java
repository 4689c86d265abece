package org.ecopolicy.kg.serve.pages;

import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.ecopolicy.kg.vocabulary.EKG;

/** The targets of a measure, a document or an indicator, each with its exact quote and location. */
final class TargetsSection implements PageSection {

    @Override
    public boolean appliesTo(EntityView e) {
        return e.is(EKG.Measure) || e.is(EKG.PolicyDocument) || e.is(EKG.Indicator);
    }

    @Override
    public void render(EntityView e, HtmlPage page) {
        String sparql = e.is(EKG.Measure) ? PageQueries.TARGETS_OF_MEASURE
                : e.is(EKG.PolicyDocument) ? PageQueries.TARGETS_OF_DOCUMENT : PageQueries.TARGETS_OF_INDICATOR;
        List<QuerySolution> rows = e.queries().about(sparql, e.node());
        if (rows.isEmpty()) {
            return;
        }
        boolean showDocument = e.is(EKG.Indicator);
        page.heading(2, "目标与基线（" + rows.size() + "）", "Targets and baselines");
        page.raw("<table><tr><th>年份 Year</th><th>指标 Indicator</th><th>要求 Commitment</th>")
                .raw(showDocument ? "<th>文件 Document</th>" : "").raw("<th>原文 Quote</th></tr>\n");
        for (QuerySolution r : rows) {
            page.raw("<tr><td>").text(lex(r, "year"));
            if (r.getLiteral("baseline").getBoolean()) {
                page.raw("<br><span class=\"en\">基线 baseline</span>");
            }
            page.raw("</td><td>").link(e.paths().href(r.getResource("t").getURI()), orDash(lex(r, "indicatorText")))
                    .raw("</td><td>").text(commitment(r)).raw("</td>");
            if (showDocument) {
                page.raw("<td>").link(e.paths().href(r.getResource("doc").getURI()), lex(r, "docTitle")).raw("</td>");
            }
            page.raw("<td>").text(lex(r, "quote")).raw("<div class=\"loc\">第 ").text(lex(r, "begin") + "–" + lex(r, "end"))
                    .raw(" 字 (chars)</div></td></tr>\n");
        }
        page.raw("</table>\n");
    }

    private static String commitment(QuerySolution r) {
        String comparator = lex(r, "comparator");
        String symbol = switch (comparator == null ? "" : comparator) {
            case ">=" -> "≥ ";
            case "<=" -> "≤ ";
            case "=" -> "= ";
            case "decrease_by" -> "下降 ";
            case "increase_by" -> "提高 ";
            default -> "";
        };
        String value = lex(r, "value");
        if (value == null) {
            return comparator == null || comparator.equals("none") ? "定性 qualitative" : symbol.strip();
        }
        return symbol + value + (lex(r, "unit") == null ? "" : " " + lex(r, "unit"));
    }

    static String lex(QuerySolution r, String var) {
        return r.contains(var) ? (r.get(var).isLiteral() ? r.getLiteral(var).getLexicalForm() : r.get(var).toString()) : null;
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "—" : s;
    }
}
