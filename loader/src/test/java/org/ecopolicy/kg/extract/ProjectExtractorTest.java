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
                System.out.println("projects " + m.title() + ": gold=" + m.projects() + " predicted=" + predicted);
            }
        }
        System.out.println("004 projects: " + score);
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
        System.out.println("001 projects: " + names);
        assertThat(names).anyMatch(n -> n.contains("“三北”工程"));
        assertThat(names).anyMatch(n -> n.contains("几字弯”攻坚战"));
    }
}
