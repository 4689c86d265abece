package org.ecopolicy.kg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

import org.junit.jupiter.api.Test;

/**
 * The packages form layers that point one way: a package uses only packages of lower layers. The
 * dependencies are read from the compiled classes with the JDK's {@code jdeps}: every class a
 * class uses counts, imported or written out in full.
 */
class LayerTest {

    /** Layer of each package, lowest first: vocabulary, rules and the typed model may be used by all. */
    static final Map<String, Integer> LAYERS = new LinkedHashMap<>();

    static {
        layer(0, "vocabulary", "rules", "model");
        layer(1, "read");
        layer(2, "structure");
        layer(3, "link");          // reference data (gazetteer, directory, schemes, units) and its lookups
        layer(4, "extract");       // finds mentions and links them through link's lookups
        layer(5, "rdf");           // the mapping stage
        layer(6, "store");
        layer(7, "query");         // catalogue queries, paging, the statistics they read
        layer(8, "pipeline", "table", "export"); // a load derives the statistics with query's catalogue
        layer(9, "eval", "serve.pages");
        layer(10, "serve");
        layer(11, "cli");
    }

    private static void layer(int rank, String... packages) {
        for (String p : packages) {
            LAYERS.put("org.ecopolicy.kg." + p, rank);
        }
    }

    private static final Pattern EDGE = Pattern.compile("^\\s+(org\\.ecopolicy\\.kg[\\w.]*)\\s+->\\s+(org\\.ecopolicy\\.kg[\\w.]*)\\s");

    @Test
    void everyPackageUsesOnlyLowerLayers() {
        Set<String> edges = packageDependencies(Path.of("target", "classes"));
        assertThat(edges).as("jdeps found the package graph").contains(
                "org.ecopolicy.kg.pipeline -> org.ecopolicy.kg.rdf", "org.ecopolicy.kg.cli -> org.ecopolicy.kg.serve");
        List<String> unknown = new ArrayList<>();
        List<String> upward = new ArrayList<>();
        for (String edge : edges) {
            String[] ends = edge.split(" -> ");
            Integer from = LAYERS.get(ends[0]);
            Integer to = LAYERS.get(ends[1]);
            if (from == null || to == null) {
                unknown.add(edge);
            } else if (to >= from) {
                upward.add(edge + " (layer " + from + " uses layer " + to + ")");
            }
        }
        assertThat(unknown).as("packages with no layer in LayerTest.LAYERS").isEmpty();
        assertThat(upward).as("dependencies that point up or sideways").isEmpty();
    }

    @Test
    void theRuleCatchesAnUpwardImport() {
        // the mapping stage using extraction would be caught
        assertThat(LAYERS.get("org.ecopolicy.kg.extract")).isLessThan(LAYERS.get("org.ecopolicy.kg.rdf"));
        assertThat(LAYERS.get("org.ecopolicy.kg.store")).isLessThan(LAYERS.get("org.ecopolicy.kg.serve"));
    }

    /** "a -> b" for every package a whose classes use package b, ours only. */
    static Set<String> packageDependencies(Path classes) {
        assertThat(Files.isDirectory(classes)).as(classes + " exists (run from the loader module)").isTrue();
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException("no jdeps in this JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-filter:none",
                "-include", "org\\.ecopolicy\\.kg\\..*", classes.toString());
        assertThat(code).as("jdeps: " + err).isZero();
        Set<String> edges = new TreeSet<>();
        for (String line : out.toString().split("\\R")) {
            Matcher m = EDGE.matcher(line);
            if (m.find() && !m.group(1).equals(m.group(2))) {
                edges.add(m.group(1) + " -> " + m.group(2));
            }
        }
        return edges;
    }
}
