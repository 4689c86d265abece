package org.ecopolicy.kg.eval;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.ToIntBiFunction;

/**
 * The gold guideline's matching rules, shared by {@code ecokg eval} and the extractor tests:
 * quantitative targets match on (document, year, value as a number, unit); qualitative targets on
 * (document, year) with overlapping quotes; rows are paired one-to-one in gold order.
 */
public final class GoldMatching {

    private GoldMatching() {
    }

    /** A gold row and the system row it was paired with. */
    public record Pair<T>(T gold, T sys) {
    }

    /** Pairs of quantitative gold and system targets; rows of the other kind are ignored. */
    public static List<Pair<TargetRow>> quantitative(List<TargetRow> gold, List<TargetRow> sys) {
        return match(gold.stream().filter(TargetRow::quantitative).toList(),
                sys.stream().filter(TargetRow::quantitative).toList(), GoldMatching::sameQuantity,
                GoldMatching::indicatorAffinity);
    }

    /** Pairs of qualitative gold and system targets; rows of the other kind are ignored. */
    public static List<Pair<TargetRow>> qualitative(List<TargetRow> gold, List<TargetRow> sys) {
        return match(gold.stream().filter(TargetRow::qualitative).toList(),
                sys.stream().filter(TargetRow::qualitative).toList(), GoldMatching::sameQualitative,
                GoldMatching::indicatorAffinity);
    }

    public static boolean sameQuantity(TargetRow g, TargetRow s) {
        return g.doc().equals(s.doc()) && g.year() == s.year() && Objects.equals(g.unit(), s.unit())
                && sameNumber(g.value(), s.value());
    }

    public static boolean sameQualitative(TargetRow g, TargetRow s) {
        return g.doc().equals(s.doc()) && g.year() == s.year() && overlaps(g.quote(), s.quote());
    }

    /** Both strings are the same number ("22.40" and "22.4"); anything unparsable matches nothing. */
    public static boolean sameNumber(String a, String b) {
        try {
            return new BigDecimal(a.trim()).compareTo(new BigDecimal(b.trim())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Quotes overlap substantially: one contains the other, or they share a run of half the shorter. */
    public static boolean overlaps(String a, String b) {
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

    /** Comparison key: punctuation, symbols and spaces removed, full-width folded. */
    public static String key(String s) {
        StringBuilder sb = new StringBuilder();
        Normalizer.normalize(s, Normalizer.Form.NFKC).codePoints().filter(Character::isLetterOrDigit)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /**
     * Greedy one-to-one matching in gold order. Where several system rows match a gold row (two
     * targets of one sentence with the same value, year and unit), the one with the highest
     * {@code affinity} is taken, so comparators are compared on the right pair.
     */
    public static <T> List<Pair<T>> match(List<T> gold, List<T> sys, BiPredicate<T, T> same,
                                          ToIntBiFunction<T, T> affinity) {
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

    /** How alike two targets' indicators are: the longest run their keys share. */
    private static int indicatorAffinity(TargetRow g, TargetRow s) {
        return longestCommonRun(key(g.indicator()), key(s.indicator()));
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
}
