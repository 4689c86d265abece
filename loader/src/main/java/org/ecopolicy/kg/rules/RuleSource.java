package org.ecopolicy.kg.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the rule and reference files come from. The bundled ones sit in the jar under two roots,
 * {@code rules/} (rule files by stage) and {@code ontology/} (vocabulary, gazetteer, department
 * directory, units). A profile folder given with {@code --rules DIR} has the same shape and
 * replaces bundled files one by one: {@code DIR/rules/extract/department-cues.csv} is read instead
 * of the bundled {@code rules/extract/department-cues.csv}. So another province's vocabulary
 * needs no rebuild of the jar.
 *
 * <p>The profile is process-wide and set once, before any stage reads its rules (the command line
 * does it first thing); stages read their files when they are constructed.
 */
public final class RuleSource {

    /** The classpath folders holding rule and reference files. */
    public static final List<String> ROOTS = List.of("rules", "ontology");

    private static volatile Path profile;

    private RuleSource() {
    }

    /**
     * Reads rule files from {@code dir} where it has them ({@code null}: bundled files only).
     * Every file in {@code dir} must replace a bundled file, so a misspelt name is an error, not
     * a silently ignored rule.
     */
    public static synchronized void useProfile(Path dir) {
        if (dir == null) {
            profile = null;
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--rules " + dir + ": not a folder");
        }
        Set<String> bundled = new LinkedHashSet<>(bundledFiles());
        for (String name : filesIn(dir)) {
            if (!bundled.contains(name)) {
                throw new IllegalArgumentException("--rules " + dir + ": " + name
                        + " replaces no bundled file (the folder mirrors the project: rules/read/…, "
                        + "rules/structure/…, rules/extract/…, ontology/…)");
            }
        }
        profile = dir.toAbsolutePath();
    }

    /** The profile folder in use, or null. */
    public static Path profile() {
        return profile;
    }

    /** Names of all bundled rule and reference files, e.g. {@code rules/extract/department-cues.csv}. */
    public static List<String> bundledFiles() {
        List<String> names = new ArrayList<>();
        ROOTS.forEach(root -> names.addAll(ClasspathFiles.under(root)));
        return names;
    }

    /** The file named by a classpath resource such as {@code /rules/read/trailers.csv}: the profile's copy if any. */
    public static InputStream open(String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        Path dir = profile;
        if (dir != null) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Files.newInputStream(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read rule file " + file, e);
                }
            }
        }
        InputStream in = RuleSource.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new IllegalStateException("missing rule file " + resource
                    + " (the build copies ../rules and ../ontology into the jar; run maven)");
        }
        return in;
    }

    /** Where a resource is read from, for error messages: the profile file or the bundled name. */
    public static String describe(String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        Path dir = profile;
        if (dir != null && Files.isRegularFile(dir.resolve(name))) {
            return dir.resolve(name).toString();
        }
        return resource;
    }

    private static List<String> filesIn(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/"))
                    .filter(n -> !n.startsWith(".") && !n.contains("/.") && !n.endsWith(".md"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list --rules folder " + dir, e);
        }
    }
}
