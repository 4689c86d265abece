package org.ecopolicy.kg.read;

import java.text.Normalizer;

/**
 * Character-for-character normalisation that keeps every offset: full-width ASCII forms and the
 * ideographic space fold to ASCII, and any other character is replaced by its NFKC form when that
 * form is a single char. Surrogate pairs stay as they are, so the result has the same length as
 * the input and offsets found in it slice the original text.
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
        return new String(out);
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
