package org.ecopolicy.kg.link;

/**
 * A row of {@code ontology/units.csv}: a written unit and its machine-readable form.
 *
 * @param written the unit as documents write it ("万亩", "微克/立方米")
 * @param code    short code: the QUDT local name ("PERCENT", "MicroGM-PER-M3") or the eco unit code ("1E4-MU")
 * @param iri     the QUDT unit IRI, or an eco unit IRI (https://w3id.org/ecokg/ontology#unit-...)
 * @param kind    what the unit measures for target extraction: {@code percent} (%, ‰), {@code change}
 *                (个百分点), {@code count} (个, 座, 辆) or {@code measure} (everything else)
 */
public record Unit(String written, String code, String iri, String kind) {

    public static final java.util.Set<String> KINDS = java.util.Set.of("percent", "change", "measure", "count");
}
