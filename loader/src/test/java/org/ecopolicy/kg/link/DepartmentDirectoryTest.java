package org.ecopolicy.kg.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DepartmentDirectoryTest {

    static final Gazetteer GAZETTEER = Gazetteer.load();
    DepartmentDirectory directory;

    @BeforeEach
    void load() {
        directory = DepartmentDirectory.load(GAZETTEER);
    }

    private Organisation resolve(String surface, String place) {
        return directory.resolve(surface, place).orElseThrow();
    }

    @Test
    void bannerPrefixNamesTheBannerGovernmentsDepartment() {
        Organisation forestry = resolve("旗林草局", "etuokeqi");
        assertThat(forestry.nameZh()).isEqualTo("鄂托克旗林业和草原局");
        assertThat(forestry.id()).isEqualTo("etuokeqi-lincao");
        assertThat(forestry.parentId()).isEqualTo("etuokeqi-gov");
        assertThat(resolve("鄂托克旗林业和草原局", "etuokeqi").id()).isEqualTo(forestry.id());
        assertThat(directory.all()).filteredOn(o -> o.id().equals("etuokeqi-lincao")).singleElement()
                .satisfies(o -> assertThat(o.aliases()).contains("旗林草局", "鄂托克旗林业和草原局"));
        assertThat(directory.all()).filteredOn(o -> o.id().equals("etuokeqi-gov")).singleElement()
                .satisfies(o -> assertThat(o.nameZh()).isEqualTo("鄂托克旗人民政府"));
    }

    @Test
    void cityPrefixClimbsToTheCityAndRegionPrefixToTheRegion() {
        assertThat(resolve("市交通运输局", "etuokeqi").nameZh()).isEqualTo("鄂尔多斯市交通运输局");
        assertThat(resolve("自治区生态环境厅", "eerduosishi").nameZh()).isEqualTo("内蒙古自治区生态环境厅");
        assertThat(resolve("区生态环境局", "xinchengqu").nameZh()).isEqualTo("新城区生态环境局");
        assertThat(resolve("盟林草局", "alashanzuoqi").parentId()).isEqualTo("alashanmeng-gov");
        assertThat(directory.all()).extracting(Organisation::nameZh).contains("阿拉善盟行政公署");
        assertThat(resolve("旗市场监督管理局", "etuokeqi").nameZh()).isEqualTo("鄂托克旗市场监督管理局");
    }

    @Test
    void parksPartyOrgansAndUnknownNames() {
        Organisation park = resolve("鄂托克经济开发区管委会", "etuokeqi");
        assertThat(park.nameZh()).isEqualTo("鄂托克经济开发区管理委员会");
        assertThat(park.parentId()).isEqualTo("etuokeqi-gov");
        Organisation organisation = resolve("旗委组织部", "etuokeqi");
        assertThat(organisation.nameZh()).isEqualTo("鄂托克旗委组织部");
        assertThat(organisation.parentId()).isEqualTo("etuokeqi-party");
        Organisation unknown = resolve("西保局", "etuokeqi");
        assertThat(unknown.nameZh()).isEqualTo("西保局");
        assertThat(unknown.id()).isEqualTo("etuokeqi-xibaoju");
        assertThat(unknown.parentId()).isEqualTo("etuokeqi-gov");
        assertThat(resolve("各苏木镇", "etuokeqi").nameZh()).isEqualTo("鄂托克旗各苏木镇人民政府");
        assertThat(resolve("生态环境局", null).id()).isEqualTo("org-shengtaihuanjingju");
        assertThat(directory.resolve(" ", "etuokeqi")).isEmpty();
    }

    @Test
    void aPlaceNameOfAnyProvinceOpensADepartmentAndASharedOneFollowsTheJurisdiction() {
        assertThat(resolve("西宁市生态环境局", "cn-630100").parentId()).isEqualTo("cn-630100-gov");
        // 新城区 of 呼和浩特 and of 西安: the document's jurisdiction decides
        assertThat(resolve("新城区生态环境局", "huhehaoteshi").parentId()).isEqualTo("xinchengqu-gov");
        assertThat(resolve("新城区生态环境局", "cn-610100").parentId()).isEqualTo("cn-610102-gov");
        // a bare short form is no place prefix: 公安局 is not 公安县's bureau
        assertThat(resolve("公安局", "etuokeqi").parentId()).isEqualTo("etuokeqi-gov");
    }
}
