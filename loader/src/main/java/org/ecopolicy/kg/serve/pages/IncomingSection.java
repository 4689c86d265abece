package org.ecopolicy.kg.serve.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;

/** Links into the entity that no dedicated section shows (measures of a topic, concepts of a scheme …). */
final class IncomingSection implements PageSection {

    @Override
    public boolean appliesTo(EntityView e) {
        return true;
    }

    @Override
    public void render(EntityView e, HtmlPage page) {
        List<QuerySolution> rows = e.queries().about(PageQueries.INCOMING, e.node());
        if (rows.isEmpty()) {
            return;
        }
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        for (QuerySolution r : rows) {
            byProperty.computeIfAbsent(r.getResource("p").asNode(), k -> new ArrayList<>()).add(r.get("s").asNode());
        }
        page.heading(2, "被引用", "Referenced by");
        page.raw("<table>\n");
        byProperty.forEach((p, subjects) -> {
            page.raw("<tr><th>").raw(e.link(p)).raw("<br><span class=\"en\">(" + subjects.size() + ")</span></th><td>");
            subjects.forEach(s -> page.raw(e.link(s)).raw("<br>"));
            page.raw("</td></tr>\n");
        });
        page.raw("</table>\n");
    }
}
