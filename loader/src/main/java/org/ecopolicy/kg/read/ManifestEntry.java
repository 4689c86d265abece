package org.ecopolicy.kg.read;

import org.ecopolicy.kg.model.DocumentMetadata;

/** One manifest row: the corpus file it describes, its metadata and the line it stands on. */
public record ManifestEntry(String file, DocumentMetadata metadata, int line) {
}
