package org.ecopolicy.kg.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicClassifierTest {

    private static final TopicClassifier TOPICS = TopicClassifier.load();
    private static final String TOP = "https://w3id.org/ecokg/ontology/topic/";

    @Test
    void loadsTheSchemeWithKeywords() {
        assertThat(TOPICS.all()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(TOPICS.all()).extracting(Topic::labelZh)
                .contains("大气", "水", "土壤", "草原", "森林", "荒漠化防治", "生物多样性", "气候变化与碳", "固体废物",
                        "能源", "交通", "城乡人居", "制度与治理", "湿地与湖泊", "矿山与国土空间");
        assertThat(TOPICS.all()).allSatisfy(t -> assertThat(t.keywords()).hasSizeGreaterThanOrEqualTo(5));
    }

    @Test
    void grazingBanTextIsAboutGrassland() {
        String text = "加强草原保护修复。全面落实禁牧休牧和草畜平衡制度，实施退化草原修复工程，提高草原综合植被盖度。";
        assertThat(TOPICS.classify(text)).first().isEqualTo(TOP + "grassland");
        assertThat(TOPICS.scores(text).get(TOP + "grassland")).isEqualTo(6);
    }

    @Test
    void aMeasureMayHaveSeveralTopicsOrderedByCount() {
        String text = "深入打好蓝天保卫战。推进燃煤锅炉超低排放改造，加快淘汰柴油货车，推广新能源汽车，细颗粒物浓度持续下降。";
        assertThat(TOPICS.classify(text)).startsWith(TOP + "air").contains(TOP + "transport", TOP + "energy");
        assertThat(TOPICS.classify("")).isEmpty();
        assertThat(TOPICS.classify("营造良好氛围。")).isEmpty();
    }

    /** Paragraphs of the bundled corpus, found by their lead sentence. */
    @Test
    void corpusParagraphsGetTheirTopics() throws java.io.IOException {
        String water = paragraph("/corpus/002_5bef974e23b454d0.txt", "推进水资源优化配置。");
        assertThat(TOPICS.classify(water)).first().isEqualTo(TOP + "water");
        String grassland = paragraph("/corpus/003_7ef778b540c36882.txt", "全区禁牧休牧草畜平衡面积");
        assertThat(TOPICS.classify(grassland)).contains(TOP + "grassland");
    }

    private static String paragraph(String resource, String marker) throws java.io.IOException {
        try (var in = TopicClassifierTest.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return text.lines().filter(l -> l.contains(marker)).findFirst().orElseThrow();
        }
    }

    @Test
    void tiesAreOrderedByIri() {
        // one keyword each: 森林 (forest) and 湿地 (wetland-lake)
        assertThat(TOPICS.classify("保护森林和湿地")).containsExactly(TOP + "forest", TOP + "wetland-lake");
    }
}
