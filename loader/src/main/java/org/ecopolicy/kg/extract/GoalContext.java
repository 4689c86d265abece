package org.ecopolicy.kg.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a document states its goals, as a reader sees it: a paragraph under a goal heading
 * ("二、工作目标", "（二）发展目标", "第四节 建设目标"), or one opening with a goal label
 * ("总体目标：", "具体指标："). Inside, a deadline governs the sentences after it and a bare
 * "2025年，" opening a sentence is a deadline.
 */
final class GoalContext {

    private final List<Pattern> goalHeadings;
    private final List<Pattern> goalLabels;
    private final List<Pattern> headingStarts;
    private final List<Pattern> listItems;

    GoalContext(TargetRules rules) {
        this.goalHeadings = rules.patterns("goal-heading");
        this.goalLabels = rules.patterns("goal-label");
        this.headingStarts = rules.patterns("heading-start");
        this.listItems = rules.patterns("list-item");
    }

    /** The line holding {@code pos} opens with a goal label or sits under a goal heading. */
    boolean contains(String text, int pos) {
        int lineStart = lineStart(text, pos);
        String line = text.substring(lineStart, lineEnd(text, pos)).strip();
        if (goalLabels.stream().anyMatch(p -> p.matcher(line).lookingAt())) {
            return true;
        }
        if (isHeading(line)) {
            return false; // a numbered item of its own ("1.制定…。到2025年…") is no goal paragraph
        }
        return goalHeadingAbove(text, lineStart);
    }

    /** The nearest heading-like line above is a goal heading. */
    private boolean goalHeadingAbove(String text, int lineStart) {
        int end = lineStart - 1;
        while (end > 0) {
            int begin = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(begin, end).strip();
            if (!line.isEmpty()) {
                if (isGoalHeading(line)) {
                    return true;
                }
                if (isHeading(line)) {
                    return false;
                }
            }
            if (begin == 0) {
                return false;
            }
            end = begin - 1;
        }
        return false;
    }

    boolean isGoalHeading(String line) {
        return goalHeadings.stream().anyMatch(p -> p.matcher(line).matches());
    }

    private boolean isHeading(String line) {
        return headingStarts.stream().anyMatch(p -> p.matcher(line).lookingAt());
    }

    /**
     * How far a deadline at {@code pos} governs: to the end of its paragraph when the deadline
     * opens the paragraph or stands in goals; on over the list items after a deadline ending in a
     * colon ("到2025年：\n1.…\n2.…"); on over the paragraphs of a goal section up to its next
     * heading. -1 when it governs only its own sentence.
     */
    int governedEnd(String text, int quoteStart, int deadlineEnd) {
        boolean inGoals = contains(text, quoteStart);
        int lineStart = lineStart(text, quoteStart);
        String before = text.substring(lineStart, quoteStart).strip();
        int listKind = itemKind(before);
        if (listKind >= 0 && before.length() == itemLabelLength(before, listKind) && opensStatement(text, deadlineEnd)
                && goalListAbove(text, lineStart, listKind)) {
            return goalListEnd(text, lineStart, listKind);
        }
        boolean opens = before.isEmpty() || goalLabels.stream().anyMatch(p -> p.matcher(before).matches());
        if (!inGoals && !opens || !opensStatement(text, deadlineEnd)) {
            return -1;
        }
        int end = lineEnd(text, quoteStart);
        boolean listIntro = text.substring(deadlineEnd, end).strip().matches("[^。;；]*[:：]");
        boolean headingAbove = inGoals && !isHeading(text.substring(lineStart, end).strip());
        while (end < text.length() && (listIntro || headingAbove)) {
            int next = end + 1;
            int nextEnd = lineEnd(text, next);
            String line = text.substring(next, nextEnd).strip();
            boolean item = isHeading(line) || line.startsWith("——") || line.startsWith("-") || line.startsWith("•");
            // an unnumbered label ("具体目标如下：") goes on with the same goals; a goal heading starts new ones
            boolean newGoals = isGoalHeading(line) && goalLabels.stream().noneMatch(p -> p.matcher(line).lookingAt());
            if (!line.isEmpty() && (listIntro ? !item : isHeading(line) || newGoals)) {
                break;
            }
            end = nextEnd;
        }
        return end;
    }

    private static final Pattern HEADING_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern GOAL_WORD = Pattern.compile("目标|指标");
    /** A goal paragraph stands right under its heading; looking further would cost time on long texts. */
    private static final int HEADING_YEAR_REACH = 12;

    /**
     * The year a goal heading carries ("（一）近期目标（2023—2025年）", "二、2025年工作目标"): the last year
     * written in the nearest heading above the line at {@code pos}, when that heading names goals;
     * null otherwise. Its paragraphs state targets for that year.
     */
    Integer headingYear(String text, int pos) {
        int lineStart = lineStart(text, pos);
        if (isHeading(text.substring(lineStart, lineEnd(text, pos)).strip())) {
            return null;
        }
        int end = lineStart - 1;
        for (int lines = 0; end > 0 && lines < HEADING_YEAR_REACH; lines++) {
            int begin = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(begin, end).strip();
            if (isHeading(line)) {
                if (!GOAL_WORD.matcher(line).find()) {
                    return null;
                }
                java.util.regex.Matcher m = HEADING_YEAR.matcher(line);
                Integer year = null;
                while (m.find()) {
                    year = Integer.parseInt(m.group(1));
                }
                return year;
            }
            if (begin == 0) {
                return null;
            }
            end = begin - 1;
        }
        return null;
    }

    /** Where a sentence's text begins after a list-item label at {@code pos} ("2.细颗粒物…" → 细). */
    int afterItemLabel(String text, int pos) {
        int end = lineEnd(text, pos);
        for (Pattern p : listItems) {
            java.util.regex.Matcher m = p.matcher(text).region(pos, end);
            if (m.lookingAt()) {
                return m.end();
            }
        }
        return pos;
    }

    /** Which list-item label the line opens with, -1 for none. */
    private int itemKind(String line) {
        for (int k = 0; k < listItems.size(); k++) {
            if (listItems.get(k).matcher(line).lookingAt()) {
                return k;
            }
        }
        return -1;
    }

    private int itemLabelLength(String line, int kind) {
        java.util.regex.Matcher m = listItems.get(kind).matcher(line);
        return m.lookingAt() ? m.end() : -1;
    }

    /** Above the item, only items of its kind (and their text) stand between it and a goal heading. */
    private boolean goalListAbove(String text, int lineStart, int kind) {
        int end = lineStart - 1;
        while (end > 0) {
            int begin = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(begin, end).strip();
            if (!line.isEmpty()) {
                if (isGoalHeading(line) || goalLabels.stream().anyMatch(p -> p.matcher(line).matches())) {
                    return true;
                }
                if (isHeading(line) && itemKind(line) != kind) {
                    return false;
                }
            }
            if (begin == 0) {
                return false;
            }
            end = begin - 1;
        }
        return false;
    }

    /** The end of the goal list the item opens: before the next line that is a heading of another kind. */
    private int goalListEnd(String text, int lineStart, int kind) {
        int end = lineEnd(text, lineStart);
        while (end < text.length()) {
            int next = end + 1;
            int nextEnd = lineEnd(text, next);
            String line = text.substring(next, nextEnd).strip();
            if (!line.isEmpty() && (isGoalHeading(line) || isHeading(line) && itemKind(line) != kind)) {
                break;
            }
            end = nextEnd;
        }
        return end;
    }

    /** "到2025年，…" opens a statement; "力争2016年开工" is a deadline inside one clause. */
    private static boolean opensStatement(String text, int deadlineEnd) {
        int i = deadlineEnd;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && ",，:：".indexOf(text.charAt(i)) >= 0;
    }

    static int lineStart(String text, int pos) {
        return text.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
    }

    static int lineEnd(String text, int pos) {
        int e = text.indexOf('\n', pos);
        return e < 0 ? text.length() : e;
    }
}
