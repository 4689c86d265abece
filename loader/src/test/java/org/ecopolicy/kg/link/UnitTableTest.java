package org.ecopolicy.kg.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class UnitTableTest {

    private static final UnitTable UNITS = UnitTable.load();
    private static final String QUDT = "http://qudt.org/vocab/unit/";
    private static final String ECO = "https://w3id.org/ecokg/ontology#unit-";

    @Test
    void mapsCommonWrittenUnits() {
        assertThat(UNITS.lookup("%")).get().isEqualTo(new Unit("%", "PERCENT", QUDT + "PERCENT", "percent"));
        assertThat(UNITS.lookup("微克/立方米")).get().extracting(Unit::code, Unit::iri)
                .containsExactly("MicroGM-PER-M3", QUDT + "MicroGM-PER-M3");
        assertThat(UNITS.lookup("万亩")).get().extracting(Unit::iri).isEqualTo(ECO + "1E4-MU");
        assertThat(UNITS.lookup("亿立方米")).get().extracting(Unit::code).isEqualTo("1E8-M3");
        assertThat(UNITS.lookup("个百分点")).get().extracting(Unit::code).isEqualTo("PERCENTAGE-POINT");
        assertThat(UNITS.lookup("平方公里")).get().extracting(Unit::iri).isEqualTo(QUDT + "KiloM2");
        assertThat(UNITS.lookup("等级")).get().extracting(Unit::code).isEqualTo("GRADE");
        assertThat(UNITS.lookup("天")).get().extracting(Unit::iri).isEqualTo(QUDT + "DAY");
    }

    @Test
    void foldsWidthSuperscriptsAndMicroSign() {
        assertThat(UNITS.lookup("％")).get().extracting(Unit::code).isEqualTo("PERCENT");
        assertThat(UNITS.lookup("\u00b5g/m\u00b3")).get().extracting(Unit::code).isEqualTo("MicroGM-PER-M3");
        assertThat(UNITS.lookup(" 万吨标准煤 ")).get().extracting(Unit::code).isEqualTo("1E4-TCE");
        assertThat(UNITS.lookup("mg/l")).get().extracting(Unit::code).isEqualTo("MilliGM-PER-L");
        assertThat(UNITS.lookup("parsec")).isEmpty();
    }

    @Test
    void writtenFormsComeLongestFirst() {
        assertThat(UNITS.writtenForms().indexOf("万吨标准煤")).isLessThan(UNITS.writtenForms().indexOf("万吨"));
        assertThat(UNITS.writtenForms()).doesNotContain("年", "日");
    }

    @Test
    void kindsSteerTargetExtraction() {
        assertThat(UNITS.lookup("个百分点")).get().extracting(Unit::kind).isEqualTo("change");
        assertThat(UNITS.lookup("座")).get().extracting(Unit::kind).isEqualTo("count");
        assertThat(UNITS.lookup("‰")).get().extracting(Unit::kind).isEqualTo("percent");
        assertThat(UNITS.lookup("万亩")).get().extracting(Unit::kind).isEqualTo("measure");
        String csv = "written,code,iri,label_en,kind\n亩,MU,https://w3id.org/ecokg/ontology#unit-MU,mu,area\n";
        assertThatThrownBy(() -> UnitTable.read(new StringReader(csv), "kinds.csv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kinds.csv line 2");
    }

    @Test
    void malformedRowNamesFileAndLine() {
        String csv = "written,code,iri,label_en,kind\n%,PERCENT,http://qudt.org/vocab/unit/PERCENT,percent,percent\n万亩,,,,measure\n";
        assertThatThrownBy(() -> UnitTable.read(new StringReader(csv), "bad.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.csv line 3");
    }
}
