package org.ecopolicy.kg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
    private final Map<Path, Manifest> manifests = new HashMap<>();

    public CorpusLoader(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public LoadReport load(KgStore store, List<Path> inputs) {
        LoadReport report = new LoadReport();
        Map<String, Model> graphs = new LinkedHashMap<>();
        Map<String, String> seenContent = new HashMap<>();
        for (Path file : expand(inputs, report)) {
            Manifest manifest = manifestFor(file, report);
            try {
                Document doc = pipeline.read(file, manifest);
                String earlier = seenContent.putIfAbsent(doc.text().original(), file.toString());
                if (earlier != null) {
                    report.problem(file + ": duplicate document: same text as " + earlier + "; skipped");
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
            } catch (RuntimeException e) {
                report.problem(file + ": extraction failed: " + e);
            }
        }
        graphs.put(pipeline.iris().referenceGraph(), pipeline.referenceGraph());
        store.replaceGraphs(graphs);
        return report;
    }

    /** The manifest.csv beside a file, loaded once per folder; its bad rows are reported once. */
    private Manifest manifestFor(Path file, LoadReport report) {
        Path dir = file.toAbsolutePath().getParent();
        return manifests.computeIfAbsent(dir, d -> {
            Path csv = d.resolve(MANIFEST);
            if (!Files.isRegularFile(csv)) {
                return Manifest.empty();
            }
            Manifest manifest = Manifest.load(csv);
            manifest.problems().forEach(p -> report.problem(p.getMessage()));
            return manifest;
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
