package org.ecopolicy.kg.link;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Reduces a written label to a comparison key, so that wording matches regardless of width,
 * punctuation and spacing: "细颗粒物（PM2.5）平均浓度" and "细颗粒物(PM_{2.5})平均浓度" share one key.
 */
public final class LabelKey {

    private LabelKey() {
    }

    /**
     * NFKC (folds full-width forms, Roman numerals Ⅲ → III, sub/superscripts ₂ → 2), lower case,
     * then keeps letters and digits only. The particle 的 is dropped too: documents insert it freely
     * ("城镇生活污水的收集率").
     */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(Character::isLetterOrDigit)
                .filter(cp -> cp != '的')
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    /** NFKC and lower case only, for matching keywords inside running text. */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
