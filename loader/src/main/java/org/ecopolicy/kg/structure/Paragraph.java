package org.ecopolicy.kg.structure;

import java.util.ArrayList;
import java.util.List;
import org.ecopolicy.kg.read.TextLine;

/**
 * A paragraph of body text, {@code [start, end)} without surrounding whitespace. Lines that
 * continue a sentence broken by the source (the previous line ends without closing punctuation,
 * as in "…大气氨污染防" / "逃逸防控。…") are joined to the paragraph they continue.
 */
record Paragraph(int start, int end) {

    /** Chars that may close a paragraph; a line ending otherwise is continued by the next line. */
    private static final String CLOSERS = "。!?;:…”’」』)】》";

    static List<Paragraph> split(String norm, List<TextLine> lines, int from, int to) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (TextLine line : lines) {
            if (line.end() <= from || line.start() >= to || line.isBlank(norm)) {
                continue;
            }
            int start = Math.max(line.contentStart(norm), from);
            int end = Math.min(line.contentEnd(norm), to);
            if (start >= end) {
                continue;
            }
            Paragraph last = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
            if (last != null && CLOSERS.indexOf(norm.charAt(last.end - 1)) < 0) {
                paragraphs.set(paragraphs.size() - 1, new Paragraph(last.start, end));
            } else {
                paragraphs.add(new Paragraph(start, end));
            }
        }
        return paragraphs;
    }
}
