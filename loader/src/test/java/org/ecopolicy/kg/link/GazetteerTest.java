package org.ecopolicy.kg.link;

import org.ecopolicy.kg.rules.CsvTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.hankcs.hanlp.HanLP;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    private static List<Place> level(String level) {
        return gazetteer.all().stream().filter(p -> level.equals(p.level())).toList();
    }

    /** Divisions of Inner Mongolia: statistical codes starting 15. */
    private static List<Place> innerMongolia(String level) {
        return level(level).stream().filter(p -> p.code() != null && p.code().startsWith("15")).toList();
    }

    @Test
    void holdsAllLeaguesCitiesAndBannerLevelUnits() {
        assertThat(innerMongolia("autonomous-region")).extracting(Place::id).containsExactly("neimenggu");
        assertThat(innerMongolia("league-city")).hasSize(12).extracting(Place::nameZh)
                .contains("呼和浩特市", "鄂尔多斯市", "兴安盟", "锡林郭勒盟", "阿拉善盟");
        assertThat(innerMongolia("league-city")).allMatch(p -> "neimenggu".equals(p.parentId()));
        assertThat(innerMongolia("banner-county")).hasSize(103);
        Map<String, Long> perCity = innerMongolia("banner-county").stream()
                .collect(Collectors.groupingBy(p -> gazetteer.byId(p.parentId()).orElseThrow().nameZh(),
                        Collectors.counting()));
        assertThat(perCity).containsEntry("鄂尔多斯市", 9L).containsEntry("呼伦贝尔市", 14L)
                .containsEntry("乌兰察布市", 11L).containsEntry("赤峰市", 12L).containsEntry("乌海市", 3L)
                .containsEntry("阿拉善盟", 3L);
    }

    @Test
    void holdsEveryDivisionOfChinaWithItsStatisticalCode() {
        // 2023 statistical table: 31 province-level units (+ 港澳台, curated), 333 prefecture-level, 2,850 county-level
        assertThat(gazetteer.all().stream().filter(Place::provinceLevel)).hasSize(34);
        assertThat(level("league-city")).hasSize(333);
        assertThat(level("banner-county")).hasSize(2850);
        assertThat(gazetteer.byName("甘南藏族自治州")).map(Place::code).hasValue("623000000000");
        // a curated place keeps its id and gains the code and the standard's short form
        assertThat(gazetteer.byId("wuchuanxian")).map(Place::code).hasValue("150125000000");
        assertThat(gazetteer.byName("武川")).map(Place::id).hasValue("wuchuanxian");
        assertThat(gazetteer.byName("甘南州")).map(Place::id).hasValue("cn-623000");
        assertThat(gazetteer.byName("内蒙")).map(Place::id).hasValue("neimenggu");
        // a county of a province-administered group belongs to the province (济源市 under 河南省)
        assertThat(gazetteer.byName("济源市")).map(Place::parentId).hasValue("cn-410000");
        for (Place p : gazetteer.all()) {
            if (p.code() != null && !p.provinceLevel() && !"township".equals(p.level())) {
                assertThat(gazetteer.ancestors(p.id())).as(p.nameZh()).anyMatch(Place::provinceLevel);
            }
        }
    }

    @Test
    void everyBannerLiesWithinInnerMongolia() {
        for (Place banner : innerMongolia("banner-county")) {
            assertThat(gazetteer.closure(banner.id())).as(banner.nameZh()).contains("neimenggu", banner.parentId());
        }
    }

    @Test
    void nationalGeographyHasMembersContainmentAndBasins() {
        assertThat(gazetteer.members("jingjinji")).containsExactly("cn-110000", "cn-120000", "cn-130000");
        // members written with the generated id resolve to the curated place
        assertThat(gazetteer.members("hubaoewu")).containsExactly("huhehaoteshi", "baotoushi", "eerduosishi", "wulanchabushi");
        assertThat(gazetteer.byName("长三角")).map(Place::id).hasValue("changsanjiao");
        assertThat(gazetteer.closure("weihe")).contains("huanghe-liuyu");
        assertThat(gazetteer.closure("dongtinghu")).contains("cn-430000", "changjiang-liuyu");
        // a Yellow River city and its counties lie in the basin (division-basins.csv)
        assertThat(gazetteer.closure(gazetteer.byName("西宁市").orElseThrow().id())).contains("cn-630000", "huanghe-liuyu");
        assertThat(gazetteer.closure(gazetteer.byName("永登县").orElseThrow().id())).contains("cn-620100", "huanghe-liuyu");
        assertThat(gazetteer.closure(gazetteer.byName("武汉市").orElseThrow().id())).contains("changjiang-liuyu")
                .doesNotContain("huanghe-liuyu");
        assertThat(gazetteer.closure("huangtuqiuling")).contains("huangtugaoyuan", "huanghe-liuyu");
    }

    @Test
    void aSharedNameIsAmbiguousUntilAPlaceOrJurisdictionResolvesIt() {
        List<Place> xincheng = gazetteer.candidates("新城区");
        assertThat(xincheng).extracting(Place::id).contains("xinchengqu", "cn-610102");
        assertThat(gazetteer.byName("新城区")).isEmpty();
        assertThat(gazetteer.within(xincheng, "huhehaoteshi", false)).extracting(Place::id).isEqualTo("xinchengqu");
        assertThat(gazetteer.within(xincheng, "cn-610100", false)).extracting(Place::id).isEqualTo("cn-610102");
        // a banner's document reaches its city, then its region
        assertThat(gazetteer.within(xincheng, "etuokeqi", true)).extracting(Place::id).isEqualTo("xinchengqu");
        assertThat(gazetteer.within(xincheng, "cn-130000", true)).isNull();
        // 浑河 of 呼和浩特 and of 辽宁
        assertThat(gazetteer.candidates("浑河")).extracting(Place::id).containsExactlyInAnyOrder("hunhe", "hunhe-ln");
    }

    @Test
    void closureFollowsContainmentAndBasins() {
        assertThat(gazetteer.closure("etuokeqi")).contains("eerduosishi", "neimenggu", "huanghe-liuyu")
                .doesNotContain("etuokeqi", "xiliaohe-liuyu");
        assertThat(gazetteer.closure("daheihe")).contains("huanghe-liuyu", "neimenggu");
        assertThat(gazetteer.closure("wuliangsuhai")).contains("wulateqianqi", "bayannaoershi", "huanghe-liuyu");
        assertThat(gazetteer.closure("xiliaohe-liuyu")).containsExactly("liaohe-liuyu");
        // a township inherits its banner's basin
        assertThat(gazetteer.closure("qipanjingzhen")).contains("etuokeqi", "huanghe-liuyu");
        assertThat(gazetteer.closure("horqin-nothing")).isEmpty();
    }

    @Test
    void findsPlacesByNameAndAlias() {
        assertThat(gazetteer.byName("鄂托克旗")).map(Place::id).hasValue("etuokeqi");
        assertThat(gazetteer.byName("鄂托克")).map(Place::id).hasValue("etuokeqi");
        assertThat(gazetteer.byName("锡盟")).map(Place::id).hasValue("xilinguolemeng");
        assertThat(gazetteer.byName("呼市")).map(Place::id).hasValue("huhehaoteshi");
        assertThat(gazetteer.byName("十大孔兑")).map(Place::type).hasValue("EcologicalZone");
        assertThat(gazetteer.members("yihulianghai")).containsExactly("hulunhu", "wuliangsuhai", "daihai");
        assertThat(gazetteer.surfaceForms()).contains("乌梁素海", "毛乌素沙地", "黄河“几字弯”")
                .doesNotContain("全区", "自治区");
        // an alias never shadows another place's name
        for (Place p : gazetteer.all()) {
            assertThat(gazetteer.candidates(p.nameZh())).as(p.nameZh()).contains(p);
        }
    }

    @Test
    void pinyinAgreesWithHanlpOutsidePolyphonicCorrections() {
        int agree = 0;
        // curated places carry pinyin; the national table's divisions do not
        List<Place> withPinyin = gazetteer.all().stream().filter(p -> !p.pinyin().isEmpty()).toList();
        assertThat(withPinyin).hasSizeGreaterThan(200);
        for (Place p : withPinyin) {
            String han = p.nameZh().replaceAll("[“”]", "");
            String hanlp = HanLP.convertToPinyinString(han, " ", false);
            assertThat(p.pinyin().split(" ")).as(p.nameZh()).hasSize(han.length());
            if (hanlp.equals(p.pinyin())) {
                agree++;
            }
        }
        assertThat((double) agree / withPinyin.size()).isGreaterThan(0.95);
        // hand-corrected readings where HanLP picks the wrong one of a polyphonic character
        assertThat(gazetteer.byId("shangduxian")).map(Place::pinyin).hasValue("shang du xian");
        assertThat(gazetteer.byId("kangbashiqu")).map(Place::pinyin).hasValue("kang ba shi qu");
        assertThat(gazetteer.byId("etuokeqi")).map(Place::pinyin).hasValue("e tuo ke qi");
        assertThat(gazetteer.byId("etuokeqi")).map(Place::nameEn).hasValue("Otog Banner");
    }

    @Test
    void badRowFailsWithItsLineNumber() {
        String csv = "id,name_zh,name_en,pinyin,type,level,parent_id,basin_ids,aliases\n"
                + "neimenggu,内蒙古自治区,Inner Mongolia,nei meng gu,AdministrativeRegion,autonomous-region,,,\n"
                + "x,某旗,X,mou qi,AdministrativeRegion,banner-county,nowhere,,\n";
        assertThatThrownBy(() -> Gazetteer.fromRows("test.csv",
                CsvTable.parse("test.csv", new StringReader(csv), "id")))
                .hasMessageContaining("test.csv line 3").hasMessageContaining("nowhere");
        String ragged = "id,name_zh,name_en\nneimenggu,内蒙古自治区\n";
        assertThatThrownBy(() -> CsvTable.parse("ragged.csv", new StringReader(ragged)))
                .hasMessageContaining("ragged.csv line 2");
    }
}
