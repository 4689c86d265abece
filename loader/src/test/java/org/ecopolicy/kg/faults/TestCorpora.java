package org.ecopolicy.kg.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ecopolicy.kg.pipeline.BundledCorpus;

/** Corpora made from the bundled documents for the fault tests. */
final class TestCorpora {

    private TestCorpora() {
    }

    static String bundledText(String fileName) {
        try (InputStream in = TestCorpora.class.getResourceAsStream("/corpus/" + fileName)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code copies} variants of every bundled document under new names; each ends with its own
     * note line, so no two are duplicates and each becomes its own document.
     */
    static Path copies(Path dir, int copies) {
        try {
            Files.createDirectories(dir);
            for (String name : BundledCorpus.fileNames()) {
                String text = bundledText(name);
                String stem = name.substring(0, name.length() - 4);
                for (int i = 1; i <= copies; i++) {
                    Files.writeString(dir.resolve(stem + "-copy" + i + ".txt"), text + "\n（抄送件第" + i + "份）\n");
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
