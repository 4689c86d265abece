package org.ecopolicy.kg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ecopolicy.kg.model.Target;
import org.ecopolicy.kg.model.TargetKind;

/**
 * Gold target tables and the guideline's matching rules: quantitative targets match on (document,
 * year, value as a number, unit), comparators are then compared on matched pairs; qualitative
 * targets match on (document, year) with substantially overlapping quotes (the shared part covers at
 * least half of the shorter quote), paired one-to-one, best overlap first.
 */
final class TargetGold {

    record Row(String doc, int year, String kind, String indicator, String comparator, BigDecimal value,
               String unit, String scope, String quote) {
    }

    /** Precision/recall counts of one kind plus comparator agreement on matched pairs. */
    record Score(int gold, int predicted, int matched, int comparatorAgree, List<String> missed, List<String> spurious) {
        double precision() {
            return predicted == 0 ? 1.0 : (double) matched / predicted;
        }

        double recall() {
            return gold == 0 ? 1.0 : (double) matched / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double comparatorAccuracy() {
            return matched == 0 ? 1.0 : (double) comparatorAgree / matched;
        }

        @Override
        public String toString() {
            return String.format("gold=%d predicted=%d matched=%d P=%.3f R=%.3f F1=%.3f cmp=%.3f", gold, predicted,
                    matched, precision(), recall(), f1(), comparatorAccuracy());
        }
    }

    private TargetGold() {
    }

    static List<Row> read(String resource) {
        try (InputStream in = TargetGold.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String v = r.get("value").trim();
                rows.add(new Row(r.get("doc"), Integer.parseInt(r.get("year").trim()), r.get("kind").trim(),
                        r.get("indicator"), r.get("comparator").trim(), v.isEmpty() ? null : new BigDecimal(v),
                        r.get("unit").trim(), r.get("scope"), r.get("quote")));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Score quantitative(List<Row> gold, List<Target> predicted, String stem) {
        List<Row> g = gold.stream().filter(r -> r.kind().equals("quantitative")).toList();
        List<Target> p = predicted.stream().filter(t -> t.kind() == TargetKind.QUANTITATIVE).toList();
        boolean[] used = new boolean[p.size()];
        int matched = 0;
        int agree = 0;
        List<String> missed = new ArrayList<>();
        for (Row r : g) {
            int hit = -1;
            for (int i = 0; i < p.size() && hit < 0; i++) {
                Target t = p.get(i);
                if (!used[i] && stem.equals(r.doc()) && t.year() == r.year() && t.value() != null
                        && t.value().compareTo(r.value()) == 0 && r.unit().equals(t.unit() == null ? "" : t.unit())) {
                    hit = i;
                }
            }
            if (hit < 0) {
                missed.add(r.year() + " " + r.indicator() + " " + r.value() + r.unit());
                continue;
            }
            used[hit] = true;
            matched++;
            if (p.get(hit).comparator().code().equals(r.comparator())) {
                agree++;
            }
        }
        return new Score(g.size(), p.size(), matched, agree, missed, unused(p, used));
    }

    static Score qualitative(List<Row> gold, List<Target> predicted, String stem, String original) {
        List<Row> g = gold.stream().filter(r -> r.kind().equals("qualitative")).toList();
        List<Target> p = predicted.stream().filter(t -> t.kind() == TargetKind.QUALITATIVE).toList();
        // candidate pairs with their overlap, best first
        List<double[]> pairs = new ArrayList<>();
        for (int gi = 0; gi < g.size(); gi++) {
            Row r = g.get(gi);
            if (!stem.equals(r.doc())) {
                continue;
            }
            for (int pi = 0; pi < p.size(); pi++) {
                Target t = p.get(pi);
                if (t.year() != r.year()) {
                    continue;
                }
                double[] o = overlap(original, r.quote(), t.evidence().start(), t.evidence().end());
                if (o[0] >= 0.5) {
                    pairs.add(new double[] {o[1], gi, pi});
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        boolean[] gUsed = new boolean[g.size()];
        boolean[] pUsed = new boolean[p.size()];
        int matched = 0;
        for (double[] pair : pairs) {
            int gi = (int) pair[1];
            int pi = (int) pair[2];
            if (!gUsed[gi] && !pUsed[pi]) {
                gUsed[gi] = true;
                pUsed[pi] = true;
                matched++;
            }
        }
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            if (!gUsed[i]) {
                missed.add(g.get(i).year() + " " + g.get(i).indicator() + " | " + g.get(i).quote());
            }
        }
        return new Score(g.size(), p.size(), matched, matched, missed, unused(p, pUsed));
    }

    /** {share of the shorter quote covered, Jaccard} for the best occurrence of the gold quote. */
    private static double[] overlap(String original, String goldQuote, int start, int end) {
        double[] best = {0, 0};
        for (int at = original.indexOf(goldQuote); at >= 0; at = original.indexOf(goldQuote, at + 1)) {
            int gs = at;
            int ge = at + goldQuote.length();
            int inter = Math.max(0, Math.min(ge, end) - Math.max(gs, start));
            int union = Math.max(ge, end) - Math.min(gs, start);
            double cover = (double) inter / Math.max(1, Math.min(ge - gs, end - start));
            double jaccard = (double) inter / Math.max(1, union);
            if (jaccard > best[1]) {
                best = new double[] {cover, jaccard};
            }
        }
        return best;
    }

    private static List<String> unused(List<Target> p, boolean[] used) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            if (!used[i]) {
                Target t = p.get(i);
                out.add(t.year() + " " + t.indicator() + " " + t.value() + " " + t.unit() + " | " + t.evidence().quote());
            }
        }
        return out;
    }
}
