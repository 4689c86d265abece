package org.ecopolicy.kg.link;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/** Reads language-tagged labels of SKOS concepts. */
final class SkosLabels {

    private SkosLabels() {
    }

    /** The first value of {@code property} whose language tag is {@code lang} or a subtag of it. */
    static String inLanguage(Resource subject, Property property, String lang) {
        for (String value : allInLanguage(subject, property, lang)) {
            return value;
        }
        return null;
    }

    static List<String> allInLanguage(Resource subject, Property property, String lang) {
        List<String> values = new ArrayList<>();
        for (Statement st : subject.listProperties(property).toList()) {
            RDFNode node = st.getObject();
            if (node.isLiteral() && matches(node.asLiteral(), lang)) {
                values.add(node.asLiteral().getLexicalForm());
            }
        }
        values.sort(null); // a stable order independent of parser and hash order
        return values;
    }

    private static boolean matches(Literal literal, String lang) {
        String tag = literal.getLanguage().toLowerCase();
        return tag.equals(lang) || tag.startsWith(lang + "-");
    }
}
