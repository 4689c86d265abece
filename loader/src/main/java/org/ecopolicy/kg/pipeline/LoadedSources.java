package org.ecopolicy.kg.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.ecopolicy.kg.read.EncodingDetector;
import org.ecopolicy.kg.store.StorageFailure;

/**
 * Copies of the documents users loaded, one numbered folder per load (with the rows of the
 * manifest.csv that came with them), so a rebuild can extract every document again in the order
 * they were loaded. A load writes its copies before its commit; copies of a load that died before
 * committing are recognised (none of their documents is in the database) and dropped.
 */
final class LoadedSources {

    private final Path root;

    LoadedSources(Path root) {
        this.root = root;
    }

    /** Copies the loaded documents into a new batch folder; returns it (null when nothing was loaded). */
    Path keep(List<LoadReport.Loaded> loaded) {
        if (loaded.isEmpty()) {
            return null;
        }
        Path batch = null;
        try {
            Files.createDirectories(root);
            batch = root.resolve(String.format("%05d", nextNumber()));
            Files.createDirectories(batch);
            for (LoadReport.Loaded doc : loaded) {
                Files.copy(doc.source(), batch.resolve(doc.file()), StandardCopyOption.REPLACE_EXISTING);
            }
            for (Path dir : loaded.stream().map(d -> d.source().toAbsolutePath().getParent()).distinct().toList()) {
                Path manifest = dir.resolve(CorpusLoader.MANIFEST);
                if (Files.isRegularFile(manifest) && !Files.exists(batch.resolve(CorpusLoader.MANIFEST))) {
                    Set<String> names = loaded.stream().map(LoadReport.Loaded::file).collect(Collectors.toSet());
                    copyRows(manifest, batch.resolve(CorpusLoader.MANIFEST), names);
                }
            }
            return batch;
        } catch (IOException | UncheckedIOException e) {
            if (batch != null) {
                discard(batch);
            }
            throw StorageFailure.rethrow(e, batch != null ? batch : root);
        }
    }

    /** Only the manifest rows of the copied files: a row naming a file that is not there would be an error. */
    private static void copyRows(Path manifest, Path target, Set<String> names) throws IOException {
        String text = EncodingDetector.read(manifest).text();
        CSVFormat in = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new java.io.StringReader(text);
             var parser = in.parse(reader);
             Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                     .setHeader(parser.getHeaderNames().toArray(String[]::new)).get())) {
            for (CSVRecord row : parser) {
                String file = row.size() > 0 ? Path.of(row.get(0).trim()).getFileName().toString() : "";
                if (names.contains(file)) {
                    printer.printRecord(row.toList());
                }
            }
        }
    }

    /**
     * Drops batches none of whose documents is in the database ({@code inDatabase} tells by file
     * name): a load that died between writing its copies and its commit.
     */
    void dropUncommitted(Predicate<String> inDatabase) {
        for (Path batch : folders()) {
            try (Stream<Path> files = Files.list(batch)) {
                List<String> docs = files.map(p -> p.getFileName().toString())
                        .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".txt")).toList();
                if (!docs.isEmpty() && docs.stream().noneMatch(inDatabase)) {
                    discard(batch);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + batch, e);
            }
        }
    }

    void discard(Path batch) {
        try (Stream<Path> walk = Files.walk(batch)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: an orphan batch is found and dropped by the next load
        }
    }

    private int nextNumber() {
        return folders().stream().mapToInt(p -> Integer.parseInt(p.getFileName().toString())).max().orElse(0) + 1;
    }

    List<Path> folders() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isDirectory).filter(p -> p.getFileName().toString().matches("\\d+")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
