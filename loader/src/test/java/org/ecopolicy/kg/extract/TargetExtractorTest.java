package org.ecopolicy.kg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.ecopolicy.kg.eval.TargetRow;
import org.ecopolicy.kg.model.Comparator;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.DocumentMetadata;
import org.ecopolicy.kg.model.Target;
import org.ecopolicy.kg.model.TargetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetExtractorTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TargetExtractorTest.class);

    private static final TargetExtractor EXTRACTOR = new TargetExtractor();
    private static final Map<String, List<Target>> CACHE = new ConcurrentHashMap<>();

    private static List<Target> targets(String stem) {
        return CACHE.computeIfAbsent(stem, s -> EXTRACTOR.extract(CorpusFixture.corpus(s)));
    }

    private static List<Target> find(String stem, Predicate<Target> p) {
        return targets(stem).stream().filter(p).toList();
    }

    private static Predicate<Target> quantity(int year, String indicator, String value, String unit) {
        return t -> !t.baseline() && t.year() == year && t.kind() == TargetKind.QUANTITATIVE
                && t.indicator().contains(indicator) && t.value().compareTo(new BigDecimal(value)) == 0
                && unit.equals(t.unit());
    }

    @Test
    void dev004MeetsTheQualityBars() {
        List<TargetRow> gold = TargetGold.read("/gold/dev/004.targets.csv");
        List<Target> predicted = targets("004").stream().filter(t -> !t.baseline()).toList();
        TargetGold.Score quant = TargetGold.quantitative(gold, predicted, "004");
        TargetGold.Score qual = TargetGold.qualitative(gold, predicted, "004");
        LOG.info("{}", "004 quantitative " + quant + " missed=" + quant.missed() + " spurious=" + quant.spurious());
        LOG.info("{}", "004 qualitative  " + qual + " missed=" + qual.missed() + " spurious=" + qual.spurious());
        assertThat(quant.precision()).isGreaterThanOrEqualTo(0.97);
        assertThat(quant.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(quant.comparatorAccuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(qual.precision()).isGreaterThanOrEqualTo(0.85);
        assertThat(qual.recall()).isGreaterThanOrEqualTo(0.85);
    }

    @ParameterizedTest
    @ValueSource(strings = {"900", "901"})
    void ownOutOfCorpusGoldMeetsTheQualityBars(String stem) {
        Document doc = CorpusFixture.document("/gold/ood/" + stem + ".txt");
        List<TargetRow> gold = TargetGold.read("/gold/ood/" + stem + ".targets.csv");
        List<Target> all = EXTRACTOR.extract(doc);
        List<Target> predicted = all.stream().filter(t -> !t.baseline()).toList();
        TargetGold.Score quant = TargetGold.quantitative(gold, predicted, stem);
        TargetGold.Score qual = TargetGold.qualitative(gold, predicted, stem);
        LOG.info("{}", stem + " quantitative " + quant + " missed=" + quant.missed() + " spurious=" + quant.spurious());
        LOG.info("{}", stem + " qualitative  " + qual + " missed=" + qual.missed() + " spurious=" + qual.spurious());
        assertThat(quant.precision()).isGreaterThanOrEqualTo(0.97);
        assertThat(quant.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(quant.comparatorAccuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(qual.precision()).isGreaterThanOrEqualTo(0.85);
        assertThat(qual.recall()).isGreaterThanOrEqualTo(0.85);

        // its baselines come out flagged
        List<Target> baselines = all.stream().filter(Target::baseline).toList();
        TargetGold.Score base = TargetGold.quantitative(
                TargetGold.read("/gold/ood/" + stem + ".baselines.csv"), baselines, stem);
        LOG.info("{}", stem + " baselines    " + base + " missed=" + base.missed());
        assertThat(base.recall()).isEqualTo(1.0);
    }

    @Test
    void ownGold900PastYearsAndUndatedValuesAreNoTargets() {
        List<Target> all = EXTRACTOR.extract(CorpusFixture.document("/gold/ood/900.txt"));
        assertThat(all).filteredOn(t -> !t.baseline()).noneMatch(t -> t.year() <= 2021);
        // the red-line area has no deadline; 再生水 +5 points stands in a sentence of its own
        assertThat(all).noneMatch(t -> t.value() != null && t.value().compareTo(new BigDecimal("1.5")) == 0);
        assertThat(all).noneMatch(t -> "个百分点".equals(t.unit()));
    }

    @Test
    void doc001HasTheTenOutletsSoilConservationTargetFor2030() {
        List<Target> hits = find("001", quantity(2030, "水土保持率", "63", "%"));
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(hits.get(0).scope()).isEqualTo("十大孔兑");
        assertThat(find("001", quantity(2035, "水土保持率", "64", "%"))).hasSize(1);
    }

    @Test
    void doc001FarmlandRedLineIsNoDatedTarget() {
        assertThat(targets("001")).noneMatch(t -> t.value() != null && t.value().compareTo(new BigDecimal("1.7")) == 0);
    }

    @Test
    void doc000GrasslandAndForestTargetsFor2035() {
        Target grass = find("000", quantity(2035, "草原综合植被盖度", "45", "%")).get(0);
        assertThat(grass.comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(grass.evidence().quote()).isEqualTo("到 2035 年，草原综合植被盖度稳定在 45%以上");
        Target forest = find("000", quantity(2035, "森林覆盖率", "22.57", "%")).get(0);
        assertThat(forest.comparator()).isEqualTo(Comparator.EQUAL);
        Target stock = find("000", quantity(2035, "蓄积量", "16.57", "亿立方米")).get(0);
        assertThat(stock.unitCode()).isEqualTo("1E8-M3");
        assertThat(stock.evidence().quote()).startsWith("到 2035 年").endsWith("16.57 亿立方米");
        // “十五五”时期 is 2030
        assertThat(find("000", t -> t.year() == 2030 && t.indicator().contains("碳排放双控"))).hasSize(1);
    }

    @Test
    void doc000PollutionTargetsCarryTheirComparators() {
        assertThat(find("000", quantity(2027, "细颗粒物平均浓度", "25", "微克/立方米")).get(0).comparator())
                .isEqualTo(Comparator.AT_MOST);
        Target each = find("000", quantity(2035, "细颗粒物浓度", "25", "微克/立方米")).get(0);
        assertThat(each.comparator()).isEqualTo(Comparator.AT_MOST);
        assertThat(each.scope()).isEqualTo("各盟市");
        assertThat(find("000", quantity(2035, "耕地质量", "5.10", "等级")).get(0).unitCode()).isEqualTo("GRADE");
    }

    @Test
    void doc004ForestCoverTargetOfTask9() {
        Target t = find("004", quantity(2025, "森林覆盖率", "22.4", "%")).get(0);
        assertThat(t.scope()).isEqualTo("全旗");
        assertThat(t.comparator()).isEqualTo(Comparator.EQUAL);
        assertThat(t.evidence().quote()).isEqualTo("到2025年，全旗森林覆盖率达到22.4%");
    }

    @Test
    void doc004DatesOfItsTimetableAreNoTargets() {
        // "（2022年10月- 2022年12月）", "2023年4月12日": only the 20% assessment weight is due in 2022
        assertThat(find("004", t -> t.year() == 2022)).singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualByComparingTo("20"));
    }

    @Test
    void doc002FirstChapterAchievementsAreBaselines() {
        Predicate<Target> days = t -> t.year() == 2020 && t.value() != null
                && t.value().compareTo(new BigDecimal("294")) == 0 && "天".equals(t.unit());
        Predicate<Target> forest = t -> t.year() == 2020 && t.indicator().equals("森林覆盖率")
                && t.value().compareTo(new BigDecimal("23")) == 0;
        assertThat(find("002", days)).singleElement().satisfies(t -> {
            assertThat(t.baseline()).isTrue();
            assertThat(t.indicator()).isEqualTo("空气优良天数");
            assertThat(t.scope()).isEqualTo("全市");
        });
        assertThat(find("002", forest)).singleElement().satisfies(t -> {
            assertThat(t.baseline()).isTrue();
            assertThat(t.evidence().quote()).startsWith("截至2020年底");
        });
        // and the plan's own 2025 forest target is a target
        assertThat(find("002", quantity(2025, "森林覆盖率", "23.80", "%"))).hasSize(1);
        // a value split from its verb by a line break is still read ("配套率达到\n\n98%")
        assertThat(find("002", quantity(2025, "配套率", "98", "%"))).hasSize(1);
    }

    @Test
    void doc003WithoutAnyDateStillReadsItsDeadlines() {
        assertThat(find("003", quantity(2020, "森林覆盖率", "23", "%"))).hasSize(1);
        assertThat(find("003", quantity(2020, "国土空间开发强度", "1.6", "%")).get(0).comparator())
                .isEqualTo(Comparator.AT_MOST);
        assertThat(targets("003")).noneMatch(Target::baseline);
    }

    @Test
    void metadataDateMakesEarlierBareYearsBaselines() {
        Document plain = CorpusFixture.document("/gold/ood/900.txt");
        Document dated = new Document(plain.id(), plain.text(),
                new DocumentMetadata(null, null, null, LocalDate.of(2022, 3, 15), null, null, 2021, 2025));
        List<Target> targets = EXTRACTOR.extract(dated);
        assertThat(targets).filteredOn(t -> t.year() == 2020).isNotEmpty().allMatch(Target::baseline);
        assertThat(targets).filteredOn(t -> !t.baseline()).hasSameSizeAs(
                EXTRACTOR.extract(plain).stream().filter(t -> !t.baseline()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void evidenceSlicesTheOriginalAndYearsAreSane(String stem) {
        Document doc = CorpusFixture.corpus(stem);
        List<Target> all = targets(stem);
        assertThat(all).isNotEmpty();
        for (Target t : all) {
            assertThat(t.evidence().quote())
                    .isEqualTo(doc.text().original().substring(t.evidence().start(), t.evidence().end()));
            assertThat(t.documentId()).isEqualTo(doc.id());
            assertThat(t.indicator()).isNotBlank();
            if (!t.baseline()) {
                assertThat(t.year()).isBetween(2000, 2100);
            }
            if (t.kind() == TargetKind.QUANTITATIVE) {
                String quote = doc.text().normalized().substring(t.evidence().start(), t.evidence().end());
                assertThat(quote).contains(t.value().toPlainString());
                assertThat(t.comparator()).isNotEqualTo(Comparator.NONE);
            } else {
                assertThat(t.value()).isNull();
                assertThat(t.unit()).isNull();
                assertThat(t.comparator()).isEqualTo(Comparator.NONE);
            }
        }
    }
}
