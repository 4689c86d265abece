package org.ecopolicy.kg.serve.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A text with highlighted spans that may nest or overlap (a place inside a target's sentence), cut
 * into pieces at every span boundary. Each piece knows the spans covering it; the innermost one
 * (the shortest) is what a link on it leads to, so markup never has to nest.
 */
final class TextSpans {

    /** A highlighted range [begin, end) of the text, of some kind, pointing at an entity. */
    record Span(int begin, int end, String kind, String href, String label) {
        int length() {
            return end - begin;
        }
    }

    /** A run of text and the spans covering it (empty: plain text). */
    record Piece(String text, List<Span> covering) {
        Span innermost() {
            return covering.stream().min(java.util.Comparator.comparingInt(Span::length)).orElse(null);
        }
    }

    private TextSpans() {
    }

    /** Cuts {@code text} at the boundaries of {@code spans} (clipped to the text; empty spans ignored). */
    static List<Piece> pieces(String text, List<Span> spans) {
        List<Span> inside = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Span s : spans) {
            int b = Math.max(0, s.begin());
            int e = Math.min(text.length(), s.end());
            if (b < e) {
                Span clipped = new Span(b, e, s.kind(), s.href(), s.label());
                inside.add(clipped);
                cuts.add(b);
                cuts.add(e);
            }
        }
        List<Piece> out = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int f = from;
            int t = to;
            List<Span> covering = inside.stream().filter(s -> s.begin() <= f && s.end() >= t).toList();
            out.add(new Piece(text.substring(f, t), covering));
            from = to;
        }
        return out;
    }
}
