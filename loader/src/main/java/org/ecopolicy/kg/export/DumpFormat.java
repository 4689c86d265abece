package org.ecopolicy.kg.export;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The linked-data dump formats of {@code ecokg export}. */
public enum DumpFormat {
    TTL("ttl", RDFFormat.TURTLE_BLOCKS, Lang.TURTLE),
    NT("nt", RDFFormat.NTRIPLES, Lang.NTRIPLES),
    JSONLD("jsonld", RDFFormat.JSONLD11, Lang.JSONLD11),
    RDFXML("rdf", RDFFormat.RDFXML_PLAIN, Lang.RDFXML),
    TRIG("trig", RDFFormat.TRIG_BLOCKS, Lang.TRIG);

    private final String extension;
    private final RDFFormat format;
    private final Lang lang;

    DumpFormat(String extension, RDFFormat format, Lang lang) {
        this.extension = extension;
        this.format = format;
        this.lang = lang;
    }

    public String extension() {
        return extension;
    }

    public RDFFormat rdfFormat() {
        return format;
    }

    public Lang lang() {
        return lang;
    }

    /** Whether the format keeps named graphs (one graph per document). */
    public boolean quads() {
        return this == TRIG;
    }

    public static DumpFormat fromName(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "ttl", "turtle" -> TTL;
            case "nt", "ntriples", "n-triples" -> NT;
            case "jsonld", "json-ld" -> JSONLD;
            case "rdfxml", "rdf", "xml" -> RDFXML;
            case "trig" -> TRIG;
            default -> throw new IllegalArgumentException("unknown export format '" + name + "' (ttl, nt, jsonld, rdfxml, trig)");
        };
    }
}
