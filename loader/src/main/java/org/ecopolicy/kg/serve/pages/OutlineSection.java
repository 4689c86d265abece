package org.ecopolicy.kg.serve.pages;

import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.ecopolicy.kg.vocabulary.EKG;

/** A document's sections and measures in text order, indented by heading depth. */
final class OutlineSection implements PageSection {

    @Override
    public boolean appliesTo(EntityView e) {
        return e.is(EKG.PolicyDocument);
    }

    @Override
    public void render(EntityView e, HtmlPage page) {
        List<QuerySolution> rows = e.queries().about(PageQueries.OUTLINE, e.node());
        long measures = rows.stream().filter(r -> r.getLiteral("kind").getString().equals("measure")).count();
        page.heading(2, "章节与措施（" + (rows.size() - measures) + " 节，" + measures + " 项措施）", "Sections and measures");
        page.raw("<ul class=\"outline\">\n");
        for (QuerySolution r : rows) {
            boolean measure = r.getLiteral("kind").getString().equals("measure");
            int depth = r.getLiteral("depth").getInt();
            String title = r.contains("title") ? r.getLiteral("title").getLexicalForm() : "";
            String numbering = r.contains("numbering") ? r.getLiteral("numbering").getLexicalForm() : "";
            page.raw("<li class=\"" + (measure ? "measure" : "section") + "\" style=\"margin-left:" + (depth - 1) * 1.5 + "em\">")
                    .raw(measure ? "▸ " : "")
                    .link(e.paths().href(r.getResource("x").getURI()), measure ? title : (numbering + " " + title).strip())
                    .raw("</li>\n");
        }
        page.raw("</ul>\n");
    }
}
