package org.ecopolicy.kg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the years of a sentence and decides which are deadlines (到2025年, 2025年底前, 力争2030年,
 * “十四五”时期), which report the past (截至2020年底, 2020年，…, “十三五”期间) and which are mere
 * references (比2020年, 2021年起, 《…（2014-2020年）》, 2022年10月) and are dropped.
 */
final class DeadlineFinder {

    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年");
    private static final Pattern RANGE_BEFORE = Pattern.compile("\\d{4}\\s*年?\\s*[—\\-~～至到－–]\\s*$");
    private static final String CN_DIGITS = "〇一二三四五六七八九";

    private final List<TargetRules.YearPrefix> prefixes;
    private final Pattern targetSuffix;
    private final Pattern extendSuffix;
    private final Pattern referenceSuffix;
    private final Pattern period;
    private final java.util.Map<String, String[]> periods = new java.util.HashMap<>();
    private final List<String> pastCues;
    private final java.util.Set<String> comparisonCues;
    private final GoalContext goals;
    /** "比2020年", "较2020年": a base year the value is measured against (cues from {@code comparison-cue}). */
    private final Pattern baseComparison;
    private final ComparatorClassifier verbs;
    /** "2023年和2025年底前": the first year shares the deadline of the second. */
    private static final Pattern COORDINATED = Pattern.compile("\\s*(?:年底|年末)?\\s*(?:和|、|及|与|以及)\\s*$");

    DeadlineFinder(TargetRules rules) {
        this.prefixes = rules.yearPrefixes();
        Pattern t = null;
        Pattern x = null;
        Pattern r = null;
        for (String[] e : rules.entries("year-suffix")) {
            Pattern p = Pattern.compile(e[0]);
            switch (e[1]) {
                case "target" -> t = p;
                case "extend" -> x = p;
                default -> r = p;
            }
        }
        this.targetSuffix = t;
        this.extendSuffix = x;
        this.referenceSuffix = r;
        List<String> names = new ArrayList<>();
        for (String[] e : rules.entries("period")) {
            periods.put(e[0], e[1].split(":"));
            names.add(Pattern.quote(e[0]));
        }
        List<String> suffixes = new ArrayList<>();
        for (String s : rules.words("period-suffix")) {
            suffixes.add(Pattern.quote(s));
        }
        this.period = Pattern.compile("[“\"‘'「]?(" + String.join("|", names) + ")[”\"’'」]?(?:"
                + String.join("|", suffixes) + ")");
        this.pastCues = rules.words("past-cue");
        this.comparisonCues = java.util.Set.copyOf(rules.words("comparison-cue"));
        List<String> cues = new ArrayList<>();
        for (String c : comparisonCues) {
            cues.add(Pattern.quote(c));
        }
        this.baseComparison = Pattern.compile("\\s*(?:" + String.join("|", cues) + ")\\s*(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年");
        this.verbs = new ComparatorClassifier(rules);
        this.goals = new GoalContext(rules);
    }

    List<YearMention> find(String text, Span sentence, Integer documentYear) {
        List<YearMention> out = new ArrayList<>();
        Matcher m = YEAR.matcher(text).region(sentence.start(), sentence.end());
        List<int[]> dropped = new ArrayList<>(); // {start, end, year} of years classified as references
        while (m.find()) {
            int year = parseYear(m.group(1));
            YearMention y = classify(text, sentence, m.start(), m.end(), year, documentYear);
            if (y != null) {
                coordinate(text, dropped, y, out);
                out.add(y);
                dropped.clear();
            } else {
                dropped.add(new int[] {m.start(), m.end(), year});
            }
        }
        Matcher p = period.matcher(text).region(sentence.start(), sentence.end());
        while (p.find()) {
            if (ClauseSplitter.depth(text, sentence.start(), p.start()) > 0 && text.charAt(p.start()) != '“'
                    && text.charAt(p.start()) != '"') {
                continue; // a plan named inside a title (《…“十四五”规划》)
            }
            String[] v = periods.get(p.group(1));
            int year = Integer.parseInt(v[0]);
            // the plan period still to come when the document was written is its deadline
            boolean target = documentYear == null ? "target".equals(v[1]) : year > documentYear
                    || (year == documentYear && "target".equals(v[1]));
            YearMention.Role role = target ? YearMention.Role.TARGET : YearMention.Role.BASELINE;
            out.add(new YearMention(p.start(), p.start(), p.end(), year, role));
        }
        out.sort(Comparator.comparingInt(YearMention::start));
        return joinCoordinated(text, out);
    }

    /**
     * "到2026年和2030年，…": two deadlines joined only by 和/、/及 govern the same clauses, like the
     * coordinated years {@link #coordinate} finds; each takes the span of the last one.
     */
    private static List<YearMention> joinCoordinated(String text, List<YearMention> mentions) {
        List<YearMention> out = new ArrayList<>(mentions);
        for (int i = out.size() - 2; i >= 0; i--) {
            YearMention a = out.get(i);
            YearMention b = out.get(i + 1);
            if (a.role() == YearMention.Role.TARGET && b.role() == YearMention.Role.TARGET && a.end() <= b.quoteStart()
                    && COORDINATED.matcher(text.substring(a.end(), b.quoteStart())).matches()) {
                out.set(i, new YearMention(a.quoteStart(), b.start(), b.end(), a.year(), YearMention.Role.TARGET));
            }
        }
        return out;
    }

    /**
     * "2023年和2025年底前": a year joined to a deadline by 和/、/及 is a deadline too, governing the
     * same clauses (its mention spans the deadline phrase, its quote starts at its own year).
     */
    private static void coordinate(String text, List<int[]> dropped, YearMention y, List<YearMention> out) {
        if (y.role() != YearMention.Role.TARGET) {
            return;
        }
        int next = y.start();
        for (int i = dropped.size() - 1; i >= 0; i--) {
            int[] d = dropped.get(i);
            if (!COORDINATED.matcher(text.substring(d[1], next)).matches()) {
                return;
            }
            int quoteStart = Math.min(y.quoteStart(), d[0]);
            out.add(new YearMention(quoteStart, y.start(), y.end(), d[2], YearMention.Role.TARGET));
            next = d[0];
        }
    }

    private YearMention classify(String text, Span sentence, int start, int yearEnd, int year, Integer docYear) {
        if (year < 1949 || year > 2100) {
            return null;
        }
        int end = yearEnd;
        boolean deadlineSuffix = false;
        boolean referenceAfter = false;
        Matcher t = targetSuffix.matcher(text).region(yearEnd, sentence.end());
        if (t.lookingAt()) {
            deadlineSuffix = true;
            end = t.end();
        } else {
            Matcher x = extendSuffix.matcher(text).region(yearEnd, sentence.end());
            if (x.lookingAt()) {
                end = x.end();
            }
            referenceAfter = referenceSuffix.matcher(text).region(end, sentence.end()).lookingAt();
        }
        // the words before the year, spaces skipped
        int cueEnd = start;
        while (cueEnd > sentence.start() && Character.isWhitespace(text.charAt(cueEnd - 1))) {
            cueEnd--;
        }
        String before = text.substring(Math.max(sentence.start(), cueEnd - 6), cueEnd);
        if (RANGE_BEFORE.matcher(text.substring(Math.max(sentence.start(), cueEnd - 8), cueEnd)).find()) {
            return null;
        }
        TargetRules.YearPrefix prefix = null;
        for (TargetRules.YearPrefix p : prefixes) {
            if (before.endsWith(p.text())) {
                prefix = p;
                break;
            }
        }
        String role = prefix == null ? "" : prefix.role();
        int quoteStart = prefix == null ? start : cueEnd - prefix.quoteChars();
        if (role.equals("baseline")) {
            return new YearMention(quoteStart, start, end, year, YearMention.Role.BASELINE);
        }
        if (deadlineSuffix || role.equals("target")) {
            if (role.equals("reference") && !deadlineSuffix) {
                return null;
            }
            int qs = role.equals("target") ? quoteStart : start;
            return new YearMention(qs, start, end, year, YearMention.Role.TARGET);
        }
        if (role.equals("reference") || referenceAfter || ClauseSplitter.depth(text, sentence.start(), start) > 0) {
            return null;
        }
        // a bare year: the past if the document is later or the sentence reports achievements
        boolean past = hasPastCue(text, sentence);
        if (!hasPastCue(text, sentence, comparisonCues) && opensSentenceInGoals(text, sentence, start) && (docYear == null || year >= docYear)) {
            // "主要目标\n…。2020年，…保持在30微克/立方米以下": a goal, in an annual plan its own year
            return new YearMention(start, start, end, year, YearMention.Role.TARGET);
        }
        if (docYear != null) {
            // "能耗2025年较2020年降低18%，用水总量2030年控制在…": a base comparison (较) reports nothing
            boolean reports = beforeItsValue(text, end, sentence.end()) ? hasPastCue(text, sentence, comparisonCues) : past;
            if (year > docYear && !reports) {
                return new YearMention(start, start, end, year, YearMention.Role.TARGET);
            }
            return new YearMention(start, start, end, year, YearMention.Role.BASELINE);
        }
        boolean opensClause = end < sentence.end() && ",，".indexOf(text.charAt(end)) >= 0;
        if (past || opensClause) {
            return new YearMention(start, start, end, year, YearMention.Role.BASELINE);
        }
        return null;
    }

    /**
     * A bare deadline standing between its indicator and its value ("单位地区生产总值能耗2025年比2020年下降15%",
     * "用水总量2030年控制在…以内"): words before it in its clause, a base comparison or a comparator verb
     * right after it. Such a deadline governs its whole clause, the indicator before it included.
     */
    boolean standsBeforeItsValue(String text, Span clause, YearMention m) {
        if (m.role() != YearMention.Role.TARGET || m.quoteStart() != m.start() || m.start() <= clause.start()
                || m.end() >= clause.end()) {
            return false;
        }
        if (text.substring(clause.start(), m.start()).strip().length() < 2) {
            return false;
        }
        return beforeItsValue(text, m.end(), clause.end());
    }

    /** A base comparison ("比2020年") or a comparator verb ("控制在") right after the year. */
    private boolean beforeItsValue(String text, int yearEnd, int limit) {
        if (baseComparison.matcher(text).region(yearEnd, limit).lookingAt()) {
            return true;
        }
        ComparatorClassifier.VerbAt verb = verbs.verbStart(text.substring(yearEnd, limit));
        return verb != null && verb.index() == 0;
    }

    /**
     * The year opens its sentence ("2025年，", "2025年全市…", after a label such as "具体指标：")
     * and the sentence stands in a goal paragraph ({@link GoalContext}).
     */
    private boolean opensSentenceInGoals(String text, Span sentence, int yearStart) {
        String before = text.substring(sentence.start(), yearStart).strip();
        // "2025年，", "具体指标：2025年", "武汉市2025年…": only a label or a short scope before the year
        if (before.length() > 10 || before.matches(".*[,，、;；(（].*")) {
            return false;
        }
        return goals.contains(text, yearStart);
    }

    private boolean hasPastCue(String text, Span sentence) {
        return hasPastCue(text, sentence, java.util.Set.of());
    }

    /** A past cue other than the {@code ignored} ones ("较2015年" compares, in goals it does not report). */
    private boolean hasPastCue(String text, Span sentence, java.util.Set<String> ignored) {
        String s = sentence.of(text);
        for (String cue : pastCues) {
            if (ignored.contains(cue)) {
                continue;
            }
            if (s.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    private static int parseYear(String digits) {
        if (Character.isDigit(digits.charAt(0))) {
            return Integer.parseInt(digits);
        }
        int y = 0;
        for (char c : digits.toCharArray()) {
            int d = c == '零' ? 0 : CN_DIGITS.indexOf(c);
            y = y * 10 + d;
        }
        return y;
    }
}
