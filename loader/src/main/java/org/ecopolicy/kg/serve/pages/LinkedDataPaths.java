package org.ecopolicy.kg.serve.pages;

import java.util.Optional;
import java.util.regex.Pattern;

import org.ecopolicy.kg.vocabulary.EKG;

/**
 * Maps entity IRIs to this server's paths and back, so links work on localhost whatever the
 * configured base: {@code <base>rest} is served at {@code /id/rest}, and the ontology's own
 * namespace ({@code https://w3id.org/ecokg/ontology…}: classes, properties, indicator and topic
 * schemes) at {@code /ontology…}.
 */
public final class LinkedDataPaths {

    public static final String ID = "/id/";
    public static final String ONTOLOGY = "/ontology";
    public static final String VOID = "/.well-known/void";
    public static final String DUMP = "/dump/";
    /** The ontology document; its terms are {@code ONTOLOGY_IRI#Term}. */
    public static final String ONTOLOGY_IRI = EKG.NS.substring(0, EKG.NS.length() - 1);

    // Characters an IRI path may hold here (RFC 3987 unreserved, sub-delims, ':' '@' '/' and %XX).
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9\\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2}");

    private final String base;

    public LinkedDataPaths(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** The IRI a request path (raw, still percent-encoded) names; empty when it names none. */
    public Optional<String> iriOf(String rawPath) {
        String rest;
        String space;
        if (rawPath.startsWith(ID)) {
            rest = rawPath.substring(ID.length());
            space = base;
        } else if (rawPath.equals(ONTOLOGY) || rawPath.startsWith(ONTOLOGY + "/")) {
            rest = rawPath.substring(ONTOLOGY.length());
            space = ONTOLOGY_IRI;
        } else {
            return Optional.empty();
        }
        return safe(rest) ? Optional.of(space + rest) : Optional.empty();
    }

    /** The local page of an IRI, or empty when the IRI is not ours (then link to it as it is). */
    public Optional<String> localPath(String iri) {
        if (iri.startsWith(base)) {
            return Optional.of(ID + iri.substring(base.length()));
        }
        if (iri.startsWith(ONTOLOGY_IRI) && (iri.length() == ONTOLOGY_IRI.length()
                || "/#".indexOf(iri.charAt(ONTOLOGY_IRI.length())) >= 0)) {
            return Optional.of(ONTOLOGY + iri.substring(ONTOLOGY_IRI.length()));
        }
        return Optional.empty();
    }

    /** Where a link to {@code iri} should go: the local page, or the IRI itself. */
    public String href(String iri) {
        return localPath(iri).orElse(iri);
    }

    static boolean safe(String rest) {
        return SAFE.matcher(rest).replaceAll("").isEmpty();
    }
}
