package org.ecopolicy.kg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.DocumentMetadata;
import org.ecopolicy.kg.model.SourceText;
import org.ecopolicy.kg.model.Target;
import org.ecopolicy.kg.model.TargetKind;
import org.ecopolicy.kg.read.TextNormalizer;
import org.junit.jupiter.api.Test;

/** Deadline scope as a reader takes it (issue 10, item 3; guideline "Deadline scope"). */
class DeadlineScopeTest {

    private static final TargetExtractor EXTRACTOR = new TargetExtractor();

    static List<Target> targets(String text, Integer docYear) {
        DocumentMetadata meta = docYear == null ? DocumentMetadata.empty()
                : new DocumentMetadata(null, null, null, LocalDate.of(docYear, 6, 1), null, null, null, null);
        Document doc = new Document("t", new SourceText("t.txt", text, TextNormalizer.normalize(text), "UTF-8"), meta);
        List<Target> out = EXTRACTOR.extract(doc).stream().filter(t -> !t.baseline()).toList();
        for (Target t : out) { // every quote slices the original text
            assertThat(text.substring(t.evidence().start(), t.evidence().end())).isEqualTo(t.evidence().quote());
        }
        return out;
    }

    private static List<String> summary(List<Target> ts) {
        return ts.stream().map(t -> t.year() + " " + t.indicator() + (t.value() == null ? "" : " " + t.value().toPlainString())).toList();
    }

    @Test
    void aDeadlineOpeningAGoalParagraphGovernsItsLaterSentences() {
        String text = "二、主要目标\n到2025年，全区森林覆盖率达到23%。草原综合植被盖度达到45%。城乡人居环境明显改善。\n三、重点任务\n";
        List<Target> ts = targets(text, 2021);
        assertThat(summary(ts)).contains("2025 森林覆盖率 23", "2025 草原综合植被盖度 45");
        assertThat(ts).anyMatch(t -> t.year() == 2025 && t.kind() == TargetKind.QUALITATIVE
                && t.indicator().contains("城乡人居环境"));
        // the quote runs from the deadline across the full stop to the value
        assertThat(ts).anyMatch(t -> t.evidence().quote().startsWith("到2025年") && t.evidence().quote().endsWith("45%"));
    }

    @Test
    void aLabelledGoalListKeepsItsDeadlineAcrossFullStopsInTraditionalScript() {
        String text = "二、工作目標\n具體指標:到2017年,全省可吸入顆粒物年均濃度較2012年下降12%。其中,武漢市、襄陽市可吸入顆粒物年均濃度較2012年下降18%;宜昌市可吸入顆粒物年均濃度較2012年下降15%。\n";
        List<Target> ts = targets(text, 2014);
        assertThat(ts).extracting(Target::year).containsOnly(2017);
        assertThat(ts).extracting(t -> t.value().intValue()).contains(12, 18, 15);
        assertThat(ts).allMatch(t -> t.evidence().quote().startsWith("到2017年"));
    }

    @Test
    void anotherDeadlineEndsTheScope() {
        String text = "主要目标：到2025年，森林覆盖率达到23%。到2035年，草原综合植被盖度达到50%。湿地保护率达到60%。\n";
        assertThat(summary(targets(text, 2021))).contains("2025 森林覆盖率 23", "2035 草原综合植被盖度 50", "2035 湿地保护率 60")
                .doesNotContain("2025 湿地保护率 60");
    }

    @Test
    void aBareYearOpeningASentenceUnderAGoalHeadingIsADeadline() {
        String text = "（二）工作目标\n全市生态环境持续改善。2025年，全市空气质量优良天数比例达到85%以上。\n";
        assertThat(summary(targets(text, 2023))).contains("2025 空气质量优良天数比例 85");
    }

    @Test
    void coordinatedYearsGiveATargetForEachYear() {
        String text = "（一）加强排污口整治。2023年和2025年底前，入河排污口整治完成率分别达到60%和100%。\n";
        List<Target> ts = targets(text, 2022);
        assertThat(ts).extracting(Target::year).contains(2023, 2025);
    }

    @Test
    void planPeriodNamesAreDeadlinesWhileStillToCome() {
        List<Target> ts = targets("（三）推进造林。“十四五”期间，全市完成营造林50万亩。\n", 2021);
        assertThat(summary(ts)).contains("2025 营造林 50");
        List<Target> past = targets("（三）推进造林。“十四五”期间，全市完成营造林50万亩。\n", 2026);
        assertThat(past).isEmpty();
        assertThat(summary(targets("（三）推进造林。“十五五”时期，全市完成营造林60万亩。\n", 2025))).contains("2030 营造林 60");
    }

    @Test
    void aDeadlineInsideOneClauseDoesNotGovernTheNextSentence() {
        String text = "力争2016年开工建设引水工程。农田灌溉水有效利用系数达到0.6。\n";
        assertThat(targets(text, 2015)).noneMatch(t -> t.value() != null && t.value().doubleValue() == 0.6);
        // while a deadline opening the paragraph with a comma does
        assertThat(summary(targets("到2016年，引水工程开工建设。农田灌溉水有效利用系数达到0.6。\n", 2015)))
                .contains("2016 农田灌溉水有效利用系数 0.6");
    }

    @Test
    void aSentenceBrokenAcrossLinesIsReadAsOne() {
        String text = "（一）加强水资源管理。实施最严格水资源管理制度，到2025年，全市用水总量控制\n\n在11.88亿立方米以内，万元工业增加值用水量\n比2020年下降10%。\n";
        List<Target> ts = targets(text, 2021);
        assertThat(summary(ts)).contains("2025 用水总量 11.88", "2025 万元工业增加值用水量 10");
    }

    @Test
    void aDeadlineOpeningTheFirstItemOfANumberedGoalListGovernsTheItemsAfterIt() {
        String text = "一、目标任务\n1.到2026年底，全县地表水优良水体比例达到85%以上。\n2.县城黑臭水体动态清零。\n"
                + "3.农村生活污水治理率提高到40%。\n二、工作任务\n1.实施河道清淤。2027年完成。\n";
        List<Target> ts = targets(text, 2025);
        assertThat(summary(ts)).contains("2026 地表水优良水体比例 85", "2026 农村生活污水治理率 40");
        assertThat(ts).anyMatch(t -> t.year() == 2026 && t.kind() == TargetKind.QUALITATIVE
                && t.indicator().equals("县城黑臭水体"));
        // the item label is no part of the indicator, and the list ends at the next heading
        assertThat(ts).noneMatch(t -> t.indicator().startsWith("3.") || t.indicator().contains("河道清淤"));
    }

    @Test
    void aNumberedItemOutsideGoalsKeepsItsDeadlineToItself() {
        String text = "三、重点任务\n1.到2026年底，完成10座水库除险加固。\n2.全县新建污水管网30公里。\n";
        assertThat(summary(targets(text, 2025))).noneMatch(s -> s.contains("污水管网"));
    }

    @Test
    void aPlanPeriodDescribedByACopulaIsNoTarget() {
        String text = "“十五五”时期是我县推进绿色转型的攻坚五年，也是巩固生态优势的关键时期。\n";
        assertThat(targets(text, 2025)).isEmpty();
    }

    @Test
    void goalClausesInTheBeautifulChinaWordingAreOutcomes() {
        String text = "到2030年，城乡绿色发展迈出新步伐，工业领域碳排放达峰后稳中有降。\n";
        List<Target> ts = targets(text, 2025);
        assertThat(ts).extracting(Target::indicator).contains("城乡绿色发展", "工业领域碳排放");
    }

    @Test
    void coordinatedYearsWithRespectiveValuesPairInOrder() {
        String text = "（三）推进绿色出行。到2026年和2030年，县城绿色出行比例分别达到65%和72%。\n";
        assertThat(summary(targets(text, 2024))).containsExactlyInAnyOrder("2026 县城绿色出行比例 65", "2030 县城绿色出行比例 72");
    }

    @Test
    void aValueWithoutItsIndicatorAfterALaterDeadlineIsTheEarlierOnes() {
        String text = "（六）推进垃圾分类。到2026年，县城生活垃圾资源化利用率达到55%以上；到2028年，达到62%以上。\n";
        assertThat(summary(targets(text, 2024))).contains("2026 县城生活垃圾资源化利用率 55", "2028 县城生活垃圾资源化利用率 62");
    }

    @Test
    void goalLabelsWrittenAsASentenceOpenTheGoals() {
        String text = "主要目标是：到2027年，全旗森林覆盖率达到18%。\n具体目标如下：\n——完成营造林60万亩；\n——治理沙化土地40万亩。\n";
        assertThat(summary(targets(text, 2024))).contains("2027 森林覆盖率 18", "2027 营造林 60", "2027 沙化土地 40");
    }

    @Test
    void aGoalHeadingCarryingItsPeriodDatesTheParagraphUnderIt() {
        String text = "二、主要目标\n（一）近期目标（2024—2026年）\n全旗草原综合植被盖度达到46%，水土保持率提高到60%。\n"
                + "（二）重点任务\n全旗新建灌溉渠道20公里。\n";
        List<String> s = summary(targets(text, 2024));
        assertThat(s).contains("2026 草原综合植被盖度 46", "2026 水土保持率 60");
        assertThat(s).noneMatch(x -> x.contains("灌溉渠道"));
        assertThat(targets("（一）2020年工作目标\n全市空气质量优良天数比例达到80%。\n", 2024)).isEmpty(); // a past year
    }

    @Test
    void aDeadlineStandingAfterItsIndicatorGivesTheSameTargetAsOneOpeningTheSentence() {
        String inner = "（二）推进节能降碳。全市单位地区生产总值能耗2025年比2020年下降15%。\n";
        String opening = "（二）推进节能降碳。到2025年，全市单位地区生产总值能耗比2020年下降15%。\n";
        Target t = targets(inner, 2021).get(0);
        Target o = targets(opening, 2021).get(0);
        assertThat(List.of(t.year(), t.indicator(), t.comparator(), t.value(), t.unit(), t.scope()))
                .isEqualTo(List.of(o.year(), o.indicator(), o.comparator(), o.value(), o.unit(), o.scope()));
        assertThat(t.evidence().quote()).isEqualTo("全市单位地区生产总值能耗2025年比2020年下降15%");
        assertThat(targets(inner, 2021)).hasSize(1); // the base year 2020 is no deadline
    }

    @Test
    void midSentenceDeadlinesWithABaseComparisonOrABoundVerb() {
        String text = "（三）控制排放。工业二氧化碳排放量2025年较2020年降低18%，全市用水总量2030年控制在9.5亿立方米以内。\n";
        List<Target> ts = targets(text, 2022);
        assertThat(summary(ts)).containsExactlyInAnyOrder("2025 工业二氧化碳排放量 18", "2030 用水总量 9.5");
        assertThat(ts).anyMatch(t -> t.comparator() == org.ecopolicy.kg.model.Comparator.DECREASE_BY
                && t.evidence().quote().equals("工业二氧化碳排放量2025年较2020年降低18%"));
        assertThat(ts).anyMatch(t -> t.comparator() == org.ecopolicy.kg.model.Comparator.AT_MOST
                && t.evidence().quote().equals("全市用水总量2030年控制在9.5亿立方米以内"));
    }

    @Test
    void aMidSentenceYearBeforeTheDocumentReportsAnAchievement() {
        assertThat(targets("（一）回顾。全市单位地区生产总值能耗2020年比2015年下降17%。\n", 2021)).isEmpty();
        assertThat(targets("（一）回顾。全市森林覆盖率2020年达到21.5%。\n", 2021)).isEmpty();
    }
}
