package org.ecopolicy.kg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopolicy.kg.read.ChineseNumerals;
import org.ecopolicy.kg.read.RuleFiles;
import org.ecopolicy.kg.read.TextLine;

/**
 * Recognises heading labels at the start of a line, after indentation (spaces, U+3000, which the
 * normalised text shows as spaces) and markdown '#' marks. The label kinds come from
 * {@code /rules/structure/headings.csv}.
 */
final class HeadingGrammar {

    private static final String RESOURCE = "/rules/structure/headings.csv";
    private static final Pattern MARKDOWN_PREFIX = Pattern.compile("#{1,6}\\s*");

    private final List<HeadingKind> kinds;

    private HeadingGrammar(List<HeadingKind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    static HeadingGrammar load() {
        List<HeadingKind> kinds = new ArrayList<>();
        for (Map<String, String> row : RuleFiles.rows(RESOURCE)) {
            kinds.add(new HeadingKind(row.get("kind"), Pattern.compile(row.get("regex")), row.get("example"), kinds.size(),
                    !"no".equals(row.get("measure"))));
        }
        return new HeadingGrammar(kinds);
    }

    /** The heading label the line starts with, if any; {@code norm} is the normalised text. */
    Optional<HeadingCandidate> match(String norm, TextLine line) {
        int start = line.contentStart(norm);
        Matcher markdown = MARKDOWN_PREFIX.matcher(norm).region(start, line.end());
        if (markdown.lookingAt()) {
            start = markdown.end();
        }
        for (HeadingKind kind : kinds) {
            Matcher m = kind.pattern().matcher(norm).region(start, line.end());
            if (!m.lookingAt()) {
                continue;
            }
            int number = ChineseNumerals.parse(m.group("num"));
            int content = m.end();
            while (content < line.end() && TextLine.isSpace(norm.charAt(content))) {
                content++;
            }
            if (number <= 0 || content >= line.end()) {
                return Optional.empty();
            }
            return Optional.of(new HeadingCandidate(kind, number, m.start(), m.end(), content, line.start(), line.end()));
        }
        return Optional.empty();
    }
}
