package org.ecopolicy.kg.read;

import java.nio.file.Path;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.DocumentMetadata;
import org.ecopolicy.kg.model.SourceText;

/**
 * Reads one policy document: detects its encoding, normalises the text (offsets preserved),
 * extracts metadata from the text and overlays the manifest entry (the manifest wins).
 * The document id is the file name without its extension.
 */
public final class DocumentReader {

    private final MetadataExtractor extractor = new MetadataExtractor();

    /** Reads {@code file}; throws {@link InputException} for unreadable, binary, empty or mis-encoded files. */
    public Document read(Path file, Manifest manifest) {
        return fromText(file, EncodingDetector.read(file), manifest);
    }

    public Document read(Path file) {
        return read(file, Manifest.empty());
    }

    /** Reads a document whose bytes are already loaded (e.g. a classpath resource) as if from {@code file}. */
    public Document read(Path file, byte[] content, Manifest manifest) {
        return fromText(file, EncodingDetector.decode(file, content), manifest);
    }

    private Document fromText(Path file, DecodedText decoded, Manifest manifest) {
        String fileName = file.getFileName().toString();
        String text = decoded.text();
        SourceText source = new SourceText(fileName, text, TextNormalizer.normalize(text), decoded.charset());
        DocumentMetadata metadata = extractor.extract(source);
        DocumentMetadata fromManifest = manifest.forFile(fileName).orElse(DocumentMetadata.empty());
        return new Document(idOf(fileName), source, metadata.overriddenBy(fromManifest));
    }

    /** The document id: the file name without its extension. */
    public static String idOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
