package org.ecopolicy.kg.structure;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopolicy.kg.read.RuleFiles;
import org.ecopolicy.kg.read.TextLine;

/**
 * The parts before a document's body whose numbered lines are no measures
 * ({@code /rules/structure/front-matter.csv}): a table of contents, whose entries are not headings
 * at all, and a cover notice's own requests ("现将《方案》印发给你们，并提出如下要求：一、加强领导…"),
 * which are headings of the notice but no measures of the document it hands over.
 */
final class FrontMatter {

    private static final Pattern BOOK_TITLE = Pattern.compile("《([^》]{4,})》");
    /** Page numbers and leader dots after a contents entry ("第一节 指导思想……9"). */
    private static final Pattern PAGE_REFERENCE = Pattern.compile("[.·…\\s0-9]+$");

    private final List<Pattern> tocLines;
    private final List<Pattern> noticeCues;
    private final List<Pattern> noticeEnds;

    private FrontMatter(List<Pattern> tocLines, List<Pattern> noticeCues, List<Pattern> noticeEnds) {
        this.tocLines = tocLines;
        this.noticeCues = noticeCues;
        this.noticeEnds = noticeEnds;
    }

    static FrontMatter load() {
        List<Map<String, String>> rows = RuleFiles.rows("/rules/structure/front-matter.csv");
        return new FrontMatter(patterns(rows, "toc-line"), patterns(rows, "notice-cue"), patterns(rows, "notice-end"));
    }

    private static List<Pattern> patterns(List<Map<String, String>> rows, String kind) {
        return rows.stream().filter(r -> kind.equals(r.get("kind"))).map(r -> Pattern.compile(r.get("pattern"))).toList();
    }

    /** Where the front matter lies in one document. */
    record Regions(Set<Integer> contentsLines, int noticeStart, int noticeEnd) {

        /** The line is an entry of a table of contents. */
        boolean isContentsEntry(TextLine line) {
            return contentsLines.contains(line.number());
        }

        /** The offset lies among a cover notice's own requests. */
        boolean inNotice(int offset) {
            return offset >= noticeStart && offset < noticeEnd;
        }
    }

    Regions find(String norm, List<TextLine> lines, HeadingGrammar grammar) {
        int[] notice = notice(norm, lines);
        return new Regions(contents(norm, lines, grammar), notice[0], notice[1]);
    }

    /**
     * Entries of a table of contents: the numbered lines after a 目录 line, up to the line that
     * writes the first entry again (the body begins) or the first line of prose.
     */
    private Set<Integer> contents(String norm, List<TextLine> lines, HeadingGrammar grammar) {
        Set<Integer> entries = new HashSet<>();
        boolean inContents = false;
        String first = null;
        for (TextLine line : lines) {
            String compact = compact(norm, line);
            if (compact.isEmpty()) {
                continue;
            }
            if (!inContents) {
                inContents = tocLines.stream().anyMatch(p -> p.matcher(compact).matches());
                first = null;
                continue;
            }
            Optional<HeadingCandidate> heading = grammar.match(norm, line);
            if (heading.isEmpty()) {
                inContents = compact.chars().noneMatch(c -> "。,;".indexOf(c) >= 0);
                continue;
            }
            String entry = PAGE_REFERENCE.matcher(compact).replaceAll("");
            if (first == null) {
                first = entry;
            } else if (first.equals(entry)) {
                inContents = false;
                continue;
            }
            entries.add(line.number());
        }
        return entries;
    }

    /**
     * From the line after the notice's hand-over sentence to the line that signs it off, or that
     * writes the handed-over document's title again; empty when there is no such end.
     */
    private int[] notice(String norm, List<TextLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String text = norm.substring(lines.get(i).start(), lines.get(i).end());
            if (noticeCues.stream().noneMatch(p -> p.matcher(text).find())) {
                continue;
            }
            Matcher title = BOOK_TITLE.matcher(text);
            String handed = title.find() ? title.group(1).replace(" ", "") : null;
            for (int j = i + 1; j < lines.size(); j++) {
                String compact = compact(norm, lines.get(j));
                boolean signed = noticeEnds.stream().anyMatch(p -> p.matcher(compact).matches());
                if (signed || (handed != null && compact.equals(handed))) {
                    return new int[] {lines.get(i).end(), lines.get(j).start()};
                }
            }
            break;
        }
        return new int[] {0, 0};
    }

    private static String compact(String norm, TextLine line) {
        StringBuilder b = new StringBuilder();
        for (int k = line.start(); k < line.end(); k++) {
            char c = norm.charAt(k);
            if (!TextLine.isSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
