package org.ecopolicy.kg.structure;

import java.util.ArrayList;
import java.util.List;

/** A heading accepted into the outline, with its place in the tree and the span it governs. */
final class OutlineNode {

    final HeadingCandidate heading;
    /** Level among the kinds of the document (0 outermost); may move down when a higher kind appears later. */
    int rank;
    final OutlineNode parent;
    final int depth;
    final List<OutlineNode> children = new ArrayList<>();
    /** Title range in the text, without final punctuation. */
    int titleStart;
    int titleEnd;
    /** True when body text follows the title on the heading line ("(一) 保护好美丽大草原。坚持…"). */
    boolean inline;
    /** Offset just after the last char governed by this heading. */
    int end;
    String id;

    OutlineNode(HeadingCandidate heading, int rank, OutlineNode parent) {
        this.heading = heading;
        this.rank = rank;
        this.parent = parent;
        this.depth = parent == null ? 1 : parent.depth + 1;
    }

    int number() {
        return heading.number();
    }

    HeadingKind kind() {
        return heading.kind();
    }

    boolean isLeaf() {
        return children.isEmpty();
    }

    /** Ancestors from the outermost down to the parent. */
    List<OutlineNode> ancestors() {
        List<OutlineNode> chain = new ArrayList<>();
        for (OutlineNode n = parent; n != null; n = n.parent) {
            chain.add(0, n);
        }
        return chain;
    }
}
