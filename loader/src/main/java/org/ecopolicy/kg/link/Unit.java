package org.ecopolicy.kg.link;

/**
 * A row of {@code ontology/units.csv}: a written unit and its machine-readable form.
 *
 * @param written the unit as documents write it ("万亩", "微克/立方米")
 * @param code    short code: the QUDT local name ("PERCENT", "MicroGM-PER-M3") or the eco unit code ("1E4-MU")
 * @param iri     the QUDT unit IRI, or an eco unit IRI (https://w3id.org/ecokg/ontology#unit-...)
 */
public record Unit(String written, String code, String iri) {
}
