package org.ecopolicy.kg.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ecopolicy.kg.model.AdminLevel;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.DocumentMetadata;
import org.ecopolicy.kg.model.SourceText;

/** Test documents read straight from the corpus, and the dev gold measures with their spans. */
final class LinkingFixtures {

    static final Path CORPUS = Path.of("..", "corpus");
    static final Path GOLD = Path.of("src", "test", "resources", "gold", "dev");

    private LinkingFixtures() {
    }

    /** The corpus document whose file name starts with {@code stem}, with a given jurisdiction. */
    static Document document(String stem, String jurisdiction, AdminLevel level) {
        try (Stream<Path> files = Files.list(CORPUS)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(stem)).findFirst().orElseThrow();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.getFileName().toString();
            SourceText source = new SourceText(name, text, normalise(text), "UTF-8");
            DocumentMetadata meta = new DocumentMetadata(null, null, null, null, jurisdiction, level, null, null);
            return new Document(name.replaceFirst("\\.txt$", ""), source, meta);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document doc004() {
        return document("004", "鄂托克旗", AdminLevel.BANNER);
    }

    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                sb.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A gold measure row with the span of the document it covers. */
    record GoldMeasure(String path, String title, List<String> lead, List<String> responsible,
                       List<String> regions, List<String> projects, int start, int end) {
        boolean contains(int s, int e) {
            return s >= start && e <= end;
        }
    }

    /**
     * Gold measures of 004 located in the text: each starts where its numbering label and title
     * stand, and runs to the next gold measure or the next heading line, whichever comes first.
     */
    static List<GoldMeasure> goldMeasures(Document doc) {
        String text = doc.text().normalized();
        List<CSVRecord> rows;
        try {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(Files.newBufferedReader(GOLD.resolve("004.measures.csv"), StandardCharsets.UTF_8))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<int[]> starts = new ArrayList<>();
        int from = 0;
        for (CSVRecord r : rows) {
            String[] path = r.get("path").split(" > ");
            String label = normalise(path[path.length - 1]);
            String title = normalise(r.get("title"));
            int at = text.indexOf(label + title, from);
            if (at < 0) {
                throw new IllegalStateException("gold title not found: " + label + title);
            }
            starts.add(new int[] {at, label.length()});
            from = at + 1;
        }
        List<GoldMeasure> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord r = rows.get(i);
            int start = starts.get(i)[0];
            int limit = i + 1 < rows.size() ? starts.get(i + 1)[0] : text.length();
            int end = nextHeadingLine(text, start, limit);
            result.add(new GoldMeasure(r.get("path"), r.get("title"), split(r.get("lead")),
                    split(r.get("responsible")), split(r.get("regions")), split(r.get("projects")), start, end));
        }
        return result;
    }

    /** End of the measure: the first later line that starts with a heading label, else limit. */
    private static int nextHeadingLine(String text, int start, int limit) {
        int nl = text.indexOf('\n', start);
        while (nl >= 0 && nl < limit) {
            String rest = text.substring(nl + 1, Math.min(text.length(), nl + 8));
            if (rest.matches("(?s)^(\\s*)([一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|\\d+\\.|附件).*")) {
                return nl;
            }
            nl = text.indexOf('\n', nl + 1);
        }
        return limit;
    }

    static List<String> split(String field) {
        return field.isBlank() ? List.of() : List.of(field.split("\\|"));
    }

    /** Matched items between gold and predicted lists: one contains the other, one-to-one. */
    static int matches(List<String> gold, List<String> predicted) {
        List<String> open = new ArrayList<>(predicted);
        int tp = 0;
        for (String g : gold) {
            String n = normalise(g);
            for (int i = 0; i < open.size(); i++) {
                String p = normalise(open.get(i));
                if (n.contains(p) || p.contains(n)) {
                    open.remove(i);
                    tp++;
                    break;
                }
            }
        }
        return tp;
    }

    /** Micro-averaged precision/recall/F1 accumulator. */
    static final class Score {
        int tp;
        int gold;
        int predicted;

        void add(List<String> g, List<String> p) {
            tp += matches(g, p);
            gold += g.size();
            predicted += p.size();
        }

        double precision() {
            return predicted == 0 ? 1 : (double) tp / predicted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) tp / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("P=%.3f R=%.3f F1=%.3f (tp=%d gold=%d predicted=%d)", precision(), recall(), f1(),
                    tp, gold, predicted);
        }
    }
}
