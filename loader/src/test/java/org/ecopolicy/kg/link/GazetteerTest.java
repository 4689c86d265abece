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

    @Test
    void holdsAllLeaguesCitiesAndBannerLevelUnits() {
        assertThat(level("autonomous-region")).extracting(Place::id).containsExactly("neimenggu");
        assertThat(level("league-city")).hasSize(12).extracting(Place::nameZh)
                .contains("呼和浩特市", "鄂尔多斯市", "兴安盟", "锡林郭勒盟", "阿拉善盟");
        assertThat(level("league-city")).allMatch(p -> "neimenggu".equals(p.parentId()));
        assertThat(level("banner-county")).hasSize(103);
        Map<String, Long> perCity = level("banner-county").stream()
                .collect(Collectors.groupingBy(p -> gazetteer.byId(p.parentId()).orElseThrow().nameZh(),
                        Collectors.counting()));
        assertThat(perCity).containsEntry("鄂尔多斯市", 9L).containsEntry("呼伦贝尔市", 14L)
                .containsEntry("乌兰察布市", 11L).containsEntry("赤峰市", 12L).containsEntry("乌海市", 3L)
                .containsEntry("阿拉善盟", 3L);
    }

    @Test
    void everyBannerLiesWithinInnerMongolia() {
        for (Place banner : level("banner-county")) {
            assertThat(gazetteer.closure(banner.id())).as(banner.nameZh()).contains("neimenggu", banner.parentId());
        }
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
            assertThat(gazetteer.byName(p.nameZh())).as(p.nameZh()).map(Place::id).hasValue(p.id());
        }
    }

    @Test
    void pinyinAgreesWithHanlpOutsidePolyphonicCorrections() {
        int agree = 0;
        for (Place p : gazetteer.all()) {
            String han = p.nameZh().replaceAll("[“”]", "");
            String hanlp = HanLP.convertToPinyinString(han, " ", false);
            assertThat(p.pinyin().split(" ")).as(p.nameZh()).hasSize(han.length());
            if (hanlp.equals(p.pinyin())) {
                agree++;
            }
        }
        assertThat((double) agree / gazetteer.all().size()).isGreaterThan(0.95);
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
