package org.ecopolicy.kg.model;

import java.time.LocalDate;

/**
 * What a document says about itself (or what the manifest says for it). Any field may be null
 * when neither source states it.
 */
public record DocumentMetadata(
        String title,
        String issuer,
        String number,
        LocalDate date,
        String jurisdiction,
        AdminLevel level,
        Integer periodStart,
        Integer periodEnd) {

    public static DocumentMetadata empty() {
        return new DocumentMetadata(null, null, null, null, null, null, null, null);
    }

    /** Fields of {@code preferred} win; gaps are filled from this. */
    public DocumentMetadata overriddenBy(DocumentMetadata preferred) {
        return new DocumentMetadata(
                pick(preferred.title, title),
                pick(preferred.issuer, issuer),
                pick(preferred.number, number),
                pick(preferred.date, date),
                pick(preferred.jurisdiction, jurisdiction),
                pick(preferred.level, level),
                pick(preferred.periodStart, periodStart),
                pick(preferred.periodEnd, periodEnd));
    }

    private static <T> T pick(T first, T second) {
        return first != null ? first : second;
    }
}
