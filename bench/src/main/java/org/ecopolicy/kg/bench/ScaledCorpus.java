package org.ecopolicy.kg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.ecopolicy.kg.link.Gazetteer;
import org.ecopolicy.kg.link.Place;
import org.ecopolicy.kg.pipeline.BundledCorpus;
import org.ecopolicy.kg.pipeline.CorpusLoader;

/**
 * A corpus {@code scale} times the bundled one: copy 0 is the bundled documents as they are, copy
 * k renames the cities and banners (each to another of the same level, from the gazetteer), moves
 * the years forward by k mod 5 and changes the decimal values, so no copy repeats another and the
 * loader's duplicate check drops nothing. Metadata lives in a generated manifest.csv.
 */
public final class ScaledCorpus {

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19[5-9][0-9]|20[0-9][0-9])(?![0-9])");
    private static final Pattern DECIMAL = Pattern.compile("(?<![0-9.])([0-9]+)\\.([0-9]+)(?![0-9])");

    public record Generated(Path folder, int documents, long characters) {
    }

    private final List<Place> cities;
    private final List<Place> banners;

    public ScaledCorpus(Gazetteer gazetteer) {
        cities = level(gazetteer, "league-city");
        banners = level(gazetteer, "banner-county");
    }

    private static List<Place> level(Gazetteer gazetteer, String level) {
        // the bundled corpus is Inner Mongolian: its copies rename places within Inner Mongolia only
        return gazetteer.all().stream().filter(p -> level.equals(p.level()))
                .filter(p -> gazetteer.closure(p.id()).contains("neimenggu"))
                .sorted(Comparator.comparing(Place::id)).toList();
    }

    /** Writes {@code scale} copies of the bundled corpus and their manifest into {@code folder}. */
    public Generated write(Path folder, int scale) {
        try {
            Files.createDirectories(folder);
            Map<String, CSVRecord> manifest = bundledManifest();
            Set<String> digests = new HashSet<>();
            long chars = 0;
            int docs = 0;
            try (Writer out = Files.newBufferedWriter(folder.resolve(CorpusLoader.MANIFEST), StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                         .setHeader(org.ecopolicy.kg.read.Manifest.COLUMNS.toArray(String[]::new)).get())) {
                for (int k = 0; k < scale; k++) {
                    Copy copy = new Copy(k);
                    for (String name : BundledCorpus.fileNames()) {
                        String text = copy.apply(bundled(name));
                        if (!digests.add(sha256(text))) {
                            text = text + "\n（副本" + k + "）\n"; // the variation collided: mark the copy plainly
                            digests.add(sha256(text));
                        }
                        String file = String.format("x%04d_%s", k, name);
                        Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
                        chars += text.length();
                        docs++;
                        CSVRecord row = manifest.get(name);
                        List<String> values = new ArrayList<>();
                        for (String column : org.ecopolicy.kg.read.Manifest.COLUMNS) {
                            String value = row != null && row.isMapped(column) ? row.get(column) : "";
                            values.add(column.equals("file") ? file : copy.apply(value));
                        }
                        csv.printRecord(values);
                    }
                }
            }
            return new Generated(folder, docs, chars);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scaled corpus to " + folder, e);
        }
    }

    /** The variation of copy k; copy 0 changes nothing. */
    private final class Copy {
        private final int k;
        private final Map<String, String> renames = new LinkedHashMap<>();
        private final Pattern names;

        Copy(int k) {
            this.k = k;
            rotate(cities, k);
            rotate(banners, k * 7);
            names = renames.isEmpty() ? null : Pattern.compile(renames.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow());
        }

        private void rotate(List<Place> places, int by) {
            int n = places.size();
            if (k == 0 || n < 2 || by % n == 0) {
                return;
            }
            for (int i = 0; i < n; i++) {
                renames.put(places.get(i).nameZh(), places.get((i + by) % n).nameZh());
            }
        }

        String apply(String text) {
            if (k == 0 || text.isEmpty()) {
                return text;
            }
            String out = names == null ? text : replace(names, text, m -> renames.get(m.group()));
            int shift = k % 5;
            out = replace(YEAR, out, m -> Integer.toString(Integer.parseInt(m.group(1)) + shift));
            int[] index = {0};
            out = replace(DECIMAL, out, m -> {
                // the j-th decimal carries digit j of k (plus j), so copies differ in their values
                int j = index[0]++;
                int digit = (k / (int) Math.pow(10, j % 4) + j) % 10;
                String frac = m.group(2);
                return m.group(1) + "." + frac.substring(0, frac.length() - 1) + digit;
            });
            return out;
        }
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Map<String, CSVRecord> bundledManifest() throws IOException {
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        try (InputStream in = ScaledCorpus.class.getResourceAsStream("/corpus/" + CorpusLoader.MANIFEST);
             CSVParser parser = CSVParser.parse(in, StandardCharsets.UTF_8,
                     CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord r : parser) {
                rows.put(r.get("file"), r);
            }
        }
        return rows;
    }

    private static String bundled(String name) throws IOException {
        try (InputStream in = ScaledCorpus.class.getResourceAsStream("/corpus/" + name)) {
            if (in == null) {
                throw new IOException("bundled corpus file missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
