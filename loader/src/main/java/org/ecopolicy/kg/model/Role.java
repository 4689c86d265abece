package org.ecopolicy.kg.model;

/** A department's role in a measure: lead (牵头) or responsible/supporting (责任, 配合). */
public enum Role {
    LEAD, RESPONSIBLE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
