package org.ecopolicy.kg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.ecopolicy.kg.link.DepartmentDirectory;
import org.ecopolicy.kg.link.Gazetteer;
import org.ecopolicy.kg.model.AdminLevel;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.DocumentMetadata;
import org.ecopolicy.kg.model.PlaceMention;
import org.ecopolicy.kg.model.SourceText;
import org.ecopolicy.kg.read.TextNormalizer;
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
        assertThat(unlinked("002")).doesNotContain("宜城市", "水净河", "河查河", "山西省", "北京");
        // provinces are in the national gazetteer now
        assertThat(extractor.extract(LinkingFixtures.document("002", null, null)))
                .filteredOn(p -> p.surface().equals("山西省") || p.surface().equals("北京")).isNotEmpty()
                .allMatch(p -> List.of("cn-140000", "cn-110000").contains(p.placeId()));
        assertThat(unlinked("001")).doesNotContain("东台", "塔克拉玛干沙漠").contains("科尔沁");
        assertThat(unlinked("003")).doesNotContain("贫旗县", "深圳市").contains("蒙古国", "俄罗斯");
    }

    /** Surface -> place id (or "?" and the candidates) of every mention in a made-up text. */
    private static Document doc(String jurisdiction, String... lines) {
        String text = String.join("\n", lines);
        DocumentMetadata meta = new DocumentMetadata(null, null, null, null, jurisdiction, null, null, null);
        return new Document("t", new SourceText("t.txt", text, TextNormalizer.normalize(text), "UTF-8"), meta);
    }

    private static List<String> links(String jurisdiction, String... lines) {
        return extractor.extract(doc(jurisdiction, lines)).stream()
                .map(p -> p.surface() + "=" + (p.linked() ? p.placeId() : "?" + p.candidates())).toList();
    }

    @Test
    void placesOfAnyProvinceLinkWithTheirContainment() {
        assertThat(links("西宁市", "一、加强湟水河流域治理。推进西宁市、海东市湟水河沿岸整治，保护青海湖和祁连山。"))
                .contains("西宁市=cn-630100", "海东市=cn-630200", "湟水河=huangshui", "青海湖=qinghaihu", "祁连山=qilianshan");
        assertThat(links(null, "推动京津冀、长三角、粤港澳大湾区和成渝地区双城经济圈协同，支持呼包鄂乌一体化和兰西城市群建设。"))
                .contains("京津冀=jingjinji", "长三角=changsanjiao", "粤港澳大湾区=yuegangaodawanqu",
                        "成渝地区双城经济圈=chengyu", "呼包鄂乌=hubaoewu", "兰西城市群=lanxichengshiqun");
    }

    @Test
    void aSharedCountyNameFollowsTheTextOrTheJurisdictionOrStaysAmbiguous() {
        // written right after its city
        assertThat(links(null, "支持西安市新城区、呼和浩特市新城区老旧小区改造。"))
                .contains("新城区=cn-610102", "新城区=xinchengqu");
        // the document's jurisdiction resolves it, also from a banner up to its region
        assertThat(links("西安市", "新城区要加快老旧小区改造。")).containsExactly("新城区=cn-610102");
        assertThat(links("鄂托克旗", "新城区要加快老旧小区改造。")).containsExactly("新城区=xinchengqu");
        // nothing resolves it: unlinked, with its candidates, never a guess
        assertThat(links(null, "新城区要加快老旧小区改造。")).singleElement().asString()
                .startsWith("新城区=?").contains("xinchengqu", "cn-610102");
    }

    @Test
    void shortFormsOnlyWhereTheyStandAsPlaces() {
        assertThat(links("呼和浩特市", "推进武川、清水河等地水土流失治理。")).contains("武川=wuchuanxian");
        // inside words and phrases they are no places: 创新和 (新和县), 长治久清 (长治市), 和政策 (和政县), 市和县
        assertThat(links(null, "推动科技创新和成果转化，实现长治久清，完善相关政策和政策体系，建立省市和县三级联动机制。"))
                .isEmpty();
        // two-character county names after another place or a non-Han character
        assertThat(links(null, "马鞍山市和县")).containsExactly("马鞍山市=cn-340500", "和县=cn-340523");
    }

    @Test
    void placesInsideSlogansProgrammesAndOrganisationsAreNoMentions() {
        assertThat(links("内蒙古自治区", "全面推进美丽内蒙古建设，支持美丽呼伦贝尔建设。实施京津风沙源治理工程。内蒙古森工集团负责。"))
                .isEmpty();
        // a park named after a place is the park, not the place
        assertThat(links("鄂尔多斯市", "支持鄂托克经济开发区和包头稀土高新区建设。"))
                .containsExactly("鄂托克经济开发区=?[]", "包头稀土高新区=?[]");
        assertThat(extractor.extract(doc("鄂尔多斯市", "支持鄂托克经济开发区建设。"))).singleElement()
                .extracting(PlaceMention::withinId).isEqualTo("etuokeqi");
    }

    /** Surface, and the place an unlinked feature lies within, of every mention in a made-up text. */
    private static List<String> features(String jurisdiction, String... lines) {
        return extractor.extract(doc(jurisdiction, lines)).stream()
                .map(p -> p.surface() + (p.linked() ? "" : "@" + p.withinId())).toList();
    }

    @Test
    void localLakesReservoirsAndParksAreRecognisedByShape() {
        // a lake or reservoir written after its county: two mentions, the feature within the county
        assertThat(features("山西省", "在宁武马营海、太谷郭堡水库、临汾滨河公园建设重要湿地。"))
                .contains("宁武", "马营海@cn-140925", "临汾", "滨河公园@cn-141000")
                .doesNotContain("谷郭堡水库", "滨河");
        // features the gazetteer lacks, standing alone; a park with its rank is one mention
        assertThat(features("咸宁市", "在斧头湖适当水域种植水生植物，完成东湖围堤加固，建设淦河入湖口生态湿地和北洪港河上游生态河道。",
                "对正在建立的淤泥湖省级湿地公园、人工湿地，进一步强化管理。"))
                .contains("斧头湖@null", "东湖@null", "淦河@null", "北洪港河@null", "淤泥湖省级湿地公园@null")
                .doesNotContain("湖口", "入湖", "人工湿地");
        // slogans, clauses and border rivers are no features
        assertThat(features("呼和浩特市", "统筹山水林田湖草沙系统治理，构建“一河、两山、三区”格局，打造沙漠看海景观，科学界定自然保护区范围。"))
                .noneMatch(s -> s.startsWith("林田湖") || s.startsWith("一河") || s.startsWith("沙漠看海") || s.startsWith("科学界定"));
        // a park named after a river is the park
        assertThat(features("太原市", "建设太原市汾河公园。")).contains("太原市", "汾河公园@cn-140100").doesNotContain("汾河");
    }

    @Test
    void townshipsCountOnlyUnderAJurisdictionThatHoldsThem() {
        // 官埠桥镇 is a town of 咸安区 (湖北) and of 安徽: the 咸宁 document's jurisdiction makes it one place
        assertThat(features("咸宁市", "实施咸安区官埠桥镇大洲湖退垸还湖生态修复工程。"))
                .contains("咸安区", "官埠桥镇@cn-421202", "大洲湖@cn-421202");
        assertThat(features("咸宁市", "官埠桥镇人民政府负责。")).isEmpty();
        assertThat(features(null, "实施官埠桥镇大洲湖退垸还湖生态修复工程。")).doesNotContain("官埠桥镇@cn-421202");
    }

    @Test
    void shortFormsStayInTheJurisdictionsProvinceAndVerbsAreNoRivers() {
        // 湖口 (湖口县, 江西) inside 入湖口 of a Hubei document; 巡河 is patrolling a river
        assertThat(features("咸宁市", "对淦河入湖口河道实施疏浚。")).doesNotContain("湖口");
        assertThat(features("庆阳市", "各级河湖长担责于肩，履职巡河31万余次，联合巡河、共同研判。"))
                .noneMatch(s -> s.contains("巡河"));
        // a county's urban area is the county
        assertThat(features("呼和浩特市", "武川城区生活污水集中收集率达95%以上。")).contains("武川");
        // a place inside a quoted name is part of the name
        assertThat(features("云南省", "践行“昆明—蒙特利尔全球生物多样性框架”，保护滇池。")).containsExactly("滇池");
        // a plan named after the place is no mention of it
        assertThat(features("公安县", "将湿地保护工作纳入公安县国民经济和社会发展规划。")).isEmpty();
    }

    private static List<String> unlinked(String stem) {
        return extractor.extract(LinkingFixtures.document(stem, null, null)).stream()
                .filter(p -> !p.linked()).map(PlaceMention::surface).distinct().toList();
    }
}
