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
}
