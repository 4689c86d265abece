package org.ecopolicy.kg.extract;

import java.util.ArrayList;
import java.util.List;

/** Half-open character ranges of a text, with the few queries extractors need. */
final class TextSpans {

    private final List<int[]> spans = new ArrayList<>();

    /** Ranges enclosed by book-title marks 《…》 (document titles name no place or project). */
    static TextSpans bookTitles(String text) {
        TextSpans result = new TextSpans();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《') {
                if (depth++ == 0) {
                    start = i;
                }
            } else if (c == '》' && depth > 0 && --depth == 0) {
                result.add(start, i + 1);
            } else if (c == '\n') {
                depth = 0;
            }
        }
        return result;
    }

    void add(int start, int end) {
        spans.add(new int[] {start, end});
    }

    List<int[]> all() {
        return List.copyOf(spans);
    }

    boolean overlaps(int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && s[0] < end) {
                return true;
            }
        }
        return false;
    }
}
