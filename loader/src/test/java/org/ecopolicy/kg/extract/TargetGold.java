package org.ecopolicy.kg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ecopolicy.kg.eval.GoldMatching;
import org.ecopolicy.kg.eval.TargetRow;
import org.ecopolicy.kg.model.Target;

/**
 * Gold target tables scored against in-memory extractor output with the same matching rules as
 * {@code ecokg eval} ({@link GoldMatching}): targets become rows of the targets table, then are
 * paired with the gold rows.
 */
final class TargetGold {

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

    static List<TargetRow> read(String resource) {
        try (InputStream in = TargetGold.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            List<TargetRow> rows = new ArrayList<>();
            for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                rows.add(TargetRow.of(r.toMap(), "doc"));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Score quantitative(List<TargetRow> gold, List<Target> predicted, String stem) {
        return score(gold, predicted, stem, TargetRow::quantitative, GoldMatching::quantitative,
                r -> r.year() + " " + r.indicator() + " " + r.value() + r.unit(), true);
    }

    static Score qualitative(List<TargetRow> gold, List<Target> predicted, String stem) {
        return score(gold, predicted, stem, TargetRow::qualitative, GoldMatching::qualitative,
                r -> r.year() + " " + r.indicator() + " | " + r.quote(), false);
    }

    private static Score score(List<TargetRow> gold, List<Target> predicted, String stem, Predicate<TargetRow> kind,
                               Matcher matcher, Function<TargetRow, String> describe, boolean compareComparators) {
        List<TargetRow> g = gold.stream().filter(kind).toList();
        List<Target> p = new ArrayList<>();
        List<TargetRow> sys = new ArrayList<>();
        for (Target t : predicted) {
            TargetRow row = row(t, stem);
            if (kind.test(row)) {
                p.add(t);
                sys.add(row);
            }
        }
        List<GoldMatching.Pair<TargetRow>> pairs = matcher.pairs(g, sys);
        Set<TargetRow> goldUsed = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<TargetRow> sysUsed = Collections.newSetFromMap(new IdentityHashMap<>());
        int agree = 0;
        for (GoldMatching.Pair<TargetRow> pair : pairs) {
            goldUsed.add(pair.gold());
            sysUsed.add(pair.sys());
            if (!compareComparators || pair.gold().comparator().equals(pair.sys().comparator())) {
                agree++;
            }
        }
        List<String> missed = g.stream().filter(r -> !goldUsed.contains(r)).map(describe).toList();
        List<String> spurious = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            if (!sysUsed.contains(sys.get(i))) {
                Target t = p.get(i);
                spurious.add(t.year() + " " + t.indicator() + " " + t.value() + " " + t.unit() + " | "
                        + t.evidence().quote());
            }
        }
        return new Score(g.size(), p.size(), pairs.size(), agree, missed, spurious);
    }

    /** The target as a row of the targets table ("" for no value or unit, as the table writes it). */
    private static TargetRow row(Target t, String stem) {
        return new TargetRow(stem, t.year(), t.kind().code(), t.indicator(), t.comparator().code(),
                t.value() == null ? "" : t.value().toPlainString(), t.unit() == null ? "" : t.unit(),
                t.evidence().quote());
    }

    private interface Matcher {
        List<GoldMatching.Pair<TargetRow>> pairs(List<TargetRow> gold, List<TargetRow> sys);
    }
}
