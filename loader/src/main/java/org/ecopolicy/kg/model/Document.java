package org.ecopolicy.kg.model;

/**
 * A read policy document. {@code id} is the corpus file name without its extension; it is the
 * stable key of everything extracted from the document.
 */
public record Document(String id, SourceText text, DocumentMetadata metadata) {

    public String fileName() {
        return text.fileName();
    }

    /** Docstem used by the gold tables: the first three characters of the file name. */
    public String stem() {
        return id.length() <= 3 ? id : id.substring(0, 3);
    }
}
