package org.ecopolicy.kg.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.DocumentMetadata;
import org.ecopolicy.kg.model.DocumentStructure;
import org.ecopolicy.kg.model.Measure;
import org.ecopolicy.kg.model.Section;
import org.ecopolicy.kg.model.SourceText;
import org.ecopolicy.kg.read.TextNormalizer;
import org.junit.jupiter.api.Test;

/** The outline rules on small made-up documents of the genre, independent of the corpus. */
class OutlineRulesTest {

    private final StructureParser parser = new StructureParser();

    private static Document doc(String text) {
        return new Document("t", new SourceText("t.txt", text, TextNormalizer.normalize(text), "UTF-8"),
                DocumentMetadata.empty());
    }

    @Test
    void aDocumentThatSkipsALevelStillNests() {
        String text = String.join("\n",
                "某旗实施方案",
                "一、重点任务",
                "1.加强草原保护。落实禁牧休牧制度。",
                "2.推进沙地治理。实施防沙治沙工程。",
                "二、保障措施",
                "（一）加强组织领导。成立领导小组。",
                "（二）强化资金保障。统筹各类资金。");
        DocumentStructure s = parser.parse(doc(text));

        assertThat(s.sections()).extracting(Section::heading).containsExactly(
                "一、重点任务", "1.加强草原保护", "2.推进沙地治理", "二、保障措施", "（一）加强组织领导", "（二）强化资金保障");
        assertThat(s.sections()).extracting(Section::depth).containsExactly(1, 2, 2, 1, 2, 2);
        assertThat(s.sections()).extracting(Section::parentId).containsExactly(null, "s1", "s1", null, "s4", "s4");
        assertThat(s.measures()).extracting(Measure::pathText).containsExactly(
                "一、重点任务 > 1.", "一、重点任务 > 2.", "二、保障措施 > （一）", "二、保障措施 > （二）");
    }

    @Test
    void numbersThatBreakTheSequenceAreBodyText() {
        String text = String.join("\n",
                "一、主要任务",
                "（一）改善水环境",
                "1.加强污水处理。到2025年，污水处理率达到",
                "95%以上。",
                "2.推进河湖治理。开展清四乱。",
                "5.这一行不是第5项而是表格的残行",
                "3.保护水源地。划定保护区。",
                "1.表格中重新编号的一行",
                "（二）改善大气环境",
                "1.推进清洁取暖。实施煤改电。");
        DocumentStructure s = parser.parse(doc(text));

        assertThat(s.measures()).extracting(Measure::title)
                .containsExactly("加强污水处理", "推进河湖治理", "保护水源地", "推进清洁取暖");
        assertThat(s.sections()).noneMatch(x -> x.title().startsWith("这一行") || x.title().startsWith("表格中"));
        Measure third = s.measures().get(2);
        assertThat(text.substring(third.start(), third.end())).isEqualTo("3.保护水源地。划定保护区。\n1.表格中重新编号的一行");
    }

    @Test
    void lettersOfOneKindNestByFirstAppearanceNotByAFixedTable() {
        // here (1) comes before 1., the reverse of the usual order
        String text = String.join("\n",
                "第一章 生态保护",
                "(1)草原保护",
                "1.落实草畜平衡。全面推行。",
                "2.实施禁牧休牧。分区管理。",
                "(2)森林保护",
                "1.加强天然林保护。严格管控。",
                "第二章 污染防治",
                "(1)大气污染防治。推进超低排放改造。");
        DocumentStructure s = parser.parse(doc(text));

        assertThat(s.sections()).extracting(Section::depth).containsExactly(1, 2, 3, 3, 2, 3, 1, 2);
        assertThat(s.measures()).extracting(Measure::pathText).containsExactly(
                "第一章生态保护 > (1)草原保护 > 1.", "第一章生态保护 > (1)草原保护 > 2.",
                "第一章生态保护 > (2)森林保护 > 1.", "第二章污染防治 > (1)");
        assertThat(s.measures().get(3).title()).isEqualTo("大气污染防治");
    }

    @Test
    void leadParagraphsBecomeMeasuresWithTheItemInTheirPath() {
        String text = String.join("\n",
                "一、推进绿色发展",
                "（一）优化能源结构",
                "为实现碳达峰目标，结合本地实际，提出以下举措。",
                "大力发展新能源。推进风电光伏基地建设，",
                "有序实施储能项目。",
                "推动煤电清洁化改造。实施超低排放改造。",
                "（二）发展循环经济。推进园区循环化改造。");
        List<Measure> measures = parser.parse(doc(text)).measures();

        assertThat(measures).extracting(Measure::title).containsExactly("大力发展新能源", "推动煤电清洁化改造", "发展循环经济");
        assertThat(measures.get(0).pathText()).isEqualTo("一、推进绿色发展 > （一）优化能源结构");
        assertThat(text.substring(measures.get(0).start(), measures.get(0).end()))
                .isEqualTo("大力发展新能源。推进风电光伏基地建设，\n有序实施储能项目。");
        assertThat(measures.get(2).pathText()).isEqualTo("一、推进绿色发展 > （二）");
    }

    @Test
    void anAttachmentEndsTheLastSection() {
        String text = "一、保障措施\n（一）加强组织领导。成立领导小组。\n\n附件：重点工程清单\n1.某某工程\n";
        DocumentStructure s = parser.parse(doc(text));

        assertThat(s.sections()).hasSize(2);
        assertThat(s.sections().get(1).end()).isEqualTo(text.indexOf("\n\n附件"));
        assertThat(s.measures()).singleElement().extracting(Measure::title).isEqualTo("加强组织领导");
    }
}
