package org.ecopolicy.kg.model;

/**
 * Where a fact comes from: a document, a half-open character range [start, end) in its original
 * text, and the exact quote that range slices out.
 */
public record Evidence(String documentId, int start, int end, String quote) {

    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence range " + start + ".." + end);
        }
        if (quote.length() != end - start) {
            throw new IllegalArgumentException("quote length does not match range " + start + ".." + end);
        }
    }

    /** Evidence for {@code [start, end)} of the document's original text. */
    public static Evidence of(Document doc, int start, int end) {
        return new Evidence(doc.id(), start, end, doc.text().original().substring(start, end));
    }
}
