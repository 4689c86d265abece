package org.ecopolicy.kg.model;

import java.math.BigDecimal;

/**
 * A commitment that an outcome holds by a year ("到2025年，全旗森林覆盖率达到22.4%"), or, when
 * {@code baseline} is set, a past achievement reported for that year.
 *
 * @param indicator the indicator as written (shortest faithful phrase)
 * @param value     null for qualitative targets
 * @param unit      the unit as written ("%", "亿立方米"), null when none
 * @param unitCode  machine-readable unit code (e.g. "PERCENT", "MicroGM-PER-M3"), null when none
 * @param scope     the region as the text states it ("全旗", "十大孔兑"), null when none
 */
public record Target(
        String documentId,
        int year,
        TargetKind kind,
        String indicator,
        Comparator comparator,
        BigDecimal value,
        String unit,
        String unitCode,
        String scope,
        boolean baseline,
        Evidence evidence) {
}
