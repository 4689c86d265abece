package org.ecopolicy.kg.read;

import com.hankcs.hanlp.HanLP;
import java.text.Normalizer;

/**
 * Character-for-character normalisation that keeps every offset: full-width ASCII forms and the
 * ideographic space fold to ASCII, and any other character is replaced by its NFKC form when that
 * form is a single char. Surrogate pairs stay as they are, so the result has the same length as
 * the input and offsets found in it slice the original text.
 *
 * <p>Traditional script is converted to simplified (HanLP's dictionary conversion), so rules
 * written for simplified text read 鄂政發 and 工作目標 too, while quotes still come from the
 * original. HanLP converts some phrases to phrases of another length; such a line is converted
 * character by character instead, each character kept when its conversion is not one char.
 */
public final class TextNormalizer {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_SHIFT = 0xFEE0;
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            out[i] = normalize(text.charAt(i));
        }
        return toSimplified(new String(out));
    }

    /** The simplified form of {@code text}, of the same length. */
    static String toSimplified(String text) {
        String whole = HanLP.convertToSimplifiedChinese(text);
        if (whole.length() == text.length()) {
            return whole;
        }
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            String line = text.substring(start, end);
            String converted = HanLP.convertToSimplifiedChinese(line);
            out.append(converted.length() == line.length() ? converted : charByChar(line));
            start = end;
        }
        return out.toString();
    }

    private static String charByChar(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            String s = Character.isSurrogate(c) ? "" : HanLP.convertToSimplifiedChinese(String.valueOf(c));
            out.append(s.length() == 1 ? s.charAt(0) : c);
        }
        return out.toString();
    }

    /** The normalised form of one char; surrogates are returned unchanged. */
    public static char normalize(char c) {
        if (c < 0x80 || Character.isSurrogate(c)) {
            return c;
        }
        if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
            return (char) (c - FULL_WIDTH_SHIFT);
        }
        if (c == IDEOGRAPHIC_SPACE) {
            return ' ';
        }
        String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        return nfkc.length() == 1 ? nfkc.charAt(0) : c;
    }
}
