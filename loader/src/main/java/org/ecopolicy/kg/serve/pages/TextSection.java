package org.ecopolicy.kg.serve.pages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.ecopolicy.kg.vocabulary.EKG;

/**
 * The words of a section or measure as the document writes them, with the spans of its targets,
 * places, departments and projects highlighted and linked (plain HTML: every piece escaped, links
 * never nested; the innermost span of a piece is the one it links to).
 */
final class TextSection implements PageSection {

    /** The spans a measure owns, with the offsets of their evidence in the document's text. */
    static final String SPANS = PageQueries.PREFIXES + """
            SELECT ?kind ?entity ?begin ?end WHERE {
              { ?this eco:hasTarget ?entity . ?entity eco:evidence ?ev . BIND("target" AS ?kind) }
              UNION { ?this eco:hasPlaceMention ?m . ?m eco:refersTo ?entity ; eco:evidence ?ev . BIND("place" AS ?kind) }
              UNION { ?this eco:hasProjectMention ?m . ?m eco:refersTo ?entity ; eco:evidence ?ev . BIND("project" AS ?kind) }
              UNION { ?this eco:hasAssignment ?m . ?m eco:agent ?entity ; eco:evidence ?ev . BIND("department" AS ?kind) }
              ?ev eco:beginIndex ?begin ; eco:endIndex ?end .
            }""";

    private static final List<String[]> KINDS = List.of(new String[] {"target", "目标", "Target"},
            new String[] {"place", "地方", "Place"}, new String[] {"department", "部门", "Department"},
            new String[] {"project", "工程项目", "Project"});

    @Override
    public boolean appliesTo(EntityView e) {
        return e.literal(e.node(), EKG.text) != null;
    }

    @Override
    public void render(EntityView e, HtmlPage page) {
        String text = e.literal(e.node(), EKG.text);
        int offset = Integer.parseInt(e.literal(e.node(), EKG.beginIndex));
        List<TextSpans.Span> spans = new ArrayList<>();
        Set<String> kindsSeen = new LinkedHashSet<>();
        if (e.is(EKG.Measure)) {
            for (QuerySolution r : e.queries().about(SPANS, e.node())) {
                String kind = r.getLiteral("kind").getString();
                var entity = r.getResource("entity").asNode();
                spans.add(new TextSpans.Span(r.getLiteral("begin").getInt() - offset, r.getLiteral("end").getInt() - offset,
                        kind, e.paths().href(entity.getURI()), e.labels().text(entity)));
                kindsSeen.add(kind);
            }
        }
        page.heading(2, "正文", "Text");
        if (!kindsSeen.isEmpty()) {
            page.raw("<p class=\"legend\">");
            for (String[] k : KINDS) {
                if (kindsSeen.contains(k[0])) {
                    page.raw("<span class=\"hl hl-").raw(k[0]).raw("\">").text(k[1] + " " + k[2]).raw("</span> ");
                }
            }
            page.raw("</p>\n");
        }
        page.raw("<div class=\"fulltext\" lang=\"zh\">");
        for (TextSpans.Piece piece : TextSpans.pieces(text, spans)) {
            TextSpans.Span inner = piece.innermost();
            if (inner == null) {
                page.text(piece.text());
                continue;
            }
            StringBuilder classes = new StringBuilder("hl");
            piece.covering().stream().map(TextSpans.Span::kind).distinct().forEach(k -> classes.append(" hl-").append(k));
            page.raw("<a class=\"").raw(classes.toString()).raw("\" href=\"").text(inner.href()).raw("\" title=\"")
                    .text(title(inner)).raw("\">").text(piece.text()).raw("</a>");
        }
        page.raw("</div>\n<div class=\"loc\">");
        page.text("第 " + offset + "–" + e.literal(e.node(), EKG.endIndex) + " 字 (chars)").raw("</div>\n");
    }

    private static String title(TextSpans.Span span) {
        for (String[] k : KINDS) {
            if (k[0].equals(span.kind())) {
                return k[1] + " " + k[2] + ": " + span.label();
            }
        }
        return span.label();
    }
}
