package org.ecopolicy.kg.read;

/**
 * Values of the numerals used in headings and dates: Arabic digits, Chinese numerals in counting
 * form (十三, 二十一, 四十三, 一百零二) and digit-by-digit form (二〇二一).
 */
public final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value, or -1 when {@code s} is not a numeral. */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 9 ? -1 : Integer.parseInt(s);
        }
        if (s.indexOf('十') < 0 && s.indexOf('百') < 0) {
            return digitByDigit(s);
        }
        return counting(s);
    }

    private static int digitByDigit(String s) {
        int value = 0;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d < 0) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static int counting(String s) {
        int total = 0;
        int pending = -1;
        for (char c : s.toCharArray()) {
            if (c == '百' || c == '十') {
                int unit = c == '百' ? 100 : 10;
                total += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
            } else {
                int d = digit(c);
                if (d < 0) {
                    return -1;
                }
                pending = d;
            }
        }
        return total + Math.max(pending, 0);
    }

    private static int digit(char c) {
        if (c == '零' || c == '○' || c == 'O') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }
}
