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
import java.util.Set;
import java.util.TreeSet;

/**
 * The size of every graph as the loader last wrote it, kept beside a generation
 * ({@code graph-sizes.tsv}: triples, tab, graph IRI). A graph whose size differs from it was
 * changed by someone else: through the update endpoint of a server.
 */
public final class GraphSizes {

    private static final String FILE = "graph-sizes.tsv";

    private GraphSizes() {
    }

    /**
     * The recorded sizes (a graph may have two: the one before and the one after a load that was
     * stopped between its commit and the final record), or empty when the generation has none.
     */
    public static Optional<Map<String, Set<Long>>> read(Path generation) {
        Path file = generation.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, Set<Long>> sizes = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    Set<Long> accepted = new TreeSet<>();
                    for (String n : line.substring(0, tab).split(",")) {
                        accepted.add(Long.parseLong(n));
                    }
                    sizes.put(line.substring(tab + 1), accepted);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(sizes);
    }

    /** Records {@code written} over what was recorded (graphs written again replace their entry). */
    public static void record(Path generation, Map<String, Long> written, boolean replaceAll) {
        Map<String, Set<Long>> sizes = replaceAll ? new LinkedHashMap<>() : new LinkedHashMap<>(read(generation).orElse(Map.of()));
        written.forEach((graph, size) -> sizes.put(graph, Set.of(size)));
        write(generation, sizes);
    }

    /**
     * Before a commit: accepts {@code written} beside what was recorded, so a process stopped
     * between its commit and {@link #record} leaves sizes that match either state.
     */
    public static void recordPending(Path generation, Map<String, Long> written) {
        Map<String, Set<Long>> sizes = new LinkedHashMap<>(read(generation).orElse(Map.of()));
        written.forEach((graph, size) -> {
            Set<Long> accepted = new TreeSet<>(sizes.getOrDefault(graph, Set.of()));
            accepted.add(size);
            sizes.put(graph, accepted);
        });
        write(generation, sizes);
    }

    private static void write(Path generation, Map<String, Set<Long>> sizes) {
        StringBuilder text = new StringBuilder();
        sizes.forEach((graph, accepted) -> text.append(accepted.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(","))).append('\t').append(graph).append('\n'));
        Path tmp = generation.resolve(FILE + ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, generation.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw StorageFailure.rethrow(new UncheckedIOException(e), generation);
        }
    }
}
