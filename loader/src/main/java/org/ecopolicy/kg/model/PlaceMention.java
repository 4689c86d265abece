package org.ecopolicy.kg.model;

/**
 * A named place in the text. {@code placeId} is the gazetteer entry it links to, or null for a
 * place the gazetteer lacks (it then becomes a marked, unlinked place in the graph).
 */
public record PlaceMention(String surface, String placeId, Evidence evidence) {

    public boolean linked() {
        return placeId != null;
    }
}
