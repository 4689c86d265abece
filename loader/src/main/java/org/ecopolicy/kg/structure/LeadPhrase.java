package org.ecopolicy.kg.structure;

import org.ecopolicy.kg.read.TextLine;

/**
 * The title part of a heading line or paragraph: its lead phrase. "(一) 保护好美丽大草原。坚持保护优先…"
 * has the title 保护好美丽大草原 and body text after it. Works on normalised text, where ：；！？
 * are already folded to ASCII.
 *
 * @param start  offset of the title's first char
 * @param end    offset just after its last char, final punctuation excluded
 * @param inline true when more text follows the title on the same line
 */
record LeadPhrase(int start, int end, boolean inline) {

    /** A heading title longer than this is a sentence, not a title; it is cut at its first comma. */
    static final int MAX_TITLE = 60;
    /** A paragraph's own lead sentence ("构建国土空间保护开发新格局。") is at most this long. */
    static final int MAX_LEAD_SENTENCE = 30;

    private static final String TITLE_END = "。;:!?";
    private static final String SENTENCE_END = "。!?";
    private static final String CLAUSE_MARKS = ",;:";
    /** A paragraph opening with these continues a broken sentence; it has no lead of its own. */
    private static final String BAD_OPENERS = "。,.;:!?、)]}”’-—";
    private static final String TRAILING_PUNCT = "。,.;:!?、";

    /** The title of a heading whose text starts at {@code from} on a line ending at {@code lineEnd}. */
    static LeadPhrase ofHeading(String norm, int from, int lineEnd) {
        int contentEnd = lineEnd;
        while (contentEnd > from && TextLine.isSpace(norm.charAt(contentEnd - 1))) {
            contentEnd--;
        }
        int stop = indexOfAny(norm, from, contentEnd, TITLE_END);
        int end = stop < 0 ? contentEnd : stop;
        boolean inline = stop >= 0 && hasText(norm, stop + 1, contentEnd);
        int gap = proseAfterGap(norm, from, end);
        if (gap >= 0) {
            return new LeadPhrase(from, trimEnd(norm, from, gap), true);
        }
        if (end - from > MAX_TITLE) {
            int comma = indexOfAny(norm, from, end, ",");
            if (comma - from >= 2) {
                end = comma;
                inline = true;
            }
        }
        return new LeadPhrase(from, trimEnd(norm, from, end), inline);
    }

    /**
     * The lead sentence a paragraph opens with, when it has one: a short sentence ending in 。
     * with no clause punctuation, like "深化落实主体功能区战略。". Null otherwise.
     */
    static LeadPhrase leadSentence(String norm, int from, int to) {
        int stop = indexOfAny(norm, from, to, SENTENCE_END);
        if (stop < 0 || stop - from < 2 || stop - from > MAX_LEAD_SENTENCE) {
            return null;
        }
        if (indexOfAny(norm, from, stop, CLAUSE_MARKS) >= 0 || BAD_OPENERS.indexOf(norm.charAt(from)) >= 0) {
            return null;
        }
        return new LeadPhrase(from, stop, hasText(norm, stop + 1, to));
    }

    /**
     * Where a title set off by a space from prose on the same line ends ("1.水土保持小型水利工程
     * 建设小型节水、引水、提水工程，充分提高…", as tables and PDFs print items): at a gap of spaces
     * after a short title without clause punctuation, when what follows the gap is prose — it has
     * clause punctuation, ends in a clause mark, or runs longer than a lead sentence. Parallel
     * phrases in one heading ("坚持生态优先 推动绿色发展") stay one title. -1 when there is none.
     */
    private static int proseAfterGap(String norm, int from, int end) {
        int gap = from;
        while (gap < end && !TextLine.isSpace(norm.charAt(gap))) {
            gap++;
        }
        if (gap >= end || gap - from < 4 || gap - from > MAX_LEAD_SENTENCE
                || indexOfAny(norm, from, gap, CLAUSE_MARKS) >= 0) {
            return -1;
        }
        int body = gap;
        while (body < end && TextLine.isSpace(norm.charAt(body))) {
            body++;
        }
        boolean clauseFollows = end < norm.length() && ";:".indexOf(norm.charAt(end)) >= 0;
        boolean prose = indexOfAny(norm, body, end, ",;") >= 0 || end - body > MAX_LEAD_SENTENCE || clauseFollows;
        return body < end && prose ? gap : -1;
    }

    private static int trimEnd(String norm, int from, int end) {
        while (end > from && (TextLine.isSpace(norm.charAt(end - 1))
                || TRAILING_PUNCT.indexOf(norm.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }

    private static boolean hasText(String norm, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!TextLine.isSpace(norm.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static int indexOfAny(String s, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
