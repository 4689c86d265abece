package org.ecopolicy.kg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.ecopolicy.kg.link.Unit;
import org.ecopolicy.kg.link.UnitTable;
import org.ecopolicy.kg.model.Target;
import org.junit.jupiter.api.Test;

/** Targets carry the unit code of the one unit table the graph links units with. */
class TargetUnitCodeTest {

    private static final UnitTable UNITS = UnitTable.load();

    @Test
    void everyCorpusTargetUnitCodeIsTheLinkedUnitsCode() {
        TargetExtractor extractor = new TargetExtractor();
        int withUnit = 0;
        for (String stem : List.of("000", "001", "002", "003", "004")) {
            for (Target t : extractor.extract(CorpusFixture.corpus(stem))) {
                if (t.unit() == null) {
                    assertThat(t.unitCode()).isNull();
                    continue;
                }
                withUnit++;
                assertThat(UNITS.lookup(t.unit())).as(t.unit()).get().extracting(Unit::code).isEqualTo(t.unitCode());
            }
        }
        assertThat(withUnit).isGreaterThan(60);
    }

    @Test
    void unitsWrittenInWordsAreRecognised() {
        QuantityParser parser = new QuantityParser(TargetRules.defaults());
        String text = "年均浓度控制在29微克每立方米以下，新增8万户，回收率达到5‰";
        List<Quantity> found = parser.find(text, 0, text.length());
        assertThat(found).extracting(Quantity::unitCode).containsExactly("MicroGM-PER-M3", "1E4-NUM", "PPTH");
        assertThat(found.get(0).bound()).isEqualTo("以下");
    }
}
