package org.ecopolicy.kg.model;

import java.util.List;

/**
 * A named place in the text. {@code placeId} is the gazetteer entry it links to, or null for a
 * place the gazetteer lacks (it then becomes a marked, unlinked place in the graph) or for a name
 * several gazetteer places share that neither the text nor the document's jurisdiction resolves:
 * {@code candidates} then lists them (新城区: 呼和浩特 or 西安), so the ambiguity is reported.
 * {@code withinId} is the place an unlinked park or zone is named after (鄂托克经济开发区 → 鄂托克旗), or null.
 */
public record PlaceMention(String surface, String placeId, Evidence evidence, List<String> candidates,
                           String withinId) {

    public PlaceMention {
        candidates = List.copyOf(candidates);
    }

    public PlaceMention(String surface, String placeId, Evidence evidence) {
        this(surface, placeId, evidence, List.of(), null);
    }

    public boolean linked() {
        return placeId != null;
    }

    public boolean ambiguous() {
        return !candidates.isEmpty();
    }
}
