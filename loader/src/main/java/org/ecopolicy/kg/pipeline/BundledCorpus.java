package org.ecopolicy.kg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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

    /**
     * A digest of everything a build depends on: pipeline version, base IRI, the bundled corpus and
     * the ontology data. Equal fingerprints mean a cached database can be served as it is.
     */
    public static String fingerprint(String baseIri, List<String> ontologyResources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((Pipeline.VERSION + "\n" + baseIri + "\n").getBytes(StandardCharsets.UTF_8));
            List<String> resources = new ArrayList<>();
            resources.add(FOLDER + CorpusLoader.MANIFEST);
            fileNames().forEach(n -> resources.add(FOLDER + n));
            resources.addAll(ontologyResources);
            for (String resource : resources) {
                try (InputStream in = BundledCorpus.class.getResourceAsStream(resource)) {
                    if (in != null) {
                        digest.update(resource.getBytes(StandardCharsets.UTF_8));
                        digest.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
