package org.ecopolicy.kg.model;

/** How a target's value binds the indicator. Codes are those of the targets table. */
public enum Comparator {
    AT_LEAST(">="),
    AT_MOST("<="),
    EQUAL("="),
    DECREASE_BY("decrease_by"),
    INCREASE_BY("increase_by"),
    NONE("none");

    private final String code;

    Comparator(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Comparator fromCode(String code) {
        for (Comparator c : values()) {
            if (c.code.equals(code.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown comparator '" + code + "'");
    }
}
