package org.ecopolicy.kg.model;

/**
 * A document's text as read from disk. {@code normalized} is a character-for-character
 * normalisation of {@code original} (full-width forms folded, NFKC per character where that keeps
 * one character), so every offset found in {@code normalized} points into {@code original} too.
 */
public record SourceText(String fileName, String original, String normalized, String charset) {

    public SourceText {
        if (original.length() != normalized.length()) {
            throw new IllegalArgumentException("normalised text must keep offsets of " + fileName);
        }
    }

    public int length() {
        return original.length();
    }
}
