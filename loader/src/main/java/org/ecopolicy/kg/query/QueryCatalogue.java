package org.ecopolicy.kg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.ecopolicy.kg.rules.ClasspathFiles;

/** The researchers' questions: the {@code queries/*.rq} files, from the classpath copy of {@code queries/}. */
public final class QueryCatalogue {

    private static final String FOLDER = "queries";

    private final Map<String, CatalogueQuery> queries;

    private QueryCatalogue(Map<String, CatalogueQuery> queries) {
        this.queries = queries;
    }

    public static QueryCatalogue load() {
        return load(FOLDER);
    }

    /** The {@code *.rq} files of a classpath folder. */
    static QueryCatalogue load(String folder) {
        Path root = ClasspathFiles.folder(folder).orElseThrow(
                () -> new IllegalStateException("query folder '" + folder + "' missing from the classpath"));
        try {
            return fromFolder(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the query catalogue", e);
        }
    }

    static QueryCatalogue fromFolder(Path folder) throws IOException {
        Map<String, CatalogueQuery> queries = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String fileName = file.getFileName().toString();
                if (fileName.endsWith(".rq")) {
                    String name = fileName.substring(0, fileName.length() - 3);
                    try (InputStream in = Files.newInputStream(file)) {
                        queries.put(name, new CatalogueQuery(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return new QueryCatalogue(queries);
    }

    public Optional<CatalogueQuery> byName(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    public CatalogueQuery require(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException(
                "no catalogue query '" + name + "'; known: " + String.join(", ", queries.keySet())));
    }

    public java.util.Collection<CatalogueQuery> all() {
        return queries.values();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
