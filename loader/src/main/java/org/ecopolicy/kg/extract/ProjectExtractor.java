package org.ecopolicy.kg.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import org.ecopolicy.kg.rules.CsvTable;

import static org.ecopolicy.kg.rules.WordLists.longestFirst;
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

    private static final String DATA = "/rules/extract/";
    /** Characters a name never spans. */
    private static final String HARD_STOPS = "，。；：！？、,.;:!?()（）《》〈〉[]【】\n\r\t ";
    private static final int MAX_NAME = 40;
    /** Longest qualifier kept before a quoted programme name (呼和浩特市“公交都市”); longer is a clause. */
    private static final int MAX_QUALIFIER = 8;
    /** A numbered item's label at the start of its line: 3. / （三） / 十、 */
    private static final Pattern ITEM_LABEL = Pattern.compile("\\s*[（(]?[0-9０-９一二三四五六七八九十]{1,3}[)）.．、]\\s*");
    private static final Pattern QUOTED = Pattern.compile("“([^”\\n]{1,20})”|\"([^\"\\n]{1,20})\"");

    private final List<String> suffixes;
    private final List<Boundary> leftBoundaries;
    private final List<String> rightContext;
    private final List<String> namedRightContext;
    private final Set<String> stopwords;
    private final List<Pattern> stopPatterns;
    private final Set<String> programmes;
    private final List<Pattern> headingLabels;
    private final List<String> initialStops;
    private final List<String> genericWords;
    private final List<String> implementingVerbs;
    private final List<String> listImplementingVerbs;
    private final List<String> nationalProgrammes;
    private final Set<String> kindSuffixes;
    // HanLP segmenters are cheap to own per thread, so extraction threads never wait on each other
    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(() -> HanLP.newSegment().enableOffset(true));

    public ProjectExtractor() {
        suffixes = longestFirst(CsvTable.firstColumn(DATA + "project-suffixes.csv"));
        leftBoundaries = CsvTable.read(DATA + "project-left-boundaries.csv", "word", "kind").stream()
                .map(r -> new Boundary(r.get("word"), r.get("kind")))
                .sorted(Comparator.comparingInt((Boundary b) -> b.word().length()).reversed()).toList();
        rightContext = longestFirst(CsvTable.firstColumn(DATA + "project-right-context.csv"));
        namedRightContext = longestFirst(CsvTable.firstColumn(DATA + "project-right-context-named.csv"));
        stopwords = new LinkedHashSet<>(CsvTable.firstColumn(DATA + "project-stopwords.csv"));
        stopPatterns = CsvTable.firstColumn(DATA + "project-stop-patterns.csv").stream().map(Pattern::compile).toList();
        programmes = new LinkedHashSet<>(CsvTable.firstColumn(DATA + "project-programmes.csv"));
        headingLabels = CsvTable.firstColumn(DATA + "heading-labels.csv").stream().map(Pattern::compile).toList();
        List<String> initial = new ArrayList<>(CsvTable.firstColumn(DATA + "project-initial-stops.csv"));
        leftBoundaries.forEach(b -> initial.add(b.word()));
        initialStops = longestFirst(initial);
        genericWords = longestFirst(CsvTable.firstColumn(DATA + "project-generic-words.csv"));
        List<CsvTable.Row> verbs = CsvTable.read(DATA + "project-implementing-verbs.csv", "verb", "reach");
        implementingVerbs = longestFirst(verbs.stream().map(r -> r.get("verb")).toList());
        listImplementingVerbs = longestFirst(verbs.stream().filter(r -> r.get("reach").equals("list")).map(r -> r.get("verb")).toList());
        nationalProgrammes = CsvTable.firstColumn(DATA + "project-national-programmes.csv");
        kindSuffixes = new LinkedHashSet<>(CsvTable.firstColumn(DATA + "project-kind-suffixes.csv"));
    }

    /** A word that ends the text before a name; see project-left-boundaries.csv for the kinds. */
    private record Boundary(String word, String kind) {
    }

    public List<ProjectMention> extract(Document doc) {
        String text = doc.text().normalized();
        TextSpans titles = TextSpans.bookTitles(text);
        List<int[]> candidates = new ArrayList<>();
        suffixCandidates(text, candidates);
        quotedCandidates(text, candidates, quotedNames(text, candidates));
        List<int[]> shared = sharedHeadCandidates(text); // {start, end, suffixStart, suffixEnd}

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
        for (int[] c : shared) {
            if (!taken.overlaps(c[0], c[1]) && !titles.overlaps(c[0], c[1]) && !onHeadingLine(text, c[0])) {
                taken.add(c[0], c[1]);
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(c -> c[0]));
        List<ProjectMention> result = new ArrayList<>();
        String original = doc.text().original();
        for (int[] c : chosen) {
            Evidence ev = Evidence.of(doc, c[0], c[1]);
            // a list item under a shared head is named with the head (城市节水降损 → 城市节水降损工程)
            String name = c.length > 2 ? ev.quote() + original.substring(c[2], c[3]) : ev.quote();
            result.add(new ProjectMention(name, ev));
        }
        return result;
    }

    /**
     * A project word shared by a list: "城市节水降损、农业节水增效、工业节水减排等工程" is three
     * projects. Only a bare head right after 等 distributes; "…等重大工程" names a category.
     * Each item must have a distinctive stem (not only generic words) and stand as a name.
     */
    private List<int[]> sharedHeadCandidates(String text) {
        List<int[]> out = new ArrayList<>();
        for (String suffix : suffixes) {
            for (int at = text.indexOf("等" + suffix); at >= 0; at = text.indexOf("等" + suffix, at + 1)) {
                int end = at + 1 + suffix.length();
                if (!freeStanding(text, end)) {
                    continue;
                }
                int start = afterInitialStops(text, listStart(text, at), at);
                if (start < 0) {
                    continue;
                }
                for (int[] item : listItems(text, start, at)) {
                    String stem = text.substring(item[0], item[1]);
                    if (hanCount(text, item[0], item[1]) >= 3 && !generic(stem) && acceptable(stem + suffix, suffix)
                            && !stem.endsWith(suffix)) {
                        out.add(new int[] {item[0], item[1], at + 1, end});
                    }
                }
            }
        }
        return out;
    }

    /** Where the list before 等 starts: after the introducing verb or clause punctuation. */
    private int listStart(String text, int at) {
        int start = at;
        while (start > 0 && at - start < 3 * MAX_NAME) {
            char c = text.charAt(start - 1);
            if (c != '、' && HARD_STOPS.indexOf(c) >= 0) {
                break;
            }
            start--;
        }
        for (Boundary b : leftBoundaries) { // the last introducing verb before the list (实施, 开展 …)
            if (!b.kind().equals("verb")) {
                continue;
            }
            int v = text.lastIndexOf(b.word(), at);
            if (v >= start && text.indexOf('、', v) < at) {
                start = Math.max(start, v + b.word().length());
            }
        }
        return start;
    }

    /** The 、-separated items of [from, to), the last one also cut at 和/及/以及. */
    private static List<int[]> listItems(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int s = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '、') {
                if (i > s) {
                    out.add(new int[] {s, i});
                }
                s = i + 1;
            }
        }
        if (out.size() < 2) {
            return List.of(); // one item before 等 is an example of a category, not a list
        }
        return out;
    }

    private void suffixCandidates(String text, List<int[]> out) {
        for (String suffix : suffixes) {
            for (int at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
                int end = at + suffix.length();
                boolean named = !freeStanding(text, end) && namedRightContext.stream().anyMatch(w -> text.startsWith(w, end));
                if (!freeStanding(text, end) && !named) {
                    continue;
                }
                int start = nameStart(text, at, true);
                if (start >= 0) {
                    start = afterInitialStops(text, start, at);
                }
                int title = itemTitleStart(text, at, end);
                if (title >= 0 && start >= 0 && verbBetween(text, title, start)) {
                    title = -1; // 有计划分步骤实施碳达峰行动: the title is an action on the project
                }
                if (title >= 0) {
                    start = title; // 3.汾河支流生态植被与经济林建设工程: a project list names each project by its item
                }
                if (start >= 0 && named && !distinctive(text, start, at)) {
                    continue; // "水质提升工程建设": a common noun phrase
                }
                if (start >= 0 && title < 0 && kindSuffixes.contains(suffix) && !distinctive(text, start, at)
                        && !carriedOut(text, start)) {
                    continue; // 严格控制…新增产能项目, 扩建人工湿地工程: a kind of project, not one being carried out
                }
                if (start >= 0 && hanCount(text, start, at) >= 2 && acceptable(text.substring(start, end), suffix)) {
                    out.add(new int[] {start, end});
                }
            }
        }
    }

    /**
     * Where the project name that is a numbered item's whole title starts (3.汾河支流生态植被与经济林建设工程
     * followed by the item's text), or -1: the title must end right after the ending and must not open
     * with a verb (（十九）深入打好碧水保卫战 is an action whose project is 碧水保卫战).
     */
    private int itemTitleStart(String text, int at, int end) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        Matcher label = ITEM_LABEL.matcher(text).region(lineStart, at);
        if (!label.lookingAt() || label.end() == lineStart) {
            return -1;
        }
        int from = label.end();
        for (int i = from; i < at; i++) {
            if (HARD_STOPS.indexOf(text.charAt(i)) >= 0 || "“”\"".indexOf(text.charAt(i)) >= 0) {
                return -1;
            }
        }
        boolean endsTitle = end == text.length() || Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '。';
        return endsTitle && afterInitialStops(text, from, at) == from && hanCount(text, from, at) >= 2 ? from : -1;
    }

    /**
     * The name is carried out in its sentence: an implementing verb stands right before it (接续实施…行动), or
     * before the list it closes (实施退化林修复、…等森林质量精准提升工程; 实施…工程和河道环境综合整治工程).
     */
    private boolean carriedOut(String text, int start) {
        if (endsWithVerb(implementingVerbs, text, start)) {
            return true;
        }
        char before = start > 0 ? text.charAt(start - 1) : '。';
        if (before != '等' && before != '、' && before != '和' && before != '及' && before != '与') {
            return false;
        }
        int from = start - 1;
        while (from > 0 && start - from < 3 * MAX_NAME && (text.charAt(from - 1) == '、'
                || HARD_STOPS.indexOf(text.charAt(from - 1)) < 0)) {
            from--;
        }
        for (int i = start - 1; i > from; i--) {
            if (endsWithVerb(listImplementingVerbs, text, i)) {
                return true;
            }
        }
        return false;
    }

    private boolean verbBetween(String text, int from, int to) {
        for (int i = from + 1; i <= to; i++) {
            Boundary b = boundaryEndingAt(text, i, from);
            if (b != null && b.kind().equals("verb")) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithVerb(List<String> verbs, String text, int at) {
        for (String v : verbs) {
            if (at >= v.length() && text.startsWith(v, at - v.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The quoted names the document itself gives a project ending (“六水共建”行动): written later without the
     * ending (“六水共建”总规, 为“六水共建”夯实基础) they still name that programme.
     */
    /** A place is written right before the quotation (黄河“几字弯”: the zone, not the 攻坚战 named after it). */
    private boolean afterPlace(String text, int quoteStart) {
        int from = Math.max(0, quoteStart - 6);
        List<Term> terms = segment.get().seg(text.substring(from, quoteStart));
        return !terms.isEmpty() && String.valueOf(terms.get(terms.size() - 1).nature).startsWith("ns");
    }

    private static Set<String> quotedNames(String text, List<int[]> candidates) {
        Set<String> names = new java.util.HashSet<>();
        for (int[] c : candidates) {
            Matcher m = QUOTED.matcher(text.substring(c[0], c[1]));
            while (m.find()) {
                names.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return names;
    }

    private void quotedCandidates(String text, List<int[]> out, Set<String> documentProgrammes) {
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String inner = m.group(1) != null ? m.group(1) : m.group(2);
            boolean named = programmes.contains(inner) || suffixes.stream().anyMatch(inner::contains)
                    || documentProgrammes.contains(inner) && !afterPlace(text, m.start());
            if (!named) {
                continue;
            }
            // a qualifier before the quote belongs to the name (河湖“清四乱”), up to the introducing verb
            int start = nameStart(text, m.start(), false);
            if (start < 0 || hasQuote(text, start, m.start()) || m.start() - start > MAX_QUALIFIER) {
                start = m.start(); // a qualifier is short (河湖, 农村牧区) and holds no other quotation (“A”“B”)
            }
            out.add(new int[] {start, m.end()});
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
     * least two characters of name (when {@code needStem}), never beyond clause punctuation outside
     * quotation marks. A boundary inside an open quotation (“绿化青山、守护北疆”…) or a one-character
     * boundary that is part of a longer word (呼和浩特, 和美) does not end the name; nor does a
     * conjunction followed only by generic words (保护和修复工程: one name, not 修复工程).
     */
    private int nameStart(String text, int at, boolean needStem) {
        int limit = clauseStart(text, at);
        Words words = new Words(text, limit, at);
        for (int cut = at; cut > limit; cut--) {
            Boundary b = boundaryEndingAt(text, cut, limit);
            if (b == null || needStem && b.kind().equals("quote-only") || openQuote(text, cut, at)
                    || !words.beginsWord(cut - b.word().length(), cut)) {
                continue;
            }
            boolean stem = hanCount(text, cut, at) >= 2;
            boolean joinsModifiers = b.kind().equals("coordinator") && generic(text.substring(cut, at));
            if (!needStem || stem && !joinsModifiers) {
                return cut;
            }
            if (!b.kind().equals("verb") && !stem) {
                return -1; // 等项目, 的项目: a category of projects, not a name
            }
            cut -= b.word().length() - 1; // a verb right before the ending, or generic words: look further left
        }
        if (!needStem) {
            return -1;
        }
        return hanCount(text, limit, at) >= 2 ? limit : -1;
    }

    /** The nearest clause punctuation left of {@code at} that is not inside quotation marks. */
    private static int clauseStart(String text, int at) {
        int limit = at;
        int open = 0; // closing quotes seen whose opening quote lies further left
        while (limit > 0 && at - limit < MAX_NAME) {
            char c = text.charAt(limit - 1);
            if (c == '”') {
                open++;
            } else if (c == '“' && open > 0) {
                open--;
            } else if (HARD_STOPS.indexOf(c) >= 0 && open == 0) {
                break;
            }
            limit--;
        }
        return limit;
    }

    /** Skips words a name never starts with (积极, 建设, 采取 …); -1 when nothing of the name would remain. */
    private int afterInitialStops(String text, int start, int at) {
        Words words = new Words(text, start, at);
        boolean stripped = true;
        while (stripped && start < at) {
            stripped = false;
            for (String w : initialStops) {
                if (text.startsWith(w, start) && start + w.length() <= at && words.standsAlone(start, start + w.length())) {
                    start += w.length();
                    stripped = true;
                    break;
                }
            }
        }
        return start < at ? start : -1;
    }

    /** The stem names something particular: a place or organisation, a quotation, a phase (三期, 二期). */
    private boolean distinctive(String text, int from, int to) {
        String stem = text.substring(from, to);
        if (hasQuote(text, from, to) || stem.matches(".*[0-9０-９一二三四五六七八九十百千万两]+[期年个处座条万亿].*")
                || nationalProgrammes.stream().anyMatch(stem::contains)) {
            return true;
        }
        for (Term t : segment.get().seg(stem)) {
            String nature = String.valueOf(t.nature);
            if (nature.startsWith("ns") || nature.startsWith("nt") || nature.startsWith("nr")) {
                return true;
            }
        }
        return false;
    }

    /** True when the text holds nothing but generic words (生态, 修复, 重点 …), so it names nothing. */
    private boolean generic(String stem) {
        String rest = stem.replaceAll("[“”\"‘’']", "");
        int i = 0;
        outer:
        while (i < rest.length()) {
            for (String w : genericWords) {
                if (rest.startsWith(w, i)) {
                    i += w.length();
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    /** An unmatched closing quotation mark in [from, to): the name would start inside a quotation. */
    private static boolean openQuote(String text, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                depth++;
            } else if (c == '”' && --depth < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasQuote(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("“”\"‘’".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * HanLP's words of a stretch of text, segmented on first use: a one-character boundary or stop
     * word counts only where it stands as a word of its own (和 in 保护和修复, not in 呼和浩特).
     */
    private final class Words {
        private final String text;
        private final int from;
        private final int to;
        private BitSet cuts;

        Words(String text, int from, int to) {
            this.text = text;
            this.from = from;
            this.to = to;
        }

        /** The word [start, end) is a word of its own (以 alone, not the start of 以工代赈). */
        boolean standsAlone(int start, int end) {
            return singleHan(start, end) || cuts().get(start - from) && cuts().get(end - from);
        }

        /** The word [start, end) does not sit inside a word begun further left (和 of 呼和浩特). */
        boolean beginsWord(int start, int end) {
            return singleHan(start, end) || cuts().get(start - from);
        }

        private boolean singleHan(int start, int end) {
            return end - start != 1 || !Character.isIdeographic(text.charAt(start));
        }

        private BitSet cuts() {
            if (cuts == null) {
                cuts = new BitSet();
                cuts.set(0);
                for (Term t : segment.get().seg(text.substring(from, to))) {
                    cuts.set(t.offset);
                    cuts.set(t.offset + t.word.length());
                }
            }
            return cuts;
        }
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

    private boolean acceptable(String name, String suffix) {
        if (name.length() > MAX_NAME || stopwords.contains(name) || openQuote(name, 0, name.length())) {
            return false;
        }
        String bare = name.replaceAll("[“”\"‘’']", "");
        return stopPatterns.stream().noneMatch(p -> p.matcher(bare).find()) && !stopwords.contains(bare)
                && !generic(name.substring(0, name.length() - suffix.length()));
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

}
