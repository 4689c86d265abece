package org.ecopolicy.kg.serve.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.ecopolicy.kg.vocabulary.EKG;

/**
 * The HTML page of one entity: labels (Chinese, with English where there is one), types, its
 * properties with links, then the sections that apply to its kind, a ready query for the console
 * and the same description in the RDF syntaxes.
 */
final class EntityPage {

    private static final Set<Node> SHOWN_IN_SECTIONS = Set.of(EKG.evidence.asNode(), EKG.hasPlaceMention.asNode(),
            EKG.hasProjectMention.asNode(), EKG.hasAssignment.asNode(), EKG.withinTransitive.asNode(), EKG.text.asNode());

    private static final List<PageSection> SECTIONS = List.of(new EvidenceSection(), new OutlineSection(),
            new CascadeSection(), new TargetsSection(), new PlaceSection(), new OrganisationSection(), new OntologyTermsSection(),
            new IncomingSection());

    private EntityPage() {
    }

    /** Renders the page; the caller holds a read transaction and has checked the entity exists. */
    static String render(Node entity, Graph description, Graph union, PageQueries queries, LinkedDataPaths paths) {
        Set<Node> mentioned = new LinkedHashSet<>();
        description.find().forEachRemaining(t -> {
            mentioned.add(t.getSubject());
            mentioned.add(t.getPredicate());
            if (t.getObject().isURI()) {
                mentioned.add(t.getObject());
            }
        });
        Labels labels = new Labels(queries.labels(mentioned), union);
        EntityView e = new EntityView(entity, description, EntityView.typesOf(description, entity), labels, queries,
                paths, union);

        Labels.Label label = labels.of(entity);
        String title = label.best() != null ? label.best() : Labels.shortName(entity);
        HtmlPage page = new HtmlPage(title);
        page.raw("<h1>").text(title).raw("</h1>\n");
        if (label.zh() != null && label.en() != null) {
            page.raw("<div class=\"en\">").text(label.en()).raw("</div>\n");
        }
        page.raw("<div class=\"iri\">").text(entity.getURI()).raw("</div>\n<p class=\"types\">");
        for (Node type : e.types()) {
            Labels.Label tl = labels.of(type);
            String text = tl.zh() != null && tl.en() != null ? tl.zh() + " · " + tl.en() : labels.text(type);
            page.link(paths.href(type.getURI()), text);
        }
        page.raw("</p>\n");
        EvidenceSection.ownQuotes(e, page);
        TextSection words = new TextSection();
        if (words.appliesTo(e)) {
            words.render(e, page);
        }
        properties(e, page);
        for (PageSection section : SECTIONS) {
            if (section.appliesTo(e)) {
                section.render(e, page);
            }
        }
        page.heading(2, "查询与下载", "Query and download");
        page.raw("<p>").link(ConsoleLink.about(consoleQuery(e), entity), "在 Fuseki 控制台中查询 Open a ready query in the Fuseki console")
                .raw("</p>\n<p class=\"formats\">RDF: ");
        String local = paths.localPath(entity.getURI()).orElse(null);
        if (local != null) {
            for (Representation r : Representation.values()) {
                if (r != Representation.HTML) {
                    page.link(local + "." + r.suffix(), r.suffix() + " (" + r.mediaType() + ")");
                }
            }
        }
        page.raw("</p>\n");
        return page.finish();
    }

    private static String consoleQuery(EntityView e) {
        if (e.is(EKG.Place)) {
            return ConsoleLink.PLACE;
        }
        if (e.is(EKG.Department) || e.is(EKG.Government)) {
            return ConsoleLink.ORGANISATION;
        }
        if (e.is(EKG.PolicyDocument)) {
            return ConsoleLink.DOCUMENT;
        }
        return ConsoleLink.DESCRIBE;
    }

    private static void properties(EntityView e, HtmlPage page) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        List<Triple> triples = e.description().find(e.node(), Node.ANY, Node.ANY).toList();
        triples.sort(java.util.Comparator.comparing(t -> t.getPredicate().getURI()));
        for (Triple t : triples) {
            if (!t.getPredicate().equals(RDF.type.asNode()) && !SHOWN_IN_SECTIONS.contains(t.getPredicate())) {
                byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
            }
        }
        if (byProperty.isEmpty()) {
            return;
        }
        page.heading(2, "属性", "Properties");
        page.raw("<table class=\"properties\">\n");
        byProperty.forEach((p, values) -> {
            Labels.Label pl = e.labels().of(p);
            page.raw("<tr><th>").link(e.paths().href(p.getURI()), pl.best() != null ? pl.best() : Labels.shortName(p));
            if (pl.zh() != null && pl.en() != null) {
                page.raw("<br><span class=\"en\">").text(pl.en()).raw("</span>");
            }
            page.raw("</th><td>");
            for (Node v : values) {
                if (v.isLiteral()) {
                    page.text(v.getLiteralLexicalForm());
                    if (!v.getLiteralLanguage().isEmpty()) {
                        page.raw(" <span class=\"en\">@").text(v.getLiteralLanguage()).raw("</span>");
                    }
                } else {
                    page.raw(e.link(v));
                }
                page.raw("<br>");
            }
            page.raw("</td></tr>\n");
        });
        page.raw("</table>\n");
    }
}
