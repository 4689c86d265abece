package org.ecopolicy.kg.model;

import java.util.List;

/** Headings and measures of one document, both in text order. */
public record DocumentStructure(List<Section> sections, List<Measure> measures) {

    public DocumentStructure {
        sections = List.copyOf(sections);
        measures = List.copyOf(measures);
    }
}
