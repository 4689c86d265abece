package org.ecopolicy.kg.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as documents write them: 2024-08-13, 2024/8/13, 2023年4月12日, 二〇二一年十一月四日. */
public final class DateParser {

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile(
            "([0-9〇零○O一二三四五六七八九]{4})\\s*年\\s*([0-9一二三四五六七八九十]{1,3})\\s*月\\s*([0-9一二三四五六七八九十]{1,3})\\s*日");

    private DateParser() {
    }

    /** The first date in {@code text} (normalised), or null. */
    public static LocalDate find(String text) {
        Matcher m = CHINESE.matcher(text);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = ISO.matcher(text);
        return m.find() ? of(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** A date pattern that must fill the whole (trimmed) text, as on a signature line. */
    public static LocalDate whole(String text) {
        String t = text.strip();
        Matcher m = CHINESE.matcher(t);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = ISO.matcher(t);
        return m.matches() ? of(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static LocalDate of(String y, String m, String d) {
        try {
            return LocalDate.of(ChineseNumerals.parse(y), ChineseNumerals.parse(m), ChineseNumerals.parse(d));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
