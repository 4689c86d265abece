package org.ecopolicy.kg.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.ecopolicy.kg.rules.RuleSource;

/** Opens the ontology data files ({@code /ontology/…}: bundled, or the --rules profile's copy). */
final class OntologyResources {

    private OntologyResources() {
    }

    static InputStream open(String resource) {
        return RuleSource.open(resource);
    }

    static Model turtle(String resource) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = open(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/ecokg/").parse(model);
        } catch (RiotException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
        return model;
    }
}
