package org.ecopolicy.kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts normalised text into sentences (。；;！？!? and line breaks), sentences into clauses
 * (，,：:) and clauses into pieces (、). Separators inside brackets do not cut, so a parenthesis
 * such as "（不含货车）" stays inside its clause.
 */
final class ClauseSplitter {

    private static final String SENTENCE_ENDS = "。!！?？";
    private static final String CLAUSE_SEPARATORS = ",，:：;；";
    private static final String OPEN = "(（[【《〔“‘";
    private static final String CLOSE = ")）]】》〕”’";
    /** A number that goes on after a line break which cut a sentence in the middle ("达到\n\n98%"). */
    private static final Pattern NUMBER_CONTINUATION = Pattern.compile("\\s*\\d+(?:\\.\\d+)?\\s*[^\\d.、．年月日\\s]");

    /** Shortest line taken for a hard-wrapped one when it ends without punctuation. */
    private static final int WRAP_MIN_LINE = 16;
    private static final Pattern HEADING_START = Pattern.compile(
            "[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[.、．](?!\\d)|第[一二三四五六七八九十百]+[章节条]");
    /** A line opening a heading or list item ("一、", "（二）", "第三章", "——"). */
    private static final Pattern ITEM_START = Pattern.compile(
            "[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+[章节条]|[①-⑳]|——");

    private ClauseSplitter() {
    }

    static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = SENTENCE_ENDS.indexOf(c) >= 0 || (c == '\n' && !continuesAfterBreak(text, i));
            if (end) {
                add(out, text, start, i);
                start = i + 1;
            }
        }
        add(out, text, start, text.length());
        return out;
    }

    /** Clauses of a span, split at commas and colons outside brackets. */
    static List<Span> clauses(String text, Span span) {
        return split(text, span, CLAUSE_SEPARATORS);
    }

    /** Pieces of a clause, split at 、 outside brackets. */
    static List<Span> pieces(String text, Span span) {
        return split(text, span, "、");
    }

    static Span trim(String text, Span span) {
        int s = span.start();
        int e = span.end();
        while (s < e && isTrimmable(text.charAt(s))) {
            s++;
        }
        while (e > s && isTrimmable(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }

    /** Bracket depth at {@code pos}, counted from {@code from}. */
    static int depth(String text, int from, int pos) {
        int depth = 0;
        for (int i = from; i < pos; i++) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0 && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    private static List<Span> split(String text, Span span, String separators) {
        List<Span> out = new ArrayList<>();
        int depth = 0;
        int start = span.start();
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (depth == 0 && separators.indexOf(c) >= 0) {
                add(out, text, start, i);
                start = i + 1;
            }
        }
        add(out, text, start, span.end());
        return out;
    }

    private static void add(List<Span> out, String text, int start, int end) {
        Span s = trim(text, new Span(start, end));
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    private static boolean isTrimmable(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
    }

    private static boolean continuesAfterBreak(String text, int i) {
        int p = i - 1;
        while (p >= 0 && Character.isWhitespace(text.charAt(p)) || p >= 0 && text.charAt(p) == '\u3000') {
            p--;
        }
        if (p < 0 || !Character.isIdeographic(text.charAt(p)) && "，,、(（“".indexOf(text.charAt(p)) < 0) {
            return false;
        }
        return NUMBER_CONTINUATION.matcher(text).region(i + 1, text.length()).lookingAt() || hardWrap(text, p, i);
    }

    /**
     * A long line cut inside a sentence (a hard wrap, stray blank lines between): it ends in a
     * comma or in the middle of a word, and the next text line opens no heading or list item.
     */
    private static boolean hardWrap(String text, int lastChar, int lineBreak) {
        int lineStart = text.lastIndexOf('\n', lastChar) + 1;
        boolean comma = "，,、(（“".indexOf(text.charAt(lastChar)) >= 0;
        while (lineStart < lastChar && Character.isWhitespace(text.charAt(lineStart))) {
            lineStart++;
        }
        if (!comma && (lastChar + 1 - lineStart < WRAP_MIN_LINE
                || text.substring(lineStart, lastChar + 1).indexOf('。') < 0
                        && HEADING_START.matcher(text).region(lineStart, lastChar + 1).lookingAt())) {
            return false; // a short line, or a heading line, without a closing stop ("一、总体要求")
        }
        int next = lineBreak + 1;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next < text.length() && Character.isIdeographic(text.charAt(next))
                && !ITEM_START.matcher(text).region(next, text.length()).lookingAt();
    }
}
