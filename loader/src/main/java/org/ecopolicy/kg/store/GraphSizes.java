package org.ecopolicy.kg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The size of every graph as the loader last wrote it, kept beside a generation
 * ({@code graph-sizes.tsv}: triples, tab, graph IRI). A graph whose size differs from it was
 * changed by someone else: through the update endpoint of a server.
 */
public final class GraphSizes {

    private static final String FILE = "graph-sizes.tsv";

    private GraphSizes() {
    }

    /** The recorded sizes, or empty when the generation has none (built before they were kept). */
    public static Optional<Map<String, Long>> read(Path generation) {
        Path file = generation.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, Long> sizes = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    sizes.put(line.substring(tab + 1), Long.parseLong(line.substring(0, tab)));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(sizes);
    }

    /** Records {@code written} over what was recorded (graphs written again replace their entry). */
    public static void record(Path generation, Map<String, Long> written, boolean replaceAll) {
        Map<String, Long> sizes = replaceAll ? new LinkedHashMap<>() : new LinkedHashMap<>(read(generation).orElse(Map.of()));
        sizes.putAll(written);
        StringBuilder text = new StringBuilder();
        sizes.forEach((graph, size) -> text.append(size).append('\t').append(graph).append('\n'));
        Path tmp = generation.resolve(FILE + ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, generation.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw StorageFailure.rethrow(new UncheckedIOException(e), generation);
        }
    }
}
