package org.ecopolicy.kg.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ecopolicy.kg.eval.Tables.MeasureRow;
import org.ecopolicy.kg.eval.Tables.TargetRow;

/**
 * Scores system tables against gold tables with the matching rules of the gold guideline:
 * quantitative targets on (document, year, value, unit); qualitative targets on (document, year)
 * with overlapping quotes; measures on their title (punctuation and spaces ignored); departments,
 * regions and projects per matched measure, an item matching when one string contains the other.
 */
public final class Scorer {

    private Scorer() {
    }

    public static Map<String, Score> score(List<TargetRow> goldTargets, List<TargetRow> sysTargets,
                                           List<MeasureRow> goldMeasures, List<MeasureRow> sysMeasures) {
        Map<String, Score> scores = new LinkedHashMap<>();
        scoreTargets(goldTargets, sysTargets, scores);
        scoreMeasures(goldMeasures, sysMeasures, scores);
        return scores;
    }

    private static void scoreTargets(List<TargetRow> gold, List<TargetRow> sys, Map<String, Score> scores) {
        List<TargetRow> goldQuant = gold.stream().filter(t -> t.kind().equals("quantitative")).toList();
        List<TargetRow> sysQuant = sys.stream().filter(t -> t.kind().equals("quantitative")).toList();
        List<Pair<TargetRow>> pairs = match(goldQuant, sysQuant, Scorer::sameQuantity,
                (g, t) -> longestCommonRun(key(g.indicator()), key(t.indicator())));
        scores.put("targets.quantitative", new Score("quantitative targets", pairs.size(),
                sysQuant.size() - pairs.size(), goldQuant.size() - pairs.size()));
        int comparatorOk = (int) pairs.stream().filter(p -> p.gold().comparator().equals(p.sys().comparator())).count();
        scores.put("targets.comparator", new Score("comparator accuracy", comparatorOk, 0, pairs.size() - comparatorOk));
        long unitOk = pairs.stream().filter(p -> p.gold().unit().equals(p.sys().unit())).count();
        scores.put("targets.unit", new Score("unit as written", (int) unitOk, 0, pairs.size() - (int) unitOk));

        List<TargetRow> goldQual = gold.stream().filter(t -> t.kind().equals("qualitative")).toList();
        List<TargetRow> sysQual = sys.stream().filter(t -> t.kind().equals("qualitative")).toList();
        List<Pair<TargetRow>> qualPairs = match(goldQual, sysQual, Scorer::sameQualitative,
                (g, t) -> longestCommonRun(key(g.indicator()), key(t.indicator())));
        scores.put("targets.qualitative", new Score("qualitative targets", qualPairs.size(),
                sysQual.size() - qualPairs.size(), goldQual.size() - qualPairs.size()));
    }

    private static void scoreMeasures(List<MeasureRow> gold, List<MeasureRow> sys, Map<String, Score> scores) {
        List<Pair<MeasureRow>> pairs = match(gold, sys,
                (g, s) -> g.doc().equals(s.doc()) && key(g.title()).equals(key(s.title())), (g, s) -> 0);
        scores.put("measures.title", new Score("measure titles", pairs.size(), sys.size() - pairs.size(),
                gold.size() - pairs.size()));
        int leadExact = 0;
        int[] resp = new int[3];
        int[] regions = new int[3];
        int[] projects = new int[3];
        for (Pair<MeasureRow> p : pairs) {
            int[] lead = itemCounts(p.gold().lead(), p.sys().lead());
            if (lead[1] == 0 && lead[2] == 0) {
                leadExact++;
            }
            add(resp, itemCounts(p.gold().responsible(), p.sys().responsible()));
            add(regions, itemCounts(p.gold().regions(), p.sys().regions()));
            add(projects, itemCounts(p.gold().projects(), p.sys().projects()));
        }
        scores.put("departments.lead_exact", new Score("lead departments exact per measure", leadExact, 0,
                pairs.size() - leadExact));
        scores.put("departments.responsible", new Score("responsible departments", resp[0], resp[1], resp[2]));
        scores.put("regions", new Score("regions per measure", regions[0], regions[1], regions[2]));
        scores.put("projects", new Score("projects per measure", projects[0], projects[1], projects[2]));
    }

    /** {tp, fp, fn} of system items against gold items; an item matches when one contains the other. */
    static int[] itemCounts(List<String> gold, List<String> sys) {
        List<String> remaining = new ArrayList<>(sys.stream().map(Scorer::key).toList());
        int tp = 0;
        for (String g : gold) {
            String gk = key(g);
            for (int i = 0; i < remaining.size(); i++) {
                String s = remaining.get(i);
                if (!gk.isEmpty() && !s.isEmpty() && (s.contains(gk) || gk.contains(s))) {
                    remaining.remove(i);
                    tp++;
                    break;
                }
            }
        }
        return new int[] {tp, remaining.size(), gold.size() - tp};
    }

    private static void add(int[] sum, int[] counts) {
        for (int i = 0; i < 3; i++) {
            sum[i] += counts[i];
        }
    }

    private static boolean sameQuantity(TargetRow g, TargetRow s) {
        return g.doc().equals(s.doc()) && g.year() == s.year() && Objects.equals(g.unit(), s.unit())
                && sameNumber(g.value(), s.value());
    }

    private static boolean sameQualitative(TargetRow g, TargetRow s) {
        return g.doc().equals(s.doc()) && g.year() == s.year() && overlaps(g.quote(), s.quote());
    }

    static boolean sameNumber(String a, String b) {
        try {
            return new BigDecimal(a.trim()).compareTo(new BigDecimal(b.trim())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Quotes overlap substantially: one contains the other, or they share a run of half the shorter. */
    static boolean overlaps(String a, String b) {
        String x = key(a);
        String y = key(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.contains(y) || y.contains(x)) {
            return true;
        }
        return longestCommonRun(x, y) * 2 >= Math.min(x.length(), y.length());
    }

    private static int longestCommonRun(String x, String y) {
        int best = 0;
        int[] prev = new int[y.length() + 1];
        for (int i = 1; i <= x.length(); i++) {
            int[] cur = new int[y.length() + 1];
            for (int j = 1; j <= y.length(); j++) {
                if (x.charAt(i - 1) == y.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best;
    }

    /** Comparison key: punctuation, symbols and spaces removed, full-width folded. */
    static String key(String s) {
        StringBuilder sb = new StringBuilder();
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
        n.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    record Pair<T>(T gold, T sys) {
    }

    /**
     * Greedy one-to-one matching in gold order. Where several system rows match a gold row (two
     * targets of one sentence with the same value, year and unit), the one whose indicator is most
     * like the gold's ({@code affinity}) is taken, so comparators are compared on the right pair.
     */
    private static <T> List<Pair<T>> match(List<T> gold, List<T> sys, java.util.function.BiPredicate<T, T> same,
                                           java.util.function.ToIntBiFunction<T, T> affinity) {
        List<T> remaining = new ArrayList<>(sys);
        List<Pair<T>> pairs = new ArrayList<>();
        for (T g : gold) {
            int best = -1;
            int bestAffinity = -1;
            for (int i = 0; i < remaining.size(); i++) {
                if (same.test(g, remaining.get(i))) {
                    int a = affinity.applyAsInt(g, remaining.get(i));
                    if (a > bestAffinity) {
                        best = i;
                        bestAffinity = a;
                    }
                }
            }
            if (best >= 0) {
                pairs.add(new Pair<>(g, remaining.remove(best)));
            }
        }
        return pairs;
    }
}
