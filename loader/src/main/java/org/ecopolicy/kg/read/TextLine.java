package org.ecopolicy.kg.read;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a text as offsets: {@code [start, end)} excludes the line break. Stages that work
 * line by line share this so every offset they report points into the document text.
 */
public record TextLine(int number, int start, int end) {

    /** The lines of {@code text}, split at \n, \r\n or \r; numbers are 1-based. */
    public static List<TextLine> split(String text) {
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new TextLine(number++, start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        if (start < text.length()) {
            lines.add(new TextLine(number, start, text.length()));
        }
        return lines;
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    /** Offset of the first non-whitespace char, or {@code end} for a blank line. */
    public int contentStart(String text) {
        int i = start;
        while (i < end && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Offset just after the last non-whitespace char, or {@code start} for a blank line. */
    public int contentEnd(String text) {
        int i = end;
        while (i > start && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    public boolean isBlank(String text) {
        return contentStart(text) >= end;
    }

    /** Whitespace as it occurs in the corpus: ASCII, ideographic and no-break spaces. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }
}
