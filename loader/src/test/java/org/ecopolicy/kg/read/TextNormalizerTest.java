package org.ecopolicy.kg.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void foldsFullWidthFormsAndIdeographicSpace() {
        assertThat(TextNormalizer.normalize("（１）")).isEqualTo("(1)");
        assertThat(TextNormalizer.normalize("\u3000\u3000（一）指导思想。")).isEqualTo("  (一)指导思想。");
        assertThat(TextNormalizer.normalize("牵头部门：旗林草局；ＰＭ２．５")).isEqualTo("牵头部门:旗林草局;PM2.5");
    }

    @Test
    void appliesSingleCharNfkcButKeepsExpansionsAndChinesePunctuation() {
        assertThat(TextNormalizer.normalize("O₃")).isEqualTo("O3");
        assertThat(TextNormalizer.normalize("…")).isEqualTo("…"); // NFKC gives "...", three chars
        assertThat(TextNormalizer.normalize("。、“”—")).isEqualTo("。、“”—");
    }

    @Test
    void keepsSurrogatePairsIntact() {
        String text = "𠀀草原𡘙";
        assertThat(TextNormalizer.normalize(text)).isEqualTo(text);
    }

    @Test
    void keepsTheLengthOfEveryCorpusDocument() throws Exception {
        for (String stem : new String[] {"000", "001", "002", "003", "004"}) {
            String text = Files.readString(TestCorpus.file(stem));
            String normalized = TextNormalizer.normalize(text);
            assertThat(normalized).hasSameSizeAs(text);
            assertThat(normalized).doesNotContain("（", "）", "：", "\u3000");
        }
    }

    @Test
    void traditionalScriptReadsAsSimplifiedWithTheSameOffsets() {
        String text = "二、工作目標\n總體目標:到2017年,全省城市環境空氣品質總體得到改善。(省生態環境廳牽頭)";
        String norm = TextNormalizer.normalize(text);
        assertThat(norm).hasSameSizeAs(text);
        assertThat(norm).isEqualTo("二、工作目标\n总体目标:到2017年,全省城市环境空气品质总体得到改善。(省生态环境厅牵头)");
        assertThat(TextNormalizer.normalize("内蒙古自治区于2025年")).isEqualTo("内蒙古自治区于2025年");
    }
}
