package org.ecopolicy.kg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecopolicy.kg.model.Comparator;
import org.junit.jupiter.api.Test;

/** The small parts of target extraction on single sentences. */
class TargetRulePartsTest {

    private static final TargetRules RULES = TargetRules.defaults();

    private static List<YearMention> years(String sentence, Integer docYear) {
        String text = CorpusFixture.normalize(sentence);
        return new DeadlineFinder(RULES).find(text, new Span(0, text.length()), docYear);
    }

    @Test
    void deadlineTriggersAndTheirYears() {
        assertThat(years("到２０２５年，全旗森林覆盖率达到22.4%", null)).singleElement()
                .satisfies(y -> {
                    assertThat(y.year()).isEqualTo(2025);
                    assertThat(y.role()).isEqualTo(YearMention.Role.TARGET);
                    assertThat(y.quoteStart()).isZero();
                });
        assertThat(years("力争到 2025 年年底前全区", null).get(0).quoteStart()).isEqualTo(2);
        assertThat(years("2021年秋冬季前，修订应急预案", null).get(0).role()).isEqualTo(YearMention.Role.TARGET);
        assertThat(years("“十四五”时期，空气环境质量全面提升", null).get(0).year()).isEqualTo(2025);
        assertThat(years("“十五五”时期全面实行碳排放双控", null).get(0).year()).isEqualTo(2030);
        assertThat(years("展望二〇三五年，生态环境明显改善", null).get(0).year()).isEqualTo(2035);
    }

    @Test
    void referencesAndDatesAreNoDeadlines() {
        assertThat(years("比2020年下降13.5%", 2021)).isEmpty();
        assertThat(years("从2021年起，不再审批焦炭新增产能", 2021)).isEmpty();
        assertThat(years("规划纲要(2025—2035年)", 2025)).isEmpty();
        assertThat(years("启动实施阶段（2022年10月- 2022年12月）", 2023)).isEmpty();
        assertThat(years("居民投诉量减少到2020年的4件", 2021)).isEmpty();
        assertThat(years("呼和浩特市“十四五”生态环境保护规划", 2021)).isEmpty();
    }

    @Test
    void pastYearsAreBaselines() {
        assertThat(years("截至2020年底，全市累计完成营造林224.6万亩", 2021).get(0).role())
                .isEqualTo(YearMention.Role.BASELINE);
        assertThat(years("2020年，全市空气优良天数达到294天", null).get(0).role())
                .isEqualTo(YearMention.Role.BASELINE);
        assertThat(years("“十三五”期间，开展专项执法检查22项", 2021).get(0))
                .satisfies(y -> assertThat(y.year()).isEqualTo(2020))
                .satisfies(y -> assertThat(y.role()).isEqualTo(YearMention.Role.BASELINE));
        // a bare future year of a dated document is a deadline
        assertThat(years("2035年美丽河湖基本建成", 2025).get(0).role()).isEqualTo(YearMention.Role.TARGET);
    }

    @Test
    void quantitiesSkipLabelsRangesAndYears() {
        QuantityParser parser = new QuantityParser(RULES);
        String text = CorpusFixture.normalize("PM2.5浓度下降，蓄积量达到 16.57 亿立方米，选取3—5个旗县，到2025年，比例达到９８％以上");
        List<Quantity> found = parser.find(text, 0, text.length());
        assertThat(found).extracting(q -> q.value().toPlainString()).containsExactly("16.57", "98");
        assertThat(found.get(0).unitCode()).isEqualTo("1E8-M3");
        assertThat(found.get(1).bound()).isEqualTo("以上");
        assertThat(found.get(1).unit()).isEqualTo("%");
    }

    @Test
    void comparatorsFollowTheirCueWords() {
        ComparatorClassifier c = new ComparatorClassifier(RULES);
        assertThat(c.classify("稳定在", "以上")).isEqualTo(Comparator.AT_LEAST);
        assertThat(c.classify("达不低于", "")).isEqualTo(Comparator.AT_LEAST);
        assertThat(c.classify("均控制在", "以下")).isEqualTo(Comparator.AT_MOST);
        assertThat(c.classify("下降到", "")).isEqualTo(Comparator.AT_MOST);
        assertThat(c.classify("比2020年下降", "")).isEqualTo(Comparator.DECREASE_BY);
        assertThat(c.classify("年提高幅度不低于", "")).isEqualTo(Comparator.INCREASE_BY);
        assertThat(c.classify("较2015年增加", "")).isEqualTo(Comparator.INCREASE_BY);
        assertThat(c.classify("提高到", "")).isEqualTo(Comparator.EQUAL);
        assertThat(c.classify("保持", "")).isEqualTo(Comparator.EQUAL);
        // "下降率" is a noun: the indicator goes on until the verb
        String region = "单位国内生产总值建设用地使用面积下降率保持";
        assertThat(c.verbStart(region).index()).isEqualTo(region.indexOf("保持"));
    }
}
