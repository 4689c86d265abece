package org.ecopolicy.kg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.ecopolicy.kg.read.Manifest;
import org.ecopolicy.kg.read.ManifestEntry;

/**
 * The default corpus shipped inside the jar ({@code corpus/} with its {@code manifest.csv}, which
 * lists the files). It is copied out to a folder so that it loads like any user corpus.
 */
public final class BundledCorpus {

    private static final String FOLDER = "/corpus/";

    private BundledCorpus() {
    }

    /** File names listed in the bundled manifest, in manifest order. */
    public static List<String> fileNames() {
        try (InputStream in = open(CorpusLoader.MANIFEST)) {
            Manifest manifest = Manifest.parse(Path.of("corpus", CorpusLoader.MANIFEST),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return manifest.entries().stream().map(ManifestEntry::file).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the bundled corpus and its manifest into {@code dir}; returns {@code dir}. */
    public static Path materialize(Path dir) {
        try {
            Files.createDirectories(dir);
            List<String> files = new ArrayList<>(fileNames());
            files.add(CorpusLoader.MANIFEST);
            for (String name : files) {
                try (InputStream in = open(name)) {
                    Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the bundled corpus to " + dir, e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = BundledCorpus.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("bundled corpus file missing from the jar: " + name);
        }
        return in;
    }
}
