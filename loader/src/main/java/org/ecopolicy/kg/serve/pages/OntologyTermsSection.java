package org.ecopolicy.kg.serve.pages;

import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.ecopolicy.kg.vocabulary.EKG;

/** The ontology document's page lists its classes and properties, each with an anchor for {@code #Term} links. */
final class OntologyTermsSection implements PageSection {

    @Override
    public boolean appliesTo(EntityView e) {
        return e.node().getURI().equals(LinkedDataPaths.ONTOLOGY_IRI);
    }

    @Override
    public void render(EntityView e, HtmlPage page) {
        Map<String, Node> terms = new TreeMap<>();
        e.description().find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(EKG.NS)) {
                terms.put(t.getSubject().getURI().substring(EKG.NS.length()), t.getSubject());
            }
        });
        page.heading(2, "类与属性（" + terms.size() + "）", "Classes and properties");
        page.raw("<table><tr><th>术语 Term</th><th>类型 Kind</th><th>标签 Label</th><th>定义 Definition</th></tr>\n");
        terms.forEach((local, term) -> {
            Labels.Label label = e.labels().of(term);
            page.raw("<tr id=\"").text(local).raw("\"><td><code>eco:").text(local).raw("</code></td><td>");
            e.objects(term, RDF.type).forEach(t -> page.text(Labels.shortName(t)).raw(" "));
            page.raw("</td><td>").text(label.zh()).raw("<br><span class=\"en\">").text(label.en()).raw("</span></td><td>");
            e.description().find(term, SKOS.definition.asNode(), Node.ANY).forEachRemaining(d ->
                    page.raw("<div").raw(d.getObject().getLiteralLanguage().startsWith("en") ? " class=\"en\"" : "").raw(">")
                            .text(d.getObject().getLiteralLexicalForm()).raw("</div>"));
            page.raw("</td></tr>\n");
        });
        page.raw("</table>\n");
    }
}
