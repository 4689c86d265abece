package org.ecopolicy.kg.serve.pages;

import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.ecopolicy.kg.vocabulary.EKG;

/** A department or government: the tasks it leads and supports (its parent body is among its properties). */
final class OrganisationSection implements PageSection {

    @Override
    public boolean appliesTo(EntityView e) {
        return e.is(EKG.Department) || e.is(EKG.Government);
    }

    @Override
    public void render(EntityView e, HtmlPage page) {
        List<QuerySolution> rows = e.queries().about(PageQueries.TASKS, e.node());
        List<QuerySolution> lead = rows.stream().filter(r -> r.getLiteral("role").getString().equals("lead")).toList();
        List<QuerySolution> other = rows.stream().filter(r -> !r.getLiteral("role").getString().equals("lead")).toList();
        tasks(e, page, lead, "牵头的任务（" + lead.size() + "）", "Tasks led");
        tasks(e, page, other, "参与/负责的任务（" + other.size() + "）", "Tasks supported or responsible for");
    }

    private static void tasks(EntityView e, HtmlPage page, List<QuerySolution> rows, String zh, String en) {
        page.heading(2, zh, en);
        if (rows.isEmpty()) {
            page.raw("<p>—</p>\n");
            return;
        }
        page.raw("<table><tr><th>措施 Measure</th><th>原文称谓 Named as</th><th>文件 Document</th></tr>\n");
        for (QuerySolution r : rows) {
            page.raw("<tr><td>").link(e.paths().href(r.getResource("m").getURI()), r.getLiteral("title").getLexicalForm())
                    .raw("</td><td>").text(r.getLiteral("surfaces").getLexicalForm())
                    .raw("</td><td>").link(e.paths().href(r.getResource("doc").getURI()), r.getLiteral("docTitle").getLexicalForm())
                    .raw("</td></tr>\n");
        }
        page.raw("</table>\n");
    }
}
