package org.ecopolicy.kg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecopolicy.kg.rules.CsvTable;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.Evidence;
import org.ecopolicy.kg.model.ProjectMention;

/**
 * Finds named projects, programmes and campaigns: phrases ending in a project word (…工程, …行动,
 * …攻坚战) that stand as a name (delimited on the left by a clause boundary, an introducing verb or a
 * conjunction, and followed by punctuation or a conjunction), and quoted programme names
 * (“无废城市”, 河湖“清四乱”, “项目落地年”).
 */
public final class ProjectExtractor {

    private static final String DATA = "/extract/";
    /** Characters a name never spans. */
    private static final String HARD_STOPS = "，。；：！？、,.;:!?()（）《》〈〉[]【】\n\r\t ";
    private static final int MAX_NAME = 40;
    private static final Pattern QUOTED = Pattern.compile("“([^”\\n]{1,20})”|\"([^\"\\n]{1,20})\"");

    private final List<String> suffixes;
    private final List<Boundary> leftBoundaries;
    private final List<String> rightContext;
    private final Set<String> stopwords;
    private final List<Pattern> stopPatterns;
    private final Set<String> programmes;
    private final List<Pattern> headingLabels;

    public ProjectExtractor() {
        suffixes = longestFirst(CsvTable.firstColumn(DATA + "project-suffixes.csv"));
        leftBoundaries = CsvTable.read(DATA + "project-left-boundaries.csv", "word", "kind").stream()
                .map(r -> new Boundary(r.get("word"), r.get("kind")))
                .sorted(Comparator.comparingInt((Boundary b) -> b.word().length()).reversed()).toList();
        rightContext = longestFirst(CsvTable.firstColumn(DATA + "project-right-context.csv"));
        stopwords = new LinkedHashSet<>(CsvTable.firstColumn(DATA + "project-stopwords.csv"));
        stopPatterns = CsvTable.firstColumn(DATA + "project-stop-patterns.csv").stream().map(Pattern::compile).toList();
        programmes = new LinkedHashSet<>(CsvTable.firstColumn(DATA + "project-programmes.csv"));
        headingLabels = CsvTable.firstColumn(DATA + "heading-labels.csv").stream().map(Pattern::compile).toList();
    }

    /** A word that ends the text before a name; see project-left-boundaries.csv for the kinds. */
    private record Boundary(String word, String kind) {
    }

    public List<ProjectMention> extract(Document doc) {
        String text = doc.text().normalized();
        TextSpans titles = TextSpans.bookTitles(text);
        List<int[]> candidates = new ArrayList<>();
        suffixCandidates(text, candidates);
        quotedCandidates(text, candidates);

        // overlapping candidates: the longer name wins (“三北”工程攻坚战 over “三北”工程)
        candidates.sort(Comparator.comparingInt((int[] c) -> c[0] - c[1]).thenComparingInt(c -> c[0]));
        TextSpans taken = new TextSpans();
        List<int[]> chosen = new ArrayList<>();
        for (int[] c : candidates) {
            if (!taken.overlaps(c[0], c[1]) && !titles.overlaps(c[0], c[1]) && !onHeadingLine(text, c[0])) {
                taken.add(c[0], c[1]);
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(c -> c[0]));
        List<ProjectMention> result = new ArrayList<>();
        for (int[] c : chosen) {
            Evidence ev = Evidence.of(doc, c[0], c[1]);
            result.add(new ProjectMention(ev.quote(), ev));
        }
        return result;
    }

    private void suffixCandidates(String text, List<int[]> out) {
        for (String suffix : suffixes) {
            for (int at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
                int end = at + suffix.length();
                if (!freeStanding(text, end)) {
                    continue;
                }
                int start = nameStart(text, at, true);
                if (start >= 0 && acceptable(text.substring(start, end))) {
                    out.add(new int[] {start, end});
                }
            }
        }
    }

    private void quotedCandidates(String text, List<int[]> out) {
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String inner = m.group(1) != null ? m.group(1) : m.group(2);
            boolean named = programmes.contains(inner) || suffixes.stream().anyMatch(inner::contains);
            if (!named) {
                continue;
            }
            // a qualifier before the quote belongs to the name (河湖“清四乱”), up to the introducing verb
            int start = nameStart(text, m.start(), false);
            out.add(new int[] {start < 0 ? m.start() : start, m.end()});
        }
    }

    /** A name ends at punctuation, at the text's end or before a conjunction; not inside a longer word. */
    private boolean freeStanding(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char next = text.charAt(end);
        if (!Character.isIdeographic(next)) {
            return next != '”' && next != '"' && next != '’';
        }
        return rightContext.stream().anyMatch(w -> text.startsWith(w, end));
    }

    /**
     * Where the name ending before {@code at} starts: after the nearest left boundary that leaves at
     * least two characters of name (when {@code needStem}), never beyond clause punctuation.
     */
    private int nameStart(String text, int at, boolean needStem) {
        int limit = at;
        while (limit > 0 && at - limit < MAX_NAME && HARD_STOPS.indexOf(text.charAt(limit - 1)) < 0) {
            limit--;
        }
        for (int cut = at; cut > limit; cut--) {
            Boundary b = boundaryEndingAt(text, cut, limit);
            if (b == null || needStem && b.kind().equals("quote-only")) {
                continue;
            }
            if (!needStem || hanCount(text, cut, at) >= 2) {
                return cut;
            }
            if (b.kind().equals("conjunction")) {
                return -1; // 等项目, 的项目: a category of projects, not a name
            }
            cut -= b.word().length() - 1; // a verb right before the ending: look further left
        }
        if (!needStem) {
            return -1;
        }
        return hanCount(text, limit, at) >= 2 ? limit : -1;
    }

    private Boundary boundaryEndingAt(String text, int cut, int limit) {
        for (Boundary b : leftBoundaries) {
            int from = cut - b.word().length();
            if (from >= limit && text.startsWith(b.word(), from)) {
                return b;
            }
        }
        return null;
    }

    private boolean acceptable(String name) {
        if (name.length() > MAX_NAME || stopwords.contains(name)) {
            return false;
        }
        String bare = name.replaceAll("[“”\"‘’']", "");
        return stopPatterns.stream().noneMatch(p -> p.matcher(bare).find()) && !stopwords.contains(bare);
    }

    private boolean onHeadingLine(String text, int pos) {
        int lineStart = text.lastIndexOf('\n', pos - 1) + 1;
        int lineEnd = text.indexOf('\n', pos);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        return !line.contains("。") && headingLabels.stream().anyMatch(p -> p.matcher(line).find());
    }

    private static int hanCount(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (Character.isIdeographic(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
