package org.ecopolicy.kg.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.DocumentStructure;
import org.ecopolicy.kg.model.Evidence;
import org.ecopolicy.kg.model.Measure;
import org.ecopolicy.kg.model.Section;
import org.ecopolicy.kg.read.RuleFiles;
import org.ecopolicy.kg.read.TextLine;

/**
 * Finds a document's heading hierarchy and its measures.
 * <ul>
 * <li>Headings: labels from {@code /rules/structure/headings.csv}; nesting and acceptance by
 * {@link OutlineBuilder}.</li>
 * <li>Measures: a numbered item with no numbered children is a measure titled by its lead phrase;
 * but a title-only item whose body is several paragraphs, each opening with its own short lead
 * sentence, yields one measure per such paragraph. Items in general sections or titled by an
 * outcome ({@link MeasureExclusions}), chapters and parts standing alone, a cover notice's own
 * requests and the entries of a table of contents ({@link FrontMatter}) are no measures.</li>
 * </ul>
 * Offsets are found in the normalised text and valid in the original; labels, titles and paths
 * are sliced from the original, as written.
 */
public final class StructureParser {

    private final HeadingGrammar grammar = HeadingGrammar.load();
    private final MeasureExclusions exclusions = MeasureExclusions.load();
    private final FrontMatter frontMatter = FrontMatter.load();
    private final List<String> trailerPrefixes = RuleFiles.column("/rules/structure/trailers.csv", "prefix");

    public DocumentStructure parse(Document doc) {
        String norm = doc.text().normalized();
        List<TextLine> lines = TextLine.split(norm);
        FrontMatter.Regions front = frontMatter.find(norm, lines, grammar);
        List<OutlineNode> nodes = outline(norm, lines, front);
        int bodyEnd = bodyEnd(norm, lines, nodes);
        assignSpans(norm, nodes, bodyEnd);

        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            nodes.get(i).id = "s" + (i + 1);
        }
        for (OutlineNode node : nodes) {
            sections.add(new Section(node.id, label(doc, node), title(doc, node), node.depth,
                    node.parent == null ? null : node.parent.id, node.heading.labelStart(), node.end));
        }
        return new DocumentStructure(sections, measures(doc, lines, nodes, front));
    }

    // ---- outline ----------------------------------------------------------------------------

    private List<OutlineNode> outline(String norm, List<TextLine> lines, FrontMatter.Regions front) {
        OutlineBuilder builder = new OutlineBuilder();
        for (TextLine line : lines) {
            if (isTrailer(norm, line) && !builder.nodes().isEmpty()) {
                break;
            }
            if (front.isContentsEntry(line)) {
                continue;
            }
            Optional<HeadingCandidate> candidate = grammar.match(norm, line);
            if (candidate.isEmpty()) {
                continue;
            }
            OutlineNode node = builder.offer(candidate.get());
            if (node != null) {
                LeadPhrase title = LeadPhrase.ofHeading(norm, candidate.get().contentStart(), line.end());
                node.titleStart = title.start();
                node.titleEnd = title.end();
                node.inline = title.inline();
            }
        }
        return builder.nodes();
    }

    /** Where the body ends: at a trailer line (附件, 转载来源 …) after the last heading, else the text's end. */
    private int bodyEnd(String norm, List<TextLine> lines, List<OutlineNode> nodes) {
        int after = nodes.isEmpty() ? 0 : nodes.get(nodes.size() - 1).heading.lineEnd();
        for (TextLine line : lines) {
            if (line.start() >= after && isTrailer(norm, line)) {
                return line.start();
            }
        }
        return norm.length();
    }

    private boolean isTrailer(String norm, TextLine line) {
        String content = norm.substring(line.contentStart(norm), line.end());
        return trailerPrefixes.stream().anyMatch(content::startsWith);
    }

    /** A heading governs the text up to the next heading that is not its descendant. */
    private static void assignSpans(String norm, List<OutlineNode> nodes, int bodyEnd) {
        for (int i = 0; i < nodes.size(); i++) {
            OutlineNode node = nodes.get(i);
            int end = bodyEnd;
            for (int j = i + 1; j < nodes.size(); j++) {
                if (nodes.get(j).depth <= node.depth) {
                    end = nodes.get(j).heading.lineStart();
                    break;
                }
            }
            node.end = trimEnd(norm, node.heading.labelStart(), end);
        }
    }

    // ---- measures ---------------------------------------------------------------------------

    private List<Measure> measures(Document doc, List<TextLine> lines, List<OutlineNode> nodes,
                                   FrontMatter.Regions front) {
        String norm = doc.text().normalized();
        List<Measure> found = new ArrayList<>();
        for (OutlineNode node : nodes) {
            if (!node.isLeaf() || !node.kind().canBeMeasure() || front.inNotice(node.heading.labelStart())
                    || excluded(norm, node) || node.titleEnd <= node.titleStart) {
                continue;
            }
            List<String> ancestors = node.ancestors().stream().map(a -> heading(doc, a)).toList();
            List<Measure> paragraphMeasures = node.inline ? List.of() : paragraphMeasures(doc, lines, node, ancestors);
            if (!paragraphMeasures.isEmpty()) {
                found.addAll(paragraphMeasures);
                continue;
            }
            List<String> path = new ArrayList<>(ancestors);
            path.add(label(doc, node));
            found.add(new Measure(null, node.id, path, title(doc, node), node.heading.labelStart(), node.end,
                    Evidence.of(doc, node.titleStart, node.titleEnd)));
        }
        found.sort(Comparator.comparingInt(Measure::start));
        List<Measure> numbered = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Measure m = found.get(i);
            numbered.add(new Measure("m" + (i + 1), m.sectionId(), m.path(), m.title(), m.start(), m.end(),
                    m.titleEvidence()));
        }
        return numbered;
    }

    /**
     * One measure per paragraph that opens with its own lead sentence, when the item's body is
     * made of such paragraphs (at least two, and at least half of all its paragraphs). Paragraphs
     * without a lead belong to the measure before them; those before the first lead are an
     * introduction.
     */
    private List<Measure> paragraphMeasures(Document doc, List<TextLine> lines, OutlineNode node,
                                            List<String> ancestors) {
        String norm = doc.text().normalized();
        List<Paragraph> paragraphs = Paragraph.split(norm, lines, node.heading.lineEnd(), node.end);
        List<LeadPhrase> leads = new ArrayList<>();
        List<Integer> leadIndex = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            LeadPhrase lead = LeadPhrase.leadSentence(norm, paragraphs.get(i).start(), paragraphs.get(i).end());
            if (lead != null && !exclusions.excludes(norm.substring(lead.start(), lead.end()))) {
                leads.add(lead);
                leadIndex.add(i);
            }
        }
        if (leads.size() < 2 || leads.size() * 2 < paragraphs.size()) {
            return List.of();
        }
        List<String> path = new ArrayList<>(ancestors);
        path.add(heading(doc, node));
        List<Measure> measures = new ArrayList<>();
        for (int k = 0; k < leads.size(); k++) {
            LeadPhrase lead = leads.get(k);
            int lastParagraph = k + 1 < leads.size() ? leadIndex.get(k + 1) - 1 : paragraphs.size() - 1;
            int end = paragraphs.get(lastParagraph).end();
            measures.add(new Measure(null, node.id, path, doc.text().original().substring(lead.start(), lead.end()),
                    lead.start(), end, Evidence.of(doc, lead.start(), lead.end())));
        }
        return measures;
    }

    private boolean excluded(String norm, OutlineNode node) {
        for (OutlineNode n = node; n != null; n = n.parent) {
            if (exclusions.excludes(norm.substring(n.titleStart, n.titleEnd))) {
                return true;
            }
        }
        return false;
    }

    // ---- text slices ------------------------------------------------------------------------

    private static String label(Document doc, OutlineNode node) {
        return doc.text().original().substring(node.heading.labelStart(), node.heading.labelEnd());
    }

    private static String title(Document doc, OutlineNode node) {
        return doc.text().original().substring(node.titleStart, node.titleEnd);
    }

    /** Label and title as written, e.g. "(二)实施环境质量改善专项行动". */
    private static String heading(Document doc, OutlineNode node) {
        return label(doc, node) + title(doc, node);
    }

    private static int trimEnd(String norm, int from, int end) {
        while (end > from && TextLine.isSpace(norm.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
