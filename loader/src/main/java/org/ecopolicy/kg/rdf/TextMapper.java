package org.ecopolicy.kg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.Evidence;
import org.ecopolicy.kg.vocabulary.EKG;
import org.ecopolicy.kg.vocabulary.NIF;

/**
 * The text itself in the graph: the document's whole text as one {@code nif:Context}
 * ({@code nif:isString}), the words of each section and measure ({@code eco:text}), and a
 * {@code nif:referenceContext} from every evidence span to that context. The text is the decoded
 * original, the one evidence offsets count in, so {@code SUBSTR(?string, ?begin + 1, ?end - ?begin)}
 * gives back each quote inside the graph and in every dump.
 */
final class TextMapper {

    private static final String ZH = "zh";

    private final Iris iris;

    TextMapper(Iris iris) {
        this.iris = iris;
    }

    /** The document's text context, linked from the document by {@code eco:fullText}. */
    void context(Model model, Document doc, Resource docRes) {
        String text = doc.text().original();
        Resource ctx = model.createResource(iris.documentText(doc.id()), NIF.Context);
        ctx.addProperty(NIF.isString, model.createLiteral(text, ZH));
        ctx.addLiteral(NIF.beginIndex, model.createTypedLiteral("0", XSDDatatype.XSDnonNegativeInteger));
        ctx.addLiteral(NIF.endIndex, model.createTypedLiteral(String.valueOf(text.length()), XSDDatatype.XSDnonNegativeInteger));
        ctx.addProperty(NIF.sourceUrl, docRes);
        docRes.addProperty(EKG.fullText, ctx);
    }

    /** The words of a section or measure: the span [start, end) of the document's text. */
    void span(Model model, Resource res, Document doc, int start, int end) {
        res.addProperty(EKG.text, model.createLiteral(doc.text().original().substring(start, end), ZH));
    }

    /** Points an evidence resource at the text its offsets count in. */
    void anchor(Model model, Resource evidenceRes, Evidence ev) {
        evidenceRes.addProperty(NIF.referenceContext, model.createResource(iris.documentText(ev.documentId())));
    }
}
