package org.ecopolicy.kg.extract;

import java.math.BigDecimal;

/**
 * A number with its unit as written ("22.57%", "16.57 亿立方米", "294天"), or a bare number
 * ({@code unit == null}, e.g. a coefficient "0.65"). {@code end} closes the unit, {@code suffixEnd}
 * a following bound word ("以上", "以下", "左右"), kept in {@code bound}.
 */
record Quantity(int start, int end, int suffixEnd, BigDecimal value, String unit, String unitCode,
                String unitKind, String bound) {

    boolean hasUnit() {
        return unit != null;
    }
}
