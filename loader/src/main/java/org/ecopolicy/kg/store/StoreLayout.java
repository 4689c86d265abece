package org.ecopolicy.kg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder given with {@code --db}: TDB2 databases in {@code gen-N} sub-folders and a
 * {@code current} file naming the live one. A rebuild fills a new generation beside the live one
 * and switches {@code current} with an atomic rename, so a failed or killed build leaves the old
 * database in place.
 */
public final class StoreLayout {

    private static final String CURRENT = "current";
    private static final String PREFIX = "gen-";

    private final Path root;

    public StoreLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Optional<Path> current() {
        Path pointer = root.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).trim();
            Path dir = root.resolve(name);
            return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pointer, e);
        }
    }

    /** A fresh, empty folder for the next generation. */
    public Path newGeneration() {
        try {
            Files.createDirectories(root);
            int next = generations().mapToInt(StoreLayout::number).max().orElse(0) + 1;
            Path dir = root.resolve(PREFIX + next);
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a database folder under " + root, e);
        }
    }

    /** Makes {@code generation} the live database (atomic rename of the pointer file). */
    public void switchTo(Path generation) {
        Path tmp = root.resolve(CURRENT + ".tmp");
        try {
            Files.writeString(tmp, generation.getFileName().toString() + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot switch database to " + generation, e);
        }
    }

    /** Deletes every generation except the live one (left-overs of old or failed builds). */
    public void removeStaleGenerations() {
        Path live = current().orElse(null);
        try (Stream<Path> gens = generations()) {
            gens.filter(g -> !g.equals(live)).forEach(StoreLayout::deleteTree);
        }
    }

    /**
     * Removes a generation that a failed first load created: the pointer goes if it names it, so
     * the folder is as it was before (no database).
     */
    public void forget(Path generation) {
        if (current().map(generation::equals).orElse(false)) {
            try {
                Files.deleteIfExists(root.resolve(CURRENT));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + root.resolve(CURRENT), e);
            }
        }
        deleteTree(generation);
    }

    /** Deletes a generation that was never switched in (a failed build). */
    public static void deleteGeneration(Path generation) {
        deleteTree(generation);
    }

    private Stream<Path> generations() {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try {
            return Files.list(root).filter(p -> Files.isDirectory(p) && p.getFileName().toString().matches(PREFIX + "\\d+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int number(Path generation) {
        return Integer.parseInt(generation.getFileName().toString().substring(PREFIX.length()));
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: a stale generation left behind is harmless and removed next time.
        }
    }
}
