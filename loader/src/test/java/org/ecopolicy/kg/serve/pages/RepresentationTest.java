package org.ecopolicy.kg.serve.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepresentationTest {

    @Test
    void browsersGetHtmlAndRdfClientsGetTheirSyntax() {
        assertThat(Representation.negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"))
                .contains(Representation.HTML);
        assertThat(Representation.negotiate("text/turtle")).contains(Representation.TURTLE);
        assertThat(Representation.negotiate("application/ld+json")).contains(Representation.JSONLD);
        assertThat(Representation.negotiate("application/rdf+xml")).contains(Representation.RDFXML);
        assertThat(Representation.negotiate("application/n-triples")).contains(Representation.NTRIPLES);
        // Quality values decide, then the most specific range.
        assertThat(Representation.negotiate("text/html;q=0.5, text/turtle")).contains(Representation.TURTLE);
        assertThat(Representation.negotiate("text/*;q=0.3, text/turtle;q=0.9, */*;q=0.1")).contains(Representation.TURTLE);
        assertThat(Representation.negotiate("*/*")).contains(Representation.HTML);
        assertThat(Representation.negotiate(null)).contains(Representation.HTML);
        assertThat(Representation.negotiate("image/png")).isEmpty();
        assertThat(Representation.negotiate("text/turtle;q=0")).isEmpty();
    }

    @Test
    void pathsMapTheBaseToLocalPagesAndRejectUnsafeCharacters() {
        LinkedDataPaths paths = new LinkedDataPaths("http://example.org/kg/");
        assertThat(paths.iriOf("/id/place/huanghe-liuyu")).contains("http://example.org/kg/place/huanghe-liuyu");
        assertThat(paths.iriOf("/ontology/indicator/forest-coverage"))
                .contains("https://w3id.org/ecokg/ontology/indicator/forest-coverage");
        assertThat(paths.iriOf("/id/x%3E%20y")).contains("http://example.org/kg/x%3E%20y");
        assertThat(paths.iriOf("/id/x>y")).isEmpty();
        assertThat(paths.iriOf("/id/x\"y")).isEmpty();
        assertThat(paths.iriOf("/elsewhere")).isEmpty();
        assertThat(paths.href("http://example.org/kg/org/a")).isEqualTo("/id/org/a");
        assertThat(paths.href("https://w3id.org/ecokg/ontology#Measure")).isEqualTo("/ontology#Measure");
        assertThat(paths.href("http://qudt.org/vocab/unit/PERCENT")).isEqualTo("http://qudt.org/vocab/unit/PERCENT");
    }
}
