package org.ecopolicy.kg.model;

public enum TargetKind {
    QUANTITATIVE, QUALITATIVE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
