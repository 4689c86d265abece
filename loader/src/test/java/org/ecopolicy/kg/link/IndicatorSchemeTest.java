package org.ecopolicy.kg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class IndicatorSchemeTest {

    private static final IndicatorScheme SCHEME = IndicatorScheme.load();
    private static final String IND = "https://w3id.org/ecokg/ontology/indicator/";
    private static final String PERCENT = "http://qudt.org/vocab/unit/PERCENT";

    private static String iriOf(String text) {
        return SCHEME.match(text).map(Indicator::iri).orElse(null);
    }

    @Test
    void loadsAllConceptsWithBothLabels() {
        List<Indicator> all = SCHEME.all();
        assertThat(all).hasSizeBetween(40, 100);
        assertThat(all).allSatisfy(i -> {
            assertThat(i.iri()).startsWith(IND);
            assertThat(i.labelZh()).isNotBlank();
            assertThat(i.labelEn()).isNotBlank();
        });
        assertThat(SCHEME.byIri(IND + "pm25-concentration")).get()
                .extracting(Indicator::unitIri).isEqualTo("http://qudt.org/vocab/unit/MicroGM-PER-M3");
    }

    @Test
    void grasslandCoverWordingsShareOneConcept() {
        Optional<Indicator> cover = SCHEME.match("草原综合植被盖度");
        assertThat(cover).get().extracting(Indicator::iri).isEqualTo(IND + "grassland-vegetation-cover");
        assertThat(cover.get().labelZh()).isEqualTo("草原综合植被盖度");
        assertThat(cover.get().unitIri()).isEqualTo(PERCENT);
        assertThat(iriOf("草原综合植被覆盖度")).isEqualTo(IND + "grassland-vegetation-cover");
        assertThat(iriOf("草原植被综合盖度")).isEqualTo(IND + "grassland-vegetation-cover");
    }

    @Test
    void forestCoverageAndPm25() {
        Indicator forest = SCHEME.match("森林覆盖率").orElseThrow();
        assertThat(forest.iri()).isEqualTo(IND + "forest-coverage");
        assertThat(forest.labelEn()).isEqualTo("forest coverage rate");
        assertThat(iriOf("细颗粒物（PM2.5）平均浓度")).isEqualTo(IND + "pm25-concentration");
        assertThat(iriOf("细颗粒物(PM_{2.5})年均浓度")).isEqualTo(IND + "pm25-concentration");
        assertThat(iriOf("细颗粒物平均浓度")).isEqualTo(IND + "pm25-concentration");
    }

    /** Scope words and qualifiers around the indicator; the longest contained label decides. */
    @Test
    void longestContainedLabelWins() {
        assertThat(iriOf("全旗森林覆盖率")).isEqualTo(IND + "forest-coverage");
        assertThat(iriOf("新增汽车（不含货车）中新能源汽车占比")).isEqualTo(IND + "new-energy-vehicle-share");
        assertThat(iriOf("城镇生活污水的收集率")).isEqualTo(IND + "urban-sewage-collection-rate");
        assertThat(iriOf("生活污水的处理率")).isEqualTo(IND + "urban-sewage-treatment-rate");
        assertThat(iriOf("农村牧区生活污水治理率")).isEqualTo(IND + "rural-sewage-treatment-rate");
        assertThat(iriOf("劣V类水体比例下降幅度")).isEqualTo(IND + "surface-water-worse-than-v-ratio");
        assertThat(iriOf("地表水水质优良（达到或好于Ⅲ类）比例")).isEqualTo(IND + "surface-water-good-quality-ratio");
        assertThat(iriOf("地表水达到或好于III类水体比例")).isEqualTo(IND + "surface-water-good-quality-ratio");
        assertThat(iriOf("城镇生活垃圾无害化处理率")).isEqualTo(IND + "domestic-waste-harmless-treatment-rate");
        assertThat(iriOf("农村生活垃圾无害化处理村占比")).isEqualTo(IND + "rural-waste-treatment-village-share");
        assertThat(iriOf("一般工业固废综合利用率")).isEqualTo(IND + "industrial-solid-waste-use-rate");
        assertThat(iriOf("单位国内生产总值建设用地使用面积下降率")).isEqualTo(IND + "construction-land-per-gdp-reduction");
        assertThat(iriOf("单位地区生产总值能耗")).isEqualTo(IND + "energy-intensity-reduction");
        assertThat(iriOf("空气质量优良天数比例")).isEqualTo(IND + "good-air-days-ratio");
        assertThat(iriOf("全市空气优良天数")).isEqualTo(IND + "good-air-days");
        assertThat(iriOf("公众对生态文明建设的满意度")).isEqualTo(IND + "public-satisfaction");
        assertThat(iriOf("十大孔兑水土保持率")).isEqualTo(IND + "soil-water-conservation-rate");
    }

    /** Every quantitative indicator of the dev gold links to a concept. */
    @Test
    void everyQuantitativeGoldIndicatorLinks() throws java.io.IOException {
        var format = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<String> unlinked = new java.util.ArrayList<>();
        int quantitative = 0;
        try (var in = getClass().getResourceAsStream("/gold/dev/004.targets.csv");
             var parser = format.parse(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            for (var row : parser) {
                if (row.get("kind").equals("quantitative")) {
                    quantitative++;
                    if (SCHEME.match(row.get("indicator")).isEmpty()) {
                        unlinked.add(row.get("indicator"));
                    }
                }
            }
        }
        assertThat(quantitative).isEqualTo(17);
        assertThat(unlinked).isEmpty();
    }

    @Test
    void unknownOrEmptyTextMatchesNothing() {
        assertThat(SCHEME.match("国土空间开发保护新格局")).isEmpty();
        assertThat(SCHEME.match("（）")).isEmpty();
        assertThat(SCHEME.match(null)).isEmpty();
    }

    /** Two concepts sharing a normalised label would make matching depend on order. */
    @Test
    void noTwoConceptsShareALabelKey() {
        var model = OntologyResources.turtle(IndicatorScheme.RESOURCE);
        Map<String, String> owner = new HashMap<>();
        model.listStatements(null, org.apache.jena.vocabulary.SKOS.altLabel, (org.apache.jena.rdf.model.RDFNode) null)
                .andThen(model.listStatements(null, org.apache.jena.vocabulary.SKOS.prefLabel,
                        (org.apache.jena.rdf.model.RDFNode) null))
                .forEachRemaining(st -> {
                    if (!st.getLanguage().equals("zh")) {
                        return;
                    }
                    String key = LabelKey.of(st.getString());
                    String previous = owner.putIfAbsent(key, st.getSubject().getURI());
                    assertThat(previous == null || previous.equals(st.getSubject().getURI()))
                            .as("label %s of %s also belongs to %s", st.getString(), st.getSubject(), previous).isTrue();
                });
        assertThat(owner).hasSizeGreaterThan(300);
    }
}
