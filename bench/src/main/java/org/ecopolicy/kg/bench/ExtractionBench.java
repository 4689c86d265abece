package org.ecopolicy.kg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.pipeline.CorpusLoader;
import org.ecopolicy.kg.pipeline.Pipeline;
import org.ecopolicy.kg.read.Manifest;

/**
 * Extraction throughput: read → structure → extract → link → map to RDF for every document of a
 * folder on {@code threads} threads, no store involved. Characters are those of the decoded texts.
 */
final class ExtractionBench {

    record Result(int threads, long characters, long triples, double seconds) {
        double charsPerSecond() {
            return characters / seconds;
        }
    }

    private ExtractionBench() {
    }

    static Result run(Pipeline pipeline, Path folder, int threads) {
        List<Path> files = files(folder);
        Manifest manifest = Manifest.load(folder.resolve(CorpusLoader.MANIFEST));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<long[]>> done = new ArrayList<>();
            for (Path file : files) {
                done.add(pool.submit(() -> {
                    Document doc = pipeline.read(file, manifest);
                    long triples = pipeline.map(pipeline.extract(doc)).size();
                    return new long[] {doc.text().original().length(), triples};
                }));
            }
            long chars = 0;
            long triples = 0;
            for (Future<long[]> f : done) {
                long[] r = f.get();
                chars += r[0];
                triples += r[1];
            }
            return new Result(threads, chars, triples, (System.nanoTime() - start) / 1e9);
        } catch (Exception e) {
            throw new IllegalStateException("extraction benchmark failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
