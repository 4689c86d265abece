package org.ecopolicy.kg.link;

/**
 * A concept of the indicator scheme ({@code ontology/indicators.ttl}).
 *
 * @param iri     the concept IRI
 * @param labelZh skos:prefLabel in Chinese
 * @param labelEn skos:prefLabel in English
 * @param unitIri eco:preferredUnit (a QUDT or eco unit IRI), or null when the indicator has none
 */
public record Indicator(String iri, String labelZh, String labelEn, String unitIri) {
}
