package org.ecopolicy.kg.serve.pages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.ecopolicy.kg.vocabulary.EKG;

/**
 * A place: where it lies (the eco:within chain up to the top, and its basins), what lies in it,
 * the documents issued for it, and the measures that affect it — directly, or by naming a place
 * inside it.
 */
final class PlaceSection implements PageSection {

    @Override
    public boolean appliesTo(EntityView e) {
        return e.is(EKG.Place);
    }

    @Override
    public void render(EntityView e, HtmlPage page) {
        chain(e, page);
        contained(e, page);
        List<QuerySolution> docs = e.queries().about(PageQueries.DOCUMENTS_OF_PLACE, e.node());
        if (!docs.isEmpty()) {
            page.heading(2, "本地区的政策文件", "Documents issued for this place").raw("<ul>");
            docs.forEach(r -> page.raw("<li>").link(e.paths().href(r.getResource("doc").getURI()),
                    r.getLiteral("title").getLexicalForm()).raw("</li>"));
            page.raw("</ul>\n");
        }
        measures(e, page);
    }

    private static void chain(EntityView e, HtmlPage page) {
        List<Node> up = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        Node current = e.node();
        while (seen.add(current)) {
            var parents = e.union().find(current, EKG.within.asNode(), Node.ANY).toList();
            if (parents.isEmpty()) {
                break;
            }
            current = parents.get(0).getObject();
            up.add(current);
        }
        List<Node> basins = e.objects(e.node(), EKG.inBasin);
        if (up.isEmpty() && basins.isEmpty()) {
            return;
        }
        page.heading(2, "所属", "Lies within");
        if (!up.isEmpty()) {
            page.raw("<p>").text(e.labels().text(e.node()));
            for (Node n : up) {
                page.raw(" ⊂ ").raw(e.link(n));
            }
            page.raw("</p>\n");
        }
        if (!basins.isEmpty()) {
            page.raw("<p>流域 Basin: ");
            basins.forEach(b -> page.raw(e.link(b)).raw(" "));
            page.raw("</p>\n");
        }
    }

    /** Levels of the tree of places within shown at once (region → city → county). */
    private static final int TREE_DEPTH = 3;

    private static void contained(EntityView e, HtmlPage page) {
        List<QuerySolution> rows = e.queries().about(PageQueries.CONTAINED_PLACES, e.node());
        if (rows.isEmpty()) {
            return;
        }
        page.heading(2, "下辖与流域内的地方（" + rows.size() + "）", "Places within");
        List<Node> children = children(e, e.node());
        if (!children.isEmpty()) {
            // A tree by administrative containment, each place with the count of measures affecting
            // it; <details> folds it without JavaScript.
            page.raw("<ul class=\"tree\">");
            children.forEach(c -> tree(e, page, c, 1));
            page.raw("</ul>\n");
        }
        List<QuerySolution> basin = rows.stream().filter(r -> "basin".equals(r.getLiteral("relation").getLexicalForm())).toList();
        if (!basin.isEmpty()) {
            page.raw("<p>流域内 In the basin: ");
            for (QuerySolution r : basin) {
                Node c = r.getResource("c").asNode();
                page.raw(e.link(c)).raw(count(e, c)).raw(" ");
            }
            page.raw("</p>\n");
        }
    }

    private static void tree(EntityView e, HtmlPage page, Node place, int depth) {
        List<Node> children = depth < TREE_DEPTH ? children(e, place) : List.of();
        page.raw("<li>");
        if (children.isEmpty()) {
            page.raw(e.link(place)).raw(count(e, place));
        } else {
            page.raw("<details><summary>").raw(e.link(place)).raw(count(e, place))
                    .raw(" <span class=\"en\">(" + children.size() + ")</span></summary><ul>");
            children.forEach(c -> tree(e, page, c, depth + 1));
            page.raw("</ul></details>");
        }
        page.raw("</li>");
    }

    /** Places directly within {@code place}, by label. */
    private static List<Node> children(EntityView e, Node place) {
        List<Node> children = new ArrayList<>();
        e.union().find(Node.ANY, EKG.within.asNode(), place).forEachRemaining(t -> children.add(t.getSubject()));
        children.sort(java.util.Comparator.comparing(c -> e.labels().text(c)));
        return children;
    }

    /** " (N)": measures affecting the place, from the load-time statistics. */
    private static String count(EntityView e, Node place) {
        var found = e.union().find(place, EKG.affectingMeasureCount.asNode(), Node.ANY).toList();
        long n = found.isEmpty() ? 0 : ((Number) found.get(0).getObject().getLiteralValue()).longValue();
        return " <span class=\"count\" title=\"影响本地的措施 measures affecting it\">" + n + "</span>";
    }

    private static void measures(EntityView e, HtmlPage page) {
        QuerySolution counts = e.queries().about(PageQueries.MEASURE_COUNTS, e.node()).get(0);
        long all = counts.getLiteral("all").getLong();
        long direct = counts.getLiteral("direct").getLong();
        page.heading(2, "影响本地区的措施（" + all + "，其中直接提及 " + direct + "）",
                "Measures affecting this place (" + all + ", " + direct + " naming it directly)");
        if (all == 0) {
            page.raw("<p>—</p>\n");
            return;
        }
        List<QuerySolution> rows = e.queries().about(PageQueries.MEASURES_AFFECTING, e.node());
        page.raw("<p class=\"en\">措施提及本地区（<b>直接</b>）或其内的地方（经行政隶属与流域归属）。"
                + "A measure affects a place when it names it (<b>direct</b>) or a place within it.</p>\n");
        if (all > rows.size()) {
            page.raw("<p class=\"more\">").text("按文件顺序列出前 " + rows.size() + " 条，共 " + all
                    + " 条；完整列表请用下方的控制台查询。 The first " + rows.size() + " of " + all
                    + " in document order; the console query below lists them all.").raw("</p>\n");
        }
        page.raw("<table class=\"affecting\"><tr><th>措施 Measure</th><th>期限 Deadline</th><th>原文提及 Named as</th>"
                + "<th>文件 Document</th></tr>\n");
        for (QuerySolution r : rows) {
            boolean isDirect = isDirect(r);
            page.raw("<tr><td").raw(isDirect ? " class=\"direct\"" : "").raw(">")
                    .link(e.paths().href(r.getResource("m").getURI()), r.getLiteral("title").getLexicalForm())
                    .raw("</td><td>").text(TargetsSection.lex(r, "deadline") == null ? "" : TargetsSection.lex(r, "deadline"))
                    .raw("</td><td>").text(TargetsSection.lex(r, "vias")).raw(isDirect ? " <span class=\"en\">(直接 direct)</span>" : "")
                    .raw("</td><td>").link(e.paths().href(r.getResource("doc").getURI()), r.getLiteral("docTitle").getLexicalForm())
                    .raw("</td></tr>\n");
        }
        page.raw("</table>\n");
    }

    private static boolean isDirect(QuerySolution r) {
        return r.contains("direct") && r.getLiteral("direct").getInt() == 1;
    }
}
