package org.ecopolicy.kg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

import org.ecopolicy.kg.rules.ClasspathFiles;
import org.ecopolicy.kg.rules.RuleSource;

/**
 * Everything that shapes a built graph, each with its SHA-256: every rule and reference file (as
 * read, so a {@code --rules} profile counts), the ontology, the bundled corpus and its manifest,
 * the base IRI and the code itself ({@link CodeIdentity}). The hashes are stored with the
 * generation, so {@code ecokg up} can tell whether to rebuild and say why.
 */
public record BuildInputs(SortedMap<String, String> hashes) {

    /** Key prefix of the per-input hashes in a generation's build information. */
    static final String PREFIX = "input.";
    static final String CODE = "code";
    static final String BASE = "base-iri";

    public BuildInputs {
        hashes = new TreeMap<>(hashes);
    }

    /** The inputs of a build of the bundled corpus under {@code baseIri} by this code with the current rules. */
    public static BuildInputs current(String baseIri) {
        SortedMap<String, String> hashes = new TreeMap<>();
        hashes.put(CODE, CodeIdentity.hash());
        hashes.put(BASE, sha256(baseIri.getBytes(StandardCharsets.UTF_8)));
        for (String name : RuleSource.bundledFiles()) {
            if (!name.endsWith(".md")) {
                try (InputStream in = RuleSource.open(name)) {
                    hashes.put(name, sha256(in.readAllBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + name, e);
                }
            }
        }
        for (String name : ClasspathFiles.under("corpus")) {
            try (InputStream in = BuildInputs.class.getResourceAsStream("/" + name)) {
                hashes.put(name, sha256(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
        return new BuildInputs(hashes);
    }

    /** The inputs recorded in a generation's build information (empty if it recorded none). */
    public static BuildInputs recorded(Properties info) {
        SortedMap<String, String> hashes = new TreeMap<>();
        for (String key : info.stringPropertyNames()) {
            if (key.startsWith(PREFIX)) {
                hashes.put(key.substring(PREFIX.length()), info.getProperty(key));
            }
        }
        return new BuildInputs(hashes);
    }

    /** One digest over all inputs. */
    public String fingerprint() {
        StringBuilder all = new StringBuilder();
        hashes.forEach((k, v) -> all.append(k).append('=').append(v).append('\n'));
        return sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the hashes and the fingerprint into build information. */
    void store(Properties info) {
        hashes.forEach((k, v) -> info.setProperty(PREFIX + k, v));
        info.setProperty(KnowledgeGraphBuilder.FINGERPRINT, fingerprint());
    }

    /**
     * Why a graph built from {@code previous} is out of date against these inputs, one line per
     * kind of change ("rules changed: extract/department-cues.csv"); empty when nothing changed.
     */
    public List<String> changesSince(BuildInputs previous) {
        if (previous.hashes.isEmpty()) {
            return List.of("the database records no build inputs (built by an earlier version)");
        }
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        TreeMap<String, String> all = new TreeMap<>(previous.hashes);
        all.putAll(hashes);
        for (String name : all.keySet()) {
            String before = previous.hashes.get(name);
            String now = hashes.get(name);
            if (before != null && before.equals(now)) {
                continue;
            }
            String note = before == null ? " (added)" : now == null ? " (removed)" : "";
            if (name.equals(CODE)) {
                byKind.computeIfAbsent("code changed", k -> new ArrayList<>());
            } else if (name.equals(BASE)) {
                byKind.computeIfAbsent("base IRI changed", k -> new ArrayList<>());
            } else {
                int slash = name.indexOf('/');
                String root = slash < 0 ? name : name.substring(0, slash);
                byKind.computeIfAbsent(root + " changed", k -> new ArrayList<>()).add(name.substring(slash + 1) + note);
            }
        }
        List<String> reasons = new ArrayList<>();
        byKind.forEach((kind, files) -> reasons.add(files.isEmpty() ? kind : kind + ": " + String.join(", ", files)));
        return reasons;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
