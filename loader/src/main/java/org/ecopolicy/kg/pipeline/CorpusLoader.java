package org.ecopolicy.kg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.ExtractedDocument;
import org.ecopolicy.kg.read.InputException;
import org.ecopolicy.kg.read.Manifest;
import org.ecopolicy.kg.store.KgStore;

/**
 * Loads files and folders into a store: every good document is extracted and mapped, every bad
 * one is reported by name, and all graphs go into the store in one transaction (the reference
 * graph with them), so the store never holds half a load.
 */
public final class CorpusLoader {

    public static final String MANIFEST = "manifest.csv";

    private final Pipeline pipeline;
    private final LoadOptions options;
    private final Map<Path, Manifest> manifests = new HashMap<>();

    public CorpusLoader(Pipeline pipeline) {
        this(pipeline, LoadOptions.defaults());
    }

    public CorpusLoader(Pipeline pipeline, LoadOptions options) {
        this.pipeline = pipeline;
        this.options = options;
    }

    public LoadReport load(KgStore store, List<Path> inputs) {
        LoadReport report = new LoadReport();
        Map<String, Model> graphs = new LinkedHashMap<>();
        Map<String, Path> seenContent = new HashMap<>();
        Map<String, Path> seenIds = new HashMap<>();
        List<Path> files = expand(inputs, report);
        int index = 0;
        for (Path file : files) {
            options.listener().reading(++index, files.size(), file);
            Manifest manifest = manifestFor(file, report);
            try {
                long size = Files.size(file);
                if (size > options.maxFileBytes()) {
                    report.problem(file + ": file too large (" + size + " bytes, limit " + options.maxFileBytes()
                            + "); not read. A policy document is far smaller: split the file into its documents");
                    continue;
                }
                Document doc = pipeline.read(file, manifest);
                Path earlier = seenContent.putIfAbsent(digest(doc.text().original()), file);
                if (earlier != null) {
                    report.problem(file + ": duplicate document: same text as " + earlier + "; skipped");
                    continue;
                }
                Path sameId = seenIds.putIfAbsent(doc.id(), file);
                if (sameId != null) {
                    report.problem(file + ": duplicate document id '" + doc.id() + "' (already taken by " + sameId
                            + " in this load); skipped, rename one of them");
                    continue;
                }
                ExtractedDocument extracted = pipeline.extract(doc);
                if (extracted.structure().measures().isEmpty()) {
                    report.warning(file + ": no recognisable heading structure; loaded as a document with no measures");
                }
                Model model = pipeline.map(extracted);
                graphs.put(pipeline.iris().documentGraph(doc.id()), model);
                report.loaded(new LoadReport.Loaded(file.getFileName().toString(), file,
                        extracted.structure().measures().size(), extracted.targets().size(), model.size()));
            } catch (InputException e) {
                report.problem(e.getMessage());
            } catch (IOException e) {
                report.problem(file + ": cannot read file: " + e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                // A bug in extraction must cost one document, not the whole load.
                report.problem(file + ": extraction failed: " + e);
            }
        }
        graphs.put(pipeline.iris().referenceGraph(), pipeline.referenceGraph());
        options.listener().storing(graphs.size());
        store.replaceGraphs(graphs);
        options.listener().stored();
        return report;
    }

    /** SHA-256 of a text: duplicates are found without keeping every text in memory. */
    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The manifest.csv beside a file, loaded once per folder; its bad rows are reported once. A
     * manifest that cannot be used at all (bad header, undecodable) is reported and ignored.
     */
    private Manifest manifestFor(Path file, LoadReport report) {
        Path dir = file.toAbsolutePath().getParent();
        return manifests.computeIfAbsent(dir, d -> {
            Path csv = d.resolve(MANIFEST);
            if (!Files.isRegularFile(csv)) {
                return Manifest.empty();
            }
            try {
                Manifest manifest = Manifest.load(csv);
                manifest.problems().forEach(p -> report.problem(p.getMessage()));
                return manifest;
            } catch (InputException e) {
                report.problem(e.getMessage() + "; manifest ignored");
                return Manifest.empty();
            }
        });
    }

    /** Files as given, folders as their *.txt files, in a stable order. */
    static List<Path> expand(List<Path> inputs, LoadReport report) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> list = Files.list(input)) {
                    TreeSet<Path> sorted = new TreeSet<>();
                    list.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().equals(MANIFEST))
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .forEach(sorted::add);
                    files.addAll(sorted);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + input, e);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                report.problem(input + ": no such file or folder");
            }
        }
        return files;
    }
}
