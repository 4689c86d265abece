package org.ecopolicy.kg.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lists the files of a folder on the classpath, whether it sits in the jar or in a build folder
 * ({@code target/classes} under Maven), as '/'-separated names relative to the classpath root.
 */
public final class ClasspathFiles {

    private ClasspathFiles() {
    }

    /**
     * A classpath folder as a {@link Path}, inside the jar's file system (opened once, then reused)
     * or in a build folder; empty when the classpath has no such folder.
     */
    public static Optional<Path> folder(String folder) {
        URL url = ClasspathFiles.class.getClassLoader().getResource(folder);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Optional.of(Path.of(uri));
            }
            FileSystem fs;
            try {
                fs = FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException e) {
                fs = FileSystems.newFileSystem(uri, Map.of());
            }
            return Optional.of(fs.getPath(folder));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot open classpath folder " + folder, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open classpath folder " + folder, e);
        }
    }

    /** Regular files under {@code folder} (e.g. {@code rules}), sorted, e.g. {@code rules/read/trailers.csv}. */
    public static List<String> under(String folder) {
        Optional<Path> found = folder(folder);
        if (found.isEmpty()) {
            return List.of();
        }
        Path root = found.get();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                String relative = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
                names.add(folder + "/" + relative);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list classpath folder " + folder, e);
        }
        Collections.sort(names);
        return names;
    }
}
