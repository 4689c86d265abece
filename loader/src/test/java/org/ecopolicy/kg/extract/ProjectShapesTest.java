package org.ecopolicy.kg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.DocumentMetadata;
import org.ecopolicy.kg.model.ProjectMention;
import org.ecopolicy.kg.model.SourceText;
import org.ecopolicy.kg.read.TextNormalizer;
import org.junit.jupiter.api.Test;

/** Projects by their shape (issue 10, item 5). */
class ProjectShapesTest {

    private static final ProjectExtractor EXTRACTOR = new ProjectExtractor();

    private static List<ProjectMention> projects(String text) {
        Document doc = new Document("t", new SourceText("t.txt", text, TextNormalizer.normalize(text), "UTF-8"),
                DocumentMetadata.empty());
        List<ProjectMention> out = EXTRACTOR.extract(doc);
        for (ProjectMention p : out) {
            assertThat(text.substring(p.evidence().start(), p.evidence().end())).isEqualTo(p.evidence().quote());
        }
        return out;
    }

    private static List<String> names(String text) {
        return projects(text).stream().map(ProjectMention::name).toList();
    }

    @Test
    void aSharedHeadDistributesOverItsList() {
        List<ProjectMention> ps = projects("（三）推进节水。实施城市节水降损、农业节水增效、工业节水减排等工程，提高用水效率。\n");
        assertThat(ps).extracting(ProjectMention::name)
                .containsExactly("城市节水降损工程", "农业节水增效工程", "工业节水减排工程");
        assertThat(ps).extracting(p -> p.evidence().quote()).containsExactly("城市节水降损", "农业节水增效", "工业节水减排");
    }

    @Test
    void aCategoryHeadAfterTheListIsNoProject() {
        assertThat(names("加快开展荒漠化治理、河湖湿地生态修复、矿山环境综合整治等重大工程。\n")).isEmpty();
        assertThat(names("实施新一轮草原生态保护补助奖励机制、退牧还草工程与草原保护等工程。\n"))
                .noneMatch(n -> n.contains("机制"));
    }

    @Test
    void aNameFollowedByConstructionIsStillTheName() {
        assertThat(names("（五）加快推进京津风沙源治理工程建设，加强黄河流域生态保护修复工程成效评估。\n"))
                .contains("京津风沙源治理工程", "黄河流域生态保护修复工程");
        assertThat(names("（六）加快推进水质提升工程建设。\n")).isEmpty(); // no distinctive stem
    }

    @Test
    void aKindOfProjectNeedsADistinctiveNameOrAVerbThatCarriesItOut() {
        // regulated, approved or built kinds of project: no name
        assertThat(names("严格控制钢铁、铁合金、电解铝等新增产能项目，确需建设的实行等量置换。\n")).isEmpty();
        assertThat(names("禁止在自然保护区内新建矿产资源开发项目。\n")).isEmpty();
        assertThat(names("通过实施改造、提升或扩建人工湿地工程，恢复湿地功能。\n")).isEmpty();
        assertThat(names("建设小型节水、引水、提水工程，提高利用率。\n")).isEmpty();
        // carried out, or distinctive (a number, a national programme, a place): names
        assertThat(names("接续实施农村人居环境整治提升行动，深入推进生活垃圾分类减量化行动。\n"))
                .containsExactly("农村人居环境整治提升行动", "生活垃圾分类减量化行动");
        assertThat(names("围栏封育项目7.5万公顷、退耕还草项目3万公顷。\n")).containsExactly("退耕还草项目");
        assertThat(names("实施退化林修复、森林抚育等森林质量精准提升工程。\n")).containsExactly("森林质量精准提升工程");
    }

    @Test
    void aProjectListNamesEachProjectByItsItemTitle() {
        assertThat(names("3.汾河支流生态植被与经济林建设工程 重点围绕汾河主要一级支流进行绿化。\n"))
                .containsExactly("汾河支流生态植被与经济林建设工程");
        // an action title keeps its project only: 实施 is no part of the name
        assertThat(names("2.实施斧头湖综合治理一期工程。\n")).containsExactly("斧头湖综合治理一期工程");
        assertThat(names("（一）有计划分步骤实施碳达峰行动 制定碳达峰实施方案。\n")).containsExactly("碳达峰行动");
    }

    @Test
    void thePlanOfANamedProjectNamesTheProject() {
        assertThat(names("制定斧头湖黄沙湾水生态修复工程方案并推动实施。\n")).containsExactly("斧头湖黄沙湾水生态修复工程");
        assertThat(names("制定治理工程方案并推动实施。\n")).isEmpty();
    }

    @Test
    void aProjectNamedAgainInsideALongerNameOfTheMeasureIsOneProject() {
        org.ecopolicy.kg.model.Evidence ev = new org.ecopolicy.kg.model.Evidence("t", 0, 1, "x");
        assertThat(MeasureAssignment.distinctNames(List.of(new ProjectMention("水土保持小型水利工程", ev),
                new ProjectMention("小型水利工程", ev), new ProjectMention("退耕还草项目", ev))))
                .extracting(ProjectMention::name).containsExactly("水土保持小型水利工程", "退耕还草项目");
    }

    @Test
    void aQuotedNameTheDocumentGivesAnEndingNamesTheProgrammeWithoutIt() {
        assertThat(names("大力开展“六水共建”行动，不断改善水环境。\n1.编制“六水共建”总规。\n2.为“六水共建”夯实基础。\n"))
                .containsExactly("“六水共建”行动", "“六水共建”", "“六水共建”");
        assertThat(names("1.编制“六水共建”总规。\n")).isEmpty();
        assertThat(names("打好“几字弯”攻坚战，守护黄河“几字弯”。\n")).containsExactly("“几字弯”攻坚战");
    }
}
