package org.ecopolicy.kg.model;

/** Administrative level of a document's jurisdiction. */
public enum AdminLevel {
    AUTONOMOUS_REGION("autonomous-region"),
    CITY("city"),
    BANNER("banner");

    private final String code;

    AdminLevel(String code) {
        this.code = code;
    }

    /** The code used in manifests, tables and the graph. */
    public String code() {
        return code;
    }

    public static AdminLevel fromCode(String code) {
        for (AdminLevel level : values()) {
            if (level.code.equalsIgnoreCase(code.trim())) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown administrative level '" + code + "'");
    }
}
