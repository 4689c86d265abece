package org.ecopolicy.kg.serve.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;

/**
 * What a client can get for an entity: an HTML page or RDF in one of four syntaxes. Chosen by an
 * explicit suffix ({@code .ttl}) or by the Accept header (quality values honoured; HTML wins ties,
 * so browsers and clients that send {@code *}{@code /*} get the page).
 */
public enum Representation {
    HTML("html", null),
    TURTLE("ttl", Lang.TURTLE),
    JSONLD("jsonld", Lang.JSONLD),
    RDFXML("rdf", Lang.RDFXML),
    NTRIPLES("nt", Lang.NTRIPLES);

    private final String suffix;
    private final Lang lang;

    Representation(String suffix, Lang lang) {
        this.suffix = suffix;
        this.lang = lang;
    }

    /** The media type: Jena's registered one for an RDF syntax (as the dumps use), text/html for the page. */
    public String mediaType() {
        return lang == null ? "text/html" : lang.getContentType().getContentTypeStr();
    }

    public String suffix() {
        return suffix;
    }

    /** The RDF syntax, or null for HTML. */
    public Lang lang() {
        return lang;
    }

    public static Optional<Representation> bySuffix(String suffix) {
        for (Representation r : values()) {
            if (r.suffix.equals(suffix)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The best representation for an Accept header; empty when nothing offered is acceptable. */
    public static Optional<Representation> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(HTML);
        }
        List<Range> ranges = parse(accept);
        Representation best = null;
        double bestQ = 0;
        for (Representation r : values()) {
            double q = quality(ranges, r.mediaType());
            if (q > bestQ) {
                best = r;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private record Range(String type, String subtype, double q) {
        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }

        boolean matches(String mediaType) {
            int slash = mediaType.indexOf('/');
            return (type.equals("*") || type.equals(mediaType.substring(0, slash)))
                    && (subtype.equals("*") || subtype.equals(mediaType.substring(slash + 1)));
        }
    }

    /** The quality the most specific matching range gives a media type (RFC 9110, 12.5.1). */
    private static double quality(List<Range> ranges, String mediaType) {
        Range chosen = null;
        for (Range range : ranges) {
            if (range.matches(mediaType) && (chosen == null || range.specificity() > chosen.specificity())) {
                chosen = range;
            }
        }
        return chosen == null ? 0 : chosen.q();
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] params = part.strip().split(";");
            String media = params[0].strip().toLowerCase(Locale.ROOT);
            int slash = media.indexOf('/');
            if (slash <= 0) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(media.substring(0, slash), media.substring(slash + 1), q));
        }
        return ranges;
    }
}
