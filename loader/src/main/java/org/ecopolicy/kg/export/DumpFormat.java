package org.ecopolicy.kg.export;

import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The linked-data dump formats of {@code ecokg export}. JSON-LD is written by {@link JsonLdDump}
 * (compacted with the published context), the others by Jena's writers.
 */
public enum DumpFormat {
    TTL("ttl", RDFFormat.TURTLE_BLOCKS, Lang.TURTLE),
    NT("nt", RDFFormat.NTRIPLES, Lang.NTRIPLES),
    JSONLD("jsonld", RDFFormat.JSONLD11, Lang.JSONLD),
    RDFXML("rdf", RDFFormat.RDFXML_PLAIN, Lang.RDFXML),
    TRIG("trig", RDFFormat.TRIG_BLOCKS, Lang.TRIG),
    /** One quad a line, streamed: the replica format (sorted, its lines are a checksum of the graph). */
    NQ("nq", RDFFormat.NQUADS, Lang.NQUADS);

    private static final String IANA = "https://www.iana.org/assignments/media-types/";

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

    /** The media type, e.g. {@code text/turtle}. */
    public String mediaType() {
        return lang.getContentType().getContentTypeStr();
    }

    /** The IANA registry IRI of the media type, as DCAT wants for {@code dcat:mediaType}. */
    public String mediaTypeIri() {
        return IANA + mediaType();
    }

    /** Whether the format keeps named graphs (one graph per document). */
    public boolean quads() {
        return this == TRIG || this == NQ;
    }

    /** File name of the dump: {@code ecokg.ttl}, {@code ecokg.nt.gz} … */
    public String fileName(boolean gzip) {
        return "ecokg." + extension + (gzip ? ".gz" : "");
    }

    public static DumpFormat fromName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "ttl", "turtle" -> TTL;
            case "nt", "ntriples", "n-triples" -> NT;
            case "jsonld", "json-ld" -> JSONLD;
            case "rdfxml", "rdf", "xml" -> RDFXML;
            case "trig" -> TRIG;
            case "nq", "nquads", "n-quads" -> NQ;
            default -> throw new IllegalArgumentException("unknown export format '" + name + "' (ttl, nt, jsonld, rdfxml, trig, nq)");
        };
    }
}
