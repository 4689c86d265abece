package org.ecopolicy.kg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.ecopolicy.kg.link.Gazetteer;
import org.ecopolicy.kg.link.Place;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.ExtractedDocument;
import org.ecopolicy.kg.model.PlaceMention;
import org.ecopolicy.kg.read.DocumentReader;
import org.ecopolicy.kg.read.InputException;
import org.ecopolicy.kg.read.Manifest;
import org.ecopolicy.kg.read.ManifestEntry;
import org.ecopolicy.kg.store.GraphWriter;
import org.ecopolicy.kg.store.KgStore;

/**
 * Loads files and folders into a store: every good document is extracted (on a bounded pool of
 * threads) and mapped, every bad one is reported by name, and all graphs go into the store through
 * one writer that commits at the end with the reference graph, so the store never holds half a load.
 */
public final class CorpusLoader {

    public static final String MANIFEST = "manifest.csv";

    private final Pipeline pipeline;
    private final LoadOptions options;

    public CorpusLoader(Pipeline pipeline) {
        this(pipeline, LoadOptions.defaults());
    }

    public CorpusLoader(Pipeline pipeline, LoadOptions options) {
        this.pipeline = pipeline;
        this.options = options;
    }

    /** Loads into a live store in one write transaction. */
    public LoadReport load(KgStore store, List<Path> inputs) {
        try (GraphWriter writer = store.transactionalWriter()) {
            return load(writer, inputs);
        }
    }

    /** Extracts {@code inputs}, writes every good document's graph and the reference graph, and commits. */
    public LoadReport load(GraphWriter writer, List<Path> inputs) {
        return load(writer, inputs, (report, w) -> { });
    }

    /** Work to do when everything is written but not yet committed (it may still write, or fail the load). */
    @FunctionalInterface
    public interface BeforeCommit {
        void run(LoadReport report, GraphWriter writer);
    }

    /** As {@link #load(GraphWriter, List)}, running {@code beforeCommit} just before the commit. */
    public LoadReport load(GraphWriter writer, List<Path> inputs, BeforeCommit beforeCommit) {
        LoadReport report = new LoadReport();
        Map<Path, Optional<Manifest>> manifests = new HashMap<>();
        // Documents beside an unusable manifest are not loaded: their metadata would be silently wrong.
        List<Path> files = firstOfEachId(expand(inputs, report), report).stream()
                .filter(f -> manifestFor(f, manifests, report).isPresent())
                .toList();
        Map<String, Path> seenContent = new HashMap<>();
        int threads = options.threads();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ecokg-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                // keep a few documents in flight per thread, never the whole corpus
                while (next < files.size() && window.size() < 2 * threads) {
                    Path file = files.get(next++);
                    options.listener().reading(next, files.size(), file);
                    Manifest manifest = manifestFor(file, manifests, report).orElseThrow();
                    window.add(pool.submit(() -> process(file, manifest)));
                }
                Outcome outcome = take(window.poll());
                if (outcome.problem != null) {
                    report.problem(outcome.problem);
                    continue;
                }
                Path earlier = seenContent.putIfAbsent(outcome.digest, outcome.file);
                if (earlier != null) {
                    report.problem(outcome.file + ": duplicate document: same text as " + earlier + "; skipped");
                    continue;
                }
                outcome.warnings.forEach(report::warning);
                if (outcome.measures == 0) {
                    report.warning(outcome.file + ": no recognisable heading structure; loaded as a document with no measures");
                }
                writer.replaceGraph(outcome.graph, outcome.model.getGraph());
                report.loaded(new LoadReport.Loaded(outcome.file.getFileName().toString(), outcome.file,
                        outcome.measures, outcome.targets, outcome.model.size()));
            }
        } finally {
            pool.shutdownNow();
        }
        options.listener().storing(report.loaded().size() + 1);
        writer.replaceGraph(pipeline.iris().referenceGraph(), pipeline.referenceGraph().getGraph());
        beforeCommit.run(report, writer);
        writer.commit();
        options.listener().stored();
        return report;
    }

    /**
     * The document id is the file name, so two files named alike in one load would be one
     * document: the first is loaded, the later ones are reported and skipped (before any
     * extraction, since a bulk-loaded database cannot take a graph back).
     */
    private static List<Path> firstOfEachId(List<Path> files, LoadReport report) {
        Map<String, Path> first = new HashMap<>();
        List<Path> kept = new ArrayList<>();
        for (Path f : files) {
            String id = DocumentReader.idOf(f.getFileName().toString());
            Path taken = first.putIfAbsent(id, f);
            if (taken == null) {
                kept.add(f);
            } else {
                report.problem(f + ": duplicate document id '" + id + "' (already taken by " + taken
                        + " in this load); skipped, rename one of them");
            }
        }
        return kept;
    }

    /** What extracting one file gave: its graph, or the problem that stopped it. */
    private record Outcome(Path file, String problem, String digest, String graph, Model model,
                           int measures, int targets, List<String> warnings) {

        static Outcome failed(Path file, String problem) {
            return new Outcome(file, problem, null, null, null, 0, 0, List.of());
        }
    }

    private Outcome process(Path file, Manifest manifest) {
        try {
            long size = Files.size(file);
            if (size > options.maxFileBytes()) {
                return Outcome.failed(file, file + ": file too large (" + size + " bytes, limit " + options.maxFileBytes()
                        + "); not read. A policy document is far smaller: split the file into its documents");
            }
            Document doc = pipeline.read(file, manifest);
            ExtractedDocument extracted = pipeline.extract(doc);
            Model model = pipeline.map(extracted);
            return new Outcome(file, null, digest(doc.text().original()),
                    pipeline.iris().documentGraph(doc.id()), model,
                    extracted.structure().measures().size(), extracted.targets().size(), ambiguities(file, extracted));
        } catch (InputException e) {
            return Outcome.failed(file, e.getMessage());
        } catch (IOException e) {
            return Outcome.failed(file, file + ": cannot read file: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in extraction must cost one document, not the whole load.
            return Outcome.failed(file, file + ": extraction failed: " + e);
        }
    }

    /** A place name the gazetteer gives to several places and nothing resolved: left unlinked, said so once per name. */
    private List<String> ambiguities(Path file, ExtractedDocument extracted) {
        Map<String, List<PlaceMention>> byName = new LinkedHashMap<>();
        extracted.places().stream().filter(PlaceMention::ambiguous)
                .forEach(p -> byName.computeIfAbsent(p.surface(), k -> new ArrayList<>()).add(p));
        return byName.values().stream().map(ms -> file + ": place name " + ms.get(0).surface() + " (offset "
                        + ms.get(0).evidence().start() + (ms.size() > 1 ? ", " + ms.size() + " times" : "") + ") names "
                        + ms.get(0).candidates().stream().map(this::describe).toList()
                        + "; left unlinked (no jurisdiction or neighbouring place resolves it)")
                .toList();
    }

    private String describe(String placeId) {
        Gazetteer g = pipeline.reference().gazetteer();
        return g.byId(placeId).map(p -> g.ancestors(p.id()).stream().map(Place::nameZh)
                .reduce((a, b) -> b + a).orElse("") + p.nameZh()).orElse(placeId);
    }

    private static Outcome take(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("load interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed", e.getCause());
        }
    }

    /** Duplicate texts are found by digest: keeping every text for comparison would hold the corpus in memory. */
    private static String digest(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The manifest.csv beside a file, loaded once per folder; its bad rows and rows naming files
     * that are not there are reported once, by line. A manifest that cannot be used at all (bad
     * header, broken CSV, undecodable) is a problem that fails the load, and its folder's
     * documents are not loaded (empty result).
     */
    private static Optional<Manifest> manifestFor(Path file, Map<Path, Optional<Manifest>> manifests, LoadReport report) {
        Path dir = file.toAbsolutePath().getParent();
        return manifests.computeIfAbsent(dir, d -> {
            Path csv = d.resolve(MANIFEST);
            if (!Files.isRegularFile(csv)) {
                return Optional.of(Manifest.empty());
            }
            try {
                Manifest manifest = Manifest.load(csv);
                manifest.problems().forEach(p -> report.problem(p.getMessage()));
                for (ManifestEntry entry : manifest.entries()) {
                    if (!Files.isRegularFile(d.resolve(entry.file()))) {
                        report.problem(new InputException(csv, entry.line(), "manifest row names a missing file '"
                                + entry.file() + "' (not in " + d + ")").getMessage());
                    }
                }
                return Optional.of(manifest);
            } catch (InputException e) {
                report.fatal(e.getMessage() + "; the documents in " + d + " were not loaded: correct the manifest and load them again");
                return Optional.empty();
            }
        });
    }

    /** Files as given (whatever their name), folders as their *.txt files, in a stable order. */
    static List<Path> expand(List<Path> inputs, LoadReport report) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> list = Files.list(input)) {
                    TreeSet<Path> sorted = new TreeSet<>();
                    // A folder holds documents and their companions (manifest, gold tables, notes): only *.txt are documents.
                    list.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".txt"))
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
