package org.ecopolicy.kg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;

import org.ecopolicy.kg.model.AdminLevel;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.ProjectMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProjectExtractorTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProjectExtractorTest.class);

    static ProjectExtractor extractor;

    @BeforeAll
    static void setUp() {
        extractor = new ProjectExtractor();
    }

    @Test
    void projectsOf004MatchTheGold() {
        Document doc = LinkingFixtures.doc004();
        List<ProjectMention> mentions = extractor.extract(doc);
        LinkingFixtures.Score score = new LinkingFixtures.Score();
        for (LinkingFixtures.GoldMeasure m : LinkingFixtures.goldMeasures(doc)) {
            List<String> predicted = List.copyOf(new LinkedHashSet<>(mentions.stream()
                    .filter(p -> m.contains(p.evidence().start(), p.evidence().end())).map(ProjectMention::name)
                    .toList()));
            score.add(m.projects(), predicted);
            if (!predicted.equals(m.projects())) {
                LOG.info("{}", "projects " + m.title() + ": gold=" + m.projects() + " predicted=" + predicted);
            }
        }
        LOG.info("{}", "004 projects: " + score);
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void splitsCoordinatedProjectsAtTheVerbAndConjunctions() {
        List<String> names = extractor.extract(LinkingFixtures.doc004()).stream().map(ProjectMention::name).toList();
        assertThat(names).containsSubsequence("黄河干流生态修复工程", "黄河支流水环境治理重点工程", "河道环境综合整治工程")
                .contains("森林质量精准提升工程", "河湖“清四乱”", "“无废城市”", "农村牧区人居环境整治五年提升行动")
                .doesNotContain("重点工程", "建设项目", "环境质量改善专项行动", "十个专项行动");
    }

    @Test
    void findsQuotedProgrammesInRegionalDocuments() {
        Document doc = LinkingFixtures.document("001", "内蒙古自治区", AdminLevel.AUTONOMOUS_REGION);
        List<String> names = extractor.extract(doc).stream().map(ProjectMention::name).toList();
        LOG.info("{}", "001 projects: " + names);
        assertThat(names).anyMatch(n -> n.contains("“三北”工程"));
        assertThat(names).anyMatch(n -> n.contains("几字弯”攻坚战"));
    }

    @Test
    void noVerbOrGenericFragmentsStandAsNames() {
        List<String> n003 = names("003");
        assertThat(n003).doesNotContain("采取工程", "恢复工程", "民生工程", "违法建设项目", "修复试点示范工程",
                        "积极建设河湖联通工程", "浩特市“公交都市”")
                .contains("河湖联通工程", "污染土壤治理与修复试点示范工程", "呼和浩特市“公交都市”", "天然林资源保护工程");
        List<String> n002 = names("002");
        assertThat(n002).doesNotContain("通过工程", "提升行动", "国家重点生态工程", "以三北防护林建设工程")
                .contains("“绿化青山、守护北疆”生态建设行动", "三北防护林建设工程", "耕地质量保护与提升行动",
                        "“美丽中国，我是行动者”", "天保工程", "京津风沙源治理工程");
        assertThat(names("000")).doesNotContain("修复项目").contains("风电光伏一体化工程");
    }

    @Test
    void namesStartWithNoVerbAndKeepTheirQuotesBalanced() {
        for (String stem : List.of("000", "001", "002", "003", "004")) {
            assertThat(names(stem)).as(stem)
                    .noneMatch(n -> n.matches("^(采取|通过|积极|严格|建设|实施|推进|支持|禁止|以|在).*"))
                    .allMatch(n -> n.chars().filter(c -> c == '“').count() == n.chars().filter(c -> c == '”').count());
        }
    }

    private static List<String> names(String stem) {
        return extractor.extract(LinkingFixtures.document(stem, null, null)).stream().map(ProjectMention::name).toList();
    }
}
