package org.ecopolicy.kg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.ecopolicy.kg.link.DepartmentDirectory;
import org.ecopolicy.kg.link.Gazetteer;
import org.ecopolicy.kg.model.AdminLevel;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.PlaceMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlaceExtractorTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlaceExtractorTest.class);

    static Gazetteer gazetteer;
    static PlaceExtractor extractor;

    @BeforeAll
    static void setUp() {
        gazetteer = Gazetteer.load();
        extractor = new PlaceExtractor(gazetteer, DepartmentDirectory.load(gazetteer));
    }

    @Test
    void regionsOf004MatchTheGold() {
        Document doc = LinkingFixtures.doc004();
        List<PlaceMention> mentions = extractor.extract(doc);
        LinkingFixtures.Score score = new LinkingFixtures.Score();
        for (LinkingFixtures.GoldMeasure m : LinkingFixtures.goldMeasures(doc)) {
            List<String> predicted = new ArrayList<>(new LinkedHashSet<>(mentions.stream()
                    .filter(p -> m.contains(p.evidence().start(), p.evidence().end())).map(PlaceMention::surface)
                    .toList()));
            score.add(m.regions(), predicted);
            if (!m.regions().equals(predicted)) {
                LOG.info("{}", "regions " + m.title() + ": gold=" + m.regions() + " predicted=" + predicted);
            }
        }
        LOG.info("{}", "004 regions: " + score);
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void linksWrittenFormsToTheGazetteer() {
        List<PlaceMention> mentions = extractor.extract(LinkingFixtures.doc004());
        assertThat(mentions).filteredOn(p -> p.surface().equals("黄河干流")).isNotEmpty()
                .allMatch(p -> "huanghe".equals(p.placeId()));
        assertThat(mentions).filteredOn(p -> p.surface().equals("毛乌素沙地"))
                .allMatch(p -> "maowusushadi".equals(p.placeId()));
        assertThat(mentions).extracting(PlaceMention::surface)
                .doesNotContain("全区", "全旗", "自治区", "鄂托克旗生态环境分局", "城市")
                // inside 鄂托克经济开发区管委会 and the 《…》 title: not mentions
                .noneMatch(s -> s.equals("鄂托克"));
        for (PlaceMention p : mentions) {
            assertThat(LinkingFixtures.doc004().text().original()
                    .substring(p.evidence().start(), p.evidence().end())).isEqualTo(p.surface());
        }
    }

    @Test
    void lakesStayWholeInRegionalDocuments() {
        for (String stem : List.of("000", "001")) {
            Document doc = LinkingFixtures.document(stem, "内蒙古自治区", AdminLevel.AUTONOMOUS_REGION);
            List<PlaceMention> mentions = extractor.extract(doc);
            assertThat(mentions).filteredOn(p -> p.surface().startsWith("乌梁素海")).isNotEmpty()
                    .allMatch(p -> "wuliangsuhai".equals(p.placeId()));
            assertThat(mentions).filteredOn(p -> p.surface().startsWith("岱海")).isNotEmpty()
                    .allMatch(p -> "daihai".equals(p.placeId()));
            assertThat(mentions).extracting(PlaceMention::surface).doesNotContain("全区", "乌梁素", "岱");
            LOG.info("{}", stem + " places: " + mentions.stream()
                    .map(p -> p.surface() + (p.linked() ? "" : "?")).distinct().toList());
        }
    }

    @Test
    void unlinkedPlacesCutOutOfLongerWordsAreDropped() {
        assertThat(unlinked("002")).doesNotContain("宜城市", "水净河", "河查河").contains("山西省", "北京");
        assertThat(unlinked("001")).doesNotContain("东台").contains("科尔沁", "塔克拉玛干沙漠");
        assertThat(unlinked("003")).doesNotContain("贫旗县").contains("蒙古国", "俄罗斯", "深圳市");
    }

    private static List<String> unlinked(String stem) {
        return extractor.extract(LinkingFixtures.document(stem, null, null)).stream()
                .filter(p -> !p.linked()).map(PlaceMention::surface).distinct().toList();
    }
}
