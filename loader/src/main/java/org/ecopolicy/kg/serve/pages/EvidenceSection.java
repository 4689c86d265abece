package org.ecopolicy.kg.serve.pages;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.ecopolicy.kg.vocabulary.EKG;
import org.ecopolicy.kg.vocabulary.PROV;

/**
 * The source behind the entity: its own quote, and each place, project and department mention
 * it owns with the words the text used, each with document and character location.
 */
final class EvidenceSection implements PageSection {

    @Override
    public boolean appliesTo(EntityView e) {
        return !e.objects(e.node(), EKG.hasPlaceMention).isEmpty() || !e.objects(e.node(), EKG.hasAssignment).isEmpty()
                || !e.objects(e.node(), EKG.hasProjectMention).isEmpty();
    }

    /** The entity's own quote, shown first on the page: it is what a researcher checks a fact against. */
    static void ownQuotes(EntityView e, HtmlPage page) {
        List<Node> own = e.objects(e.node(), EKG.evidence);
        if (!own.isEmpty()) {
            page.heading(2, "原文", "Source quote");
            own.forEach(ev -> quote(e, ev, page));
        }
    }

    @Override
    public void render(EntityView e, HtmlPage page) {
        mentions(e, page, EKG.hasAssignment, "部门分工", "Departments named");
        mentions(e, page, EKG.hasPlaceMention, "提及的地方", "Places named");
        mentions(e, page, EKG.hasProjectMention, "提及的工程项目", "Projects named");
    }

    /** A quote with where it stands: document, characters begin–end (Java char offsets). */
    static void quote(EntityView e, Node evidence, HtmlPage page) {
        String quote = e.literal(evidence, EKG.quote);
        if (quote == null) {
            return;
        }
        page.raw("<blockquote class=\"quote\">").text(quote).raw("<div class=\"loc\">");
        location(e, evidence, page);
        page.raw("</div></blockquote>\n");
    }

    static void location(EntityView e, Node evidence, HtmlPage page) {
        for (Node doc : e.objects(evidence, PROV.wasDerivedFrom)) {
            page.raw("《").raw(e.link(doc)).raw("》 ");
        }
        page.text("第 " + e.literal(evidence, EKG.beginIndex) + "–" + e.literal(evidence, EKG.endIndex) + " 字 (chars)");
    }

    private static void mentions(EntityView e, HtmlPage page, Property property, String zh, String en) {
        List<Node> mentions = e.objects(e.node(), property);
        if (mentions.isEmpty()) {
            return;
        }
        page.heading(2, zh, en);
        page.raw("<table><tr><th>原文用词 Wording</th><th>指向 Refers to</th><th>引文 Quote</th></tr>\n");
        mentions.sort(java.util.Comparator.comparing(m -> {
            String b = firstEvidenceBegin(e, m);
            return b == null ? Integer.MAX_VALUE : Integer.parseInt(b);
        }));
        for (Node m : mentions) {
            page.raw("<tr><td>").text(e.literal(m, EKG.surfaceForm));
            String role = e.literal(m, EKG.role);
            if (role != null) {
                page.raw(" <span class=\"en\">(").text(role.equals("lead") ? "牵头 lead" : "参与 " + role).raw(")</span>");
            }
            page.raw("</td><td>");
            for (Node target : e.objects(m, EKG.refersTo)) {
                page.raw(e.link(target)).raw(" ");
            }
            for (Node target : e.objects(m, EKG.agent)) {
                page.raw(e.link(target)).raw(" ");
            }
            page.raw("</td><td>");
            for (Node ev : e.objects(m, EKG.evidence)) {
                page.text(e.literal(ev, EKG.quote)).raw("<div class=\"loc\">");
                location(e, ev, page);
                page.raw("</div>");
            }
            page.raw("</td></tr>\n");
        }
        page.raw("</table>\n");
    }

    private static String firstEvidenceBegin(EntityView e, Node mention) {
        for (Node ev : e.objects(mention, EKG.evidence)) {
            return e.literal(ev, EKG.beginIndex);
        }
        return null;
    }
}
