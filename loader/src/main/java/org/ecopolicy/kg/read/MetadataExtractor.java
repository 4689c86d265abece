package org.ecopolicy.kg.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ecopolicy.kg.model.AdminLevel;
import org.ecopolicy.kg.model.DocumentMetadata;
import org.ecopolicy.kg.model.SourceText;

/**
 * Finds what a policy document says about itself, from its text alone: title, issuer, 文号, date,
 * planning period, and the jurisdiction and level when the issuer (or title) starts with a region
 * name. Patterns and word lists come from {@code /rules/read/*.csv}. Matching runs on the normalised
 * text; values are sliced from the original so they read as written.
 */
public final class MetadataExtractor {

    /** How far into the document the notice head (title, 文号, date) may stand. */
    private static final int HEAD_LINES = 30;
    /** How many closing lines may hold the signature and date of a notice. */
    private static final int TAIL_LINES = 10;
    private static final int MAX_TITLE_LINE = 100;
    private static final int MAX_SHORT_LINE = 60;
    private static final int MAX_ISSUER = 40;
    private static final int MAX_TITLE_CONTINUATIONS = 3;
    private static final String ABOUT = "关于";

    private final HeaderTableParser headerTables = new HeaderTableParser();
    private final List<String> titleEndings = RuleFiles.column("/rules/read/title-endings.csv", "suffix");
    private final Pattern docNumber;
    private final Pattern periodRange;
    private final Pattern numberedLine;
    private final Map<String, int[]> fiveYearPlans = new HashMap<>();
    private final Pattern regionStart;
    private final Map<String, AdminLevel> suffixLevels = new HashMap<>();
    private final Set<String> genericRegionWords;

    public MetadataExtractor() {
        Map<String, String> patterns = new HashMap<>();
        for (Map<String, String> row : RuleFiles.rows("/rules/read/metadata-patterns.csv")) {
            patterns.put(row.get("name"), row.get("regex"));
        }
        docNumber = Pattern.compile(patterns.get("doc_number"));
        periodRange = Pattern.compile(patterns.get("period_range"));
        numberedLine = Pattern.compile(patterns.get("numbered_line"));
        for (Map<String, String> row : RuleFiles.rows("/rules/read/five-year-plans.csv")) {
            fiveYearPlans.put(row.get("name"),
                    new int[] {Integer.parseInt(row.get("start")), Integer.parseInt(row.get("end"))});
        }
        List<String> suffixes = new ArrayList<>();
        for (Map<String, String> row : RuleFiles.rows("/rules/read/jurisdiction-suffixes.csv")) {
            suffixes.add(row.get("suffix"));
            suffixLevels.put(row.get("suffix"), AdminLevel.fromCode(row.get("level")));
        }
        String organs = RuleFiles.column("/rules/read/issuing-organs.csv", "organ").stream()
                .map(Pattern::quote).collect(Collectors.joining("|"));
        regionStart = Pattern.compile("^([\\p{IsHan}]{1,12}?(" + suffixes.stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + "))\\s*(?:" + organs + ")");
        genericRegionWords = new HashSet<>(RuleFiles.column("/rules/read/generic-region-words.csv", "word"));
    }

    public DocumentMetadata extract(SourceText text) {
        String norm = text.normalized();
        HeaderTable header = headerTables.parse(norm);
        List<TextLine> lines = TextLine.split(norm).stream()
                .filter(l -> !l.isBlank(norm) && l.start() >= header.end())
                .toList();
        List<TextLine> head = lines.subList(0, Math.min(HEAD_LINES, lines.size()));

        String title = title(text, head);
        String issuer = issuer(text, lines, title);
        String number = number(text, head);
        LocalDate date = date(text, lines);
        int[] period = period(text, title, head);
        String[] region = region(issuer != null ? issuer : "");
        if (region == null && title != null) {
            region = region(title);
        }
        DocumentMetadata fromText = new DocumentMetadata(
                title, issuer, number, date,
                region == null ? null : region[0],
                region == null ? null : suffixLevels.get(region[1]),
                period == null ? null : period[0],
                period == null ? null : period[1]);
        // what the text itself says wins over the website's header table
        return header.metadata().overriddenBy(fromText);
    }

    // ---- title ----------------------------------------------------------------------------

    private String title(SourceText text, List<TextLine> head) {
        String norm = text.normalized();
        for (int i = 0; i < head.size(); i++) {
            String line = stripMarkup(head.get(i).of(norm));
            if (line.contains(ABOUT) && line.length() <= MAX_TITLE_LINE && !isProse(line)) {
                return joinTitle(text, head, i);
            }
        }
        for (TextLine line : head) {
            String content = line.of(norm).strip();
            if (content.startsWith("#") && !numberedLine.matcher(content).find()) {
                return tidy(original(text, line));
            }
        }
        for (TextLine line : head) {
            String content = stripMarkup(line.of(norm));
            if (numberedLine.matcher(content).find()) {
                break;
            }
            if (looksLikeTitle(content)) {
                return tidy(original(text, line));
            }
        }
        return null;
    }

    /** The title line at {@code first}, joined with the lines that continue it (like 004's three lines). */
    private String joinTitle(SourceText text, List<TextLine> head, int first) {
        String norm = text.normalized();
        StringBuilder title = new StringBuilder(original(text, head.get(first)));
        for (int i = first + 1; i <= first + MAX_TITLE_CONTINUATIONS && i < head.size(); i++) {
            if (endsLikeTitle(tidy(title.toString()))) {
                break;
            }
            String next = stripMarkup(head.get(i).of(norm));
            if (isProse(next) || next.length() > MAX_SHORT_LINE || next.endsWith(":")) {
                break;
            }
            title.append(original(text, head.get(i)));
        }
        return tidy(title.toString());
    }

    private boolean looksLikeTitle(String line) {
        return line.length() >= 4 && line.length() <= 40 && !isProse(line) && !line.endsWith(":")
                && !(line.startsWith("(") && line.endsWith(")"))
                && DateParser.whole(line) == null && !docNumber.matcher(line).matches()
                && line.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private boolean endsLikeTitle(String title) {
        String t = title.replaceAll("[》」”\"]+$", "");
        return titleEndings.stream().anyMatch(t::endsWith);
    }

    // ---- issuer -----------------------------------------------------------------------------

    private String issuer(SourceText text, List<TextLine> lines, String title) {
        if (title != null) {
            String t = TextNormalizer.normalize(title);
            int about = t.indexOf(ABOUT);
            if (about >= 2 && about <= MAX_ISSUER && !t.substring(0, about).contains("印发")) {
                return title.substring(0, about).strip();
            }
        }
        String norm = text.normalized();
        for (int i = 1; i < lines.size(); i++) {
            if (DateParser.whole(lines.get(i).of(norm)) != null) {
                String above = stripMarkup(lines.get(i - 1).of(norm));
                if (above.length() >= 2 && above.length() <= MAX_ISSUER && !isProse(above)
                        && DateParser.whole(above) == null) {
                    return tidy(original(text, lines.get(i - 1)));
                }
                break;
            }
        }
        return null;
    }

    // ---- number, date, period -------------------------------------------------------------

    private String number(SourceText text, List<TextLine> head) {
        for (TextLine line : head) {
            if (docNumber.matcher(line.of(text.normalized()).strip()).matches()) {
                return original(text, line).strip();
            }
        }
        return null;
    }

    /** The date standing alone on a line near the head (signature of a notice) or at the end. */
    private LocalDate date(SourceText text, List<TextLine> lines) {
        String norm = text.normalized();
        List<TextLine> candidates = new ArrayList<>(lines.subList(0, Math.min(HEAD_LINES, lines.size())));
        candidates.addAll(lines.subList(Math.max(Math.min(HEAD_LINES, lines.size()), lines.size() - TAIL_LINES),
                lines.size()));
        for (TextLine line : candidates) {
            LocalDate date = DateParser.whole(line.of(norm));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private int[] period(SourceText text, String title, List<TextLine> head) {
        if (title != null) {
            int[] p = periodIn(TextNormalizer.normalize(title));
            if (p != null) {
                return p;
            }
        }
        for (TextLine line : head) {
            String content = stripMarkup(line.of(text.normalized()));
            if (content.length() <= MAX_SHORT_LINE && !isProse(content)) {
                int[] p = periodIn(content);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private int[] periodIn(String s) {
        Matcher m = periodRange.matcher(s);
        if (m.find()) {
            int start = Integer.parseInt(m.group(1));
            int end = Integer.parseInt(m.group(2));
            if (start <= end) {
                return new int[] {start, end};
            }
        }
        for (Map.Entry<String, int[]> plan : fiveYearPlans.entrySet()) {
            if (s.contains(plan.getKey())) {
                return plan.getValue().clone();
            }
        }
        return null;
    }

    // ---- jurisdiction ---------------------------------------------------------------------

    /** [region name, its suffix] when {@code s} starts with a region followed by an organ. */
    private String[] region(String s) {
        Matcher m = regionStart.matcher(TextNormalizer.normalize(s).strip());
        if (m.find() && !genericRegionWords.contains(m.group(1))) {
            return new String[] {s.strip().substring(0, m.group(1).length()), m.group(2)};
        }
        return null;
    }

    // ---- helpers --------------------------------------------------------------------------

    /** A sentence rather than a title or name: it has sentence or clause punctuation. */
    private static boolean isProse(String s) {
        return s.indexOf('。') >= 0 || s.indexOf(',') >= 0 || s.indexOf('，') >= 0 || s.indexOf(';') >= 0;
    }

    private static String stripMarkup(String line) {
        return line.strip().replaceFirst("^#+\\s*", "").strip();
    }

    private static String original(SourceText text, TextLine line) {
        return text.original().substring(line.contentStart(text.normalized()), line.contentEnd(text.normalized()));
    }

    /** Drops markdown marks and collapses spaces; a space before 关于 is layout, not content. */
    private static String tidy(String s) {
        String t = s.strip().replaceFirst("^#+\\s*", "");
        t = t.replaceAll("[\\s\\u3000]+", " ").replaceAll(" (?=" + ABOUT + ")", "");
        return t.strip();
    }
}
