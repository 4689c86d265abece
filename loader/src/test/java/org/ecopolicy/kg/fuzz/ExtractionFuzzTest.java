package org.ecopolicy.kg.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;

/**
 * The properties of {@link ExtractionPropertyTest}, driven by Jazzer. A plain {@code mvn test} runs
 * the saved inputs under {@code ExtractionFuzzTestInputs/} (regression mode); coverage-guided
 * fuzzing runs with {@code JAZZER_FUZZ=1 mvn -o test -Dtest=ExtractionFuzzTest} and stops after
 * {@code maxDuration}, saving any crashing input beside the seeds.
 */
class ExtractionFuzzTest {

    @BeforeAll
    static void setUp() {
        ExtractionPropertyTest.setUp();
    }

    @FuzzTest(maxDuration = "120s")
    void readerStructureAndExtractorsKeepTheirContract(FuzzedDataProvider data) {
        Charset charset = data.consumeBoolean() ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        String text;
        if (data.consumeBoolean()) {
            text = data.consumeRemainingAsString();
        } else {
            // A corpus document with a stretch replaced by fuzzed text: keeps the heading grammar in play.
            String base = ExtractionPropertyTest.corpus.get(data.consumeInt(0, ExtractionPropertyTest.corpus.size() - 1));
            int at = data.consumeInt(0, base.length());
            int cut = Math.min(base.length(), at + data.consumeInt(0, 3000));
            String insert = data.consumeRemainingAsString();
            text = base.substring(0, at) + insert + base.substring(cut);
        }
        String failure = ExtractionPropertyTest.check(text, charset);
        assertThat(failure == null || failure.equals(ExtractionPropertyTest.REJECTED)).as(String.valueOf(failure)).isTrue();
    }
}
