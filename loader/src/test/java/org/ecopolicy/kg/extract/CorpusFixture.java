package org.ecopolicy.kg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.DocumentMetadata;
import org.ecopolicy.kg.model.SourceText;

/** Builds test Documents from classpath text files, without the reader stage and without metadata. */
final class CorpusFixture {

    private CorpusFixture() {
    }

    /** A bundled corpus document by its stem ("004"). */
    static Document corpus(String stem) {
        String[] names = {"000_696ee5f43742316c", "001_c919576ecd943950", "002_5bef974e23b454d0",
            "003_7ef778b540c36882", "004_b6acf62b5d9e0109"};
        for (String n : names) {
            if (n.startsWith(stem)) {
                return document("/corpus/" + n + ".txt");
            }
        }
        throw new IllegalArgumentException(stem);
    }

    static Document document(String resource) {
        try (InputStream in = CorpusFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String file = resource.substring(resource.lastIndexOf('/') + 1);
            String id = file.substring(0, file.lastIndexOf('.'));
            return new Document(id, new SourceText(file, text, normalize(text), "UTF-8"), DocumentMetadata.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The loader's own normalisation (offset-keeping; traditional script read as simplified). */
    static String normalize(String text) {
        return org.ecopolicy.kg.read.TextNormalizer.normalize(text);
    }
}
