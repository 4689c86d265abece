package org.ecopolicy.kg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Mints the instance IRIs. Every IRI is a function of the input alone (document id, offsets,
 * gazetteer ids, names), so the same corpus always yields the same IRIs; only the base is
 * configurable.
 */
public final class Iris {

    public static final String DEFAULT_BASE = "https://w3id.org/ecokg/id/";

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
    }

    public static Iris defaults() {
        return new Iris(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public String document(String docId) {
        return base + "doc/" + segment(docId);
    }

    public String documentGraph(String docId) {
        return base + "graph/doc/" + segment(docId);
    }

    /** Named graph the update endpoint writes into when an update names the default graph. */
    public String editsGraph() {
        return base + "graph/edits";
    }

    /** Named graph holding the ontology, the SKOS schemes and the gazetteer. */
    public String referenceGraph() {
        return base + "graph/reference";
    }

    /** The document's whole text as one NIF context, which every evidence offset points into. */
    public String documentText(String docId) {
        return document(docId) + "/text";
    }

    /** Named graph holding the catalogue's statistics, computed at load ({@code queries/statistics/}). */
    public String statisticsGraph() {
        return base + "graph/statistics";
    }

    public String section(String docId, String sectionId) {
        return document(docId) + "/section/" + segment(sectionId);
    }

    public String measure(String docId, String measureId) {
        return document(docId) + "/measure/" + segment(measureId);
    }

    /**
     * A target: its quote's offsets, plus a digest of what it commits to, because one sentence can
     * state several targets ("…保护率分别达到80%和90%") with the same quote.
     */
    public String target(String docId, int begin, int end, String commitment) {
        return document(docId) + "/target/" + begin + "-" + end + "-" + hash(commitment).substring(0, 6);
    }

    public String place(String placeId) {
        return base + "place/" + segment(placeId);
    }

    /** A place the gazetteer lacks, keyed by its written name. */
    public String unlinkedPlace(String name) {
        return base + "place/unlinked-" + hash(name);
    }

    public String project(String name) {
        return base + "project/" + hash(name);
    }

    public String organisation(String orgId) {
        return base + "org/" + segment(orgId);
    }

    public static String evidenceOf(String subjectIri) {
        return subjectIri + "/evidence";
    }

    /** Keeps IRI-safe ASCII, percent-encodes everything else as UTF-8. */
    static String segment(String raw) {
        StringBuilder sb = new StringBuilder();
        for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.') {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
