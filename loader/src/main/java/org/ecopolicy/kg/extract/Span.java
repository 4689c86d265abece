package org.ecopolicy.kg.extract;

/** A half-open character range [start, end) of a document's text. */
record Span(int start, int end) {

    Span {
        if (end < start) {
            end = start;
        }
    }

    int length() {
        return end - start;
    }

    boolean isEmpty() {
        return end <= start;
    }

    String of(String text) {
        return text.substring(start, end);
    }
}
