package org.ecopolicy.kg.eval;

import static org.ecopolicy.kg.eval.GoldMatching.key;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ecopolicy.kg.eval.GoldMatching.Pair;
import org.ecopolicy.kg.eval.Tables.MeasureRow;

/**
 * Scores system tables against gold tables with the matching rules of the gold guideline
 * ({@link GoldMatching}): quantitative targets on (document, year, value, unit); qualitative targets
 * on (document, year) with overlapping quotes; measures on their title (punctuation and spaces
 * ignored); departments, regions and projects per matched measure, an item matching when one string
 * contains the other.
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
        long goldQuant = gold.stream().filter(TargetRow::quantitative).count();
        long sysQuant = sys.stream().filter(TargetRow::quantitative).count();
        List<Pair<TargetRow>> pairs = GoldMatching.quantitative(gold, sys);
        scores.put("targets.quantitative", new Score("quantitative targets", pairs.size(),
                (int) sysQuant - pairs.size(), (int) goldQuant - pairs.size()));
        int comparatorOk = (int) pairs.stream().filter(p -> p.gold().comparator().equals(p.sys().comparator())).count();
        scores.put("targets.comparator", new Score("comparator accuracy", comparatorOk, 0, pairs.size() - comparatorOk));
        long unitOk = pairs.stream().filter(p -> p.gold().unit().equals(p.sys().unit())).count();
        scores.put("targets.unit", new Score("unit as written", (int) unitOk, 0, pairs.size() - (int) unitOk));

        long goldQual = gold.stream().filter(TargetRow::qualitative).count();
        long sysQual = sys.stream().filter(TargetRow::qualitative).count();
        List<Pair<TargetRow>> qualPairs = GoldMatching.qualitative(gold, sys);
        scores.put("targets.qualitative", new Score("qualitative targets", qualPairs.size(),
                (int) sysQual - qualPairs.size(), (int) goldQual - qualPairs.size()));
    }

    private static void scoreMeasures(List<MeasureRow> gold, List<MeasureRow> sys, Map<String, Score> scores) {
        List<Pair<MeasureRow>> pairs = GoldMatching.match(gold, sys,
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
        List<String> remaining = new ArrayList<>(sys.stream().map(GoldMatching::key).toList());
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
}
