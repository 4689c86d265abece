package org.ecopolicy.kg.extract;

/**
 * A year a sentence commits to ({@link Role#TARGET}, "到2025年") or reports on ({@link Role#BASELINE},
 * "截至2020年底"). {@code quoteStart} is where evidence quotes begin (the trigger word), {@code end}
 * the end of the whole year phrase ("到2025年底前").
 */
record YearMention(int quoteStart, int start, int end, int year, Role role) {

    enum Role {
        TARGET, BASELINE
    }
}
