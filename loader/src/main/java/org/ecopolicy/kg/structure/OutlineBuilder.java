package org.ecopolicy.kg.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the heading tree the way a reader follows an outline. A label kind's level is the order
 * in which the kind first appears in the document (so documents that skip a level still nest
 * right), corrected by the official order of levels when a higher kind appears after a lower one
 * ({@link #rankOfNewKind}), and a label is accepted only when it continues its sibling sequence: 1 under a new
 * parent (or the next number after the last one of its kind, for documents numbering straight
 * through as (一)…(四十三)), n+1 after n. A gap of one number is tolerated because real
 * documents drop an item now and then. Anything else ("6.27%" at a line start, a "1." inside a
 * table) is body text.
 */
final class OutlineBuilder {

    private static final int TOLERATED_GAP = 1;

    private final Map<String, Integer> ranks = new HashMap<>();
    private final Map<String, Integer> levels = new HashMap<>();
    private final Map<String, Integer> lastNumber = new HashMap<>();
    private final Deque<OutlineNode> open = new ArrayDeque<>();
    private final List<OutlineNode> roots = new ArrayList<>();
    private final List<OutlineNode> all = new ArrayList<>();

    /** Offers a candidate; returns the node when it is accepted as a heading, else null. */
    OutlineNode offer(HeadingCandidate candidate) {
        String kind = candidate.kind().name();
        Integer known = ranks.get(kind);
        int rank = known != null ? known : rankOfNewKind(candidate.kind());
        List<OutlineNode> stack = new ArrayList<>(open);
        int keep = 0;
        while (keep < stack.size() && stack.get(keep).rank >= rank) {
            keep++;
        }
        OutlineNode parent = keep < stack.size() ? stack.get(keep) : null;
        if (!continuesSequence(candidate, parent)) {
            return null;
        }
        for (int i = 0; i < keep; i++) {
            open.pop();
        }
        if (known == null) {
            makeRoom(rank);
            ranks.put(kind, rank);
            levels.put(kind, candidate.kind().level());
        }
        OutlineNode node = new OutlineNode(candidate, rank, parent);
        (parent == null ? roots : parent.children).add(node);
        open.push(node);
        all.add(node);
        lastNumber.put(kind, candidate.number());
        return node;
    }

    /**
     * A kind met for the first time ranks below the kinds met so far, unless the official order of
     * levels (一、 above (一) above 1. above (1), GB/T 9704; the order of headings.csv) puts it above
     * kinds no longer open: "一、目标任务\n1.…\n二、工作任务\n(一)优化产业结构\n1.…" nests (一) above
     * 1. although 1. came first. Under an open heading it always nests, as a reader takes a
     * document that reverses the usual order ("(1)草原保护\n1.落实草畜平衡").
     */
    private int rankOfNewKind(HeadingKind kind) {
        int lowestOpen = -1;
        for (OutlineNode n : open) {
            lowestOpen = Math.max(lowestOpen, n.rank);
        }
        int rank = ranks.size();
        for (Map.Entry<String, Integer> e : ranks.entrySet()) {
            if (levels.get(e.getKey()) > kind.level() && e.getValue() > lowestOpen && e.getValue() < rank) {
                rank = e.getValue();
            }
        }
        return rank;
    }

    /** The kinds ranked at or below {@code rank} move down one place for a new kind above them. */
    private void makeRoom(int rank) {
        if (rank == ranks.size()) {
            return;
        }
        ranks.replaceAll((k, r) -> r >= rank ? r + 1 : r);
        for (OutlineNode n : all) {
            n.rank = ranks.get(n.kind().name());
        }
    }

    private boolean continuesSequence(HeadingCandidate candidate, OutlineNode parent) {
        int n = candidate.number();
        OutlineNode previous = lastSibling(parent, candidate.kind());
        if (previous != null) {
            return follows(n, previous.number());
        }
        Integer last = lastNumber.get(candidate.kind().name());
        return n == 1 || (last != null && follows(n, last));
    }

    private OutlineNode lastSibling(OutlineNode parent, HeadingKind kind) {
        List<OutlineNode> siblings = parent == null ? roots : parent.children;
        for (int i = siblings.size() - 1; i >= 0; i--) {
            if (siblings.get(i).kind().equals(kind)) {
                return siblings.get(i);
            }
        }
        return null;
    }

    private static boolean follows(int n, int previous) {
        return n > previous && n <= previous + 1 + TOLERATED_GAP;
    }

    /** All accepted headings in text order. */
    List<OutlineNode> nodes() {
        return all;
    }
}
