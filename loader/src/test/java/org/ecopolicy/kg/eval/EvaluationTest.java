package org.ecopolicy.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.ecopolicy.kg.it.TestKnowledgeGraph;
import org.junit.jupiter.api.Test;

/**
 * {@code ecokg eval} on the development gold (document 004): the extraction quality bars of the
 * project, measured on the graph as it is stored.
 */
class EvaluationTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EvaluationTest.class);

    static Path resourceDir(String name) {
        try {
            return Path.of(EvaluationTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void devGoldMeetsTheBars() {
        Evaluation eval = Evaluation.run(TestKnowledgeGraph.get().store.dataset(), resourceDir("/gold/dev"));
        java.io.ByteArrayOutputStream table = new java.io.ByteArrayOutputStream();
        eval.printTable(new java.io.PrintStream(table, true, java.nio.charset.StandardCharsets.UTF_8));
        LOG.info("{}", table.toString(java.nio.charset.StandardCharsets.UTF_8));
        Score quantitative = eval.get("targets.quantitative");
        assertThat(quantitative.precision()).isGreaterThanOrEqualTo(0.97);
        assertThat(quantitative.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(eval.get("targets.comparator").recall()).isGreaterThanOrEqualTo(0.95);
        Score qualitative = eval.get("targets.qualitative");
        assertThat(qualitative.precision()).isGreaterThanOrEqualTo(0.85);
        assertThat(qualitative.recall()).isGreaterThanOrEqualTo(0.85);
        assertThat(eval.get("measures.title").f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(eval.get("departments.lead_exact").recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(eval.get("departments.responsible").f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(eval.get("regions").f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(eval.get("projects").f1()).isGreaterThanOrEqualTo(0.85);
        // The gold has 17 quantitative and 22 qualitative targets and 42 measures; the scores count them all.
        assertThat(quantitative.truePositives() + quantitative.falseNegatives()).isEqualTo(17);
        Score titles = eval.get("measures.title");
        assertThat(titles.truePositives() + titles.falseNegatives()).isEqualTo(42);
    }

    @Test
    void scorerCountsMismatches() {
        assertThat(Scorer.itemCounts(java.util.List.of("旗林草局", "西保局"), java.util.List.of("旗林草局")))
                .containsExactly(1, 0, 1);
        assertThat(Scorer.itemCounts(java.util.List.of("黄河干流"), java.util.List.of("黄河", "岱海")))
                .containsExactly(1, 1, 0);
        assertThat(GoldMatching.overlaps("到2025年，全旗森林覆盖率达到22.4%", "全旗森林覆盖率达到22.4%")).isTrue();
        assertThat(GoldMatching.overlaps("到2025年，全旗森林覆盖率达到22.4%", "到2023年，各项指标全面达标")).isFalse();
        assertThat(GoldMatching.sameNumber("22.40", "22.4")).isTrue();
    }

    @Test
    void equalValuesPairByIndicator() {
        TargetRow goldA = new TargetRow("900", 2025, "quantitative", "畜禽粪污综合利用率", ">=", "85", "%", "q");
        TargetRow goldB = new TargetRow("900", 2025, "quantitative", "农膜回收率", "=", "85", "%", "q");
        TargetRow sysB = new TargetRow("900", 2025, "quantitative", "农膜回收率", "=", "85.0", "%", "q");
        TargetRow sysA = new TargetRow("900", 2025, "quantitative", "畜禽粪污综合利用率", ">=", "85.0", "%", "q");
        java.util.Map<String, Score> scores = Scorer.score(java.util.List.of(goldA, goldB), java.util.List.of(sysB, sysA),
                java.util.List.of(), java.util.List.of());
        assertThat(scores.get("targets.quantitative").truePositives()).isEqualTo(2);
        assertThat(scores.get("targets.comparator").recall()).isEqualTo(1.0);
    }
}
