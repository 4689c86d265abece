package org.ecopolicy.kg.model;

import java.util.List;

/**
 * Everything extraction found in one document. Facts are anchored by offsets; which measure a fact
 * belongs to follows from {@link Measure#contains(Evidence)}.
 */
public record ExtractedDocument(
        Document document,
        DocumentStructure structure,
        List<Target> targets,
        List<PlaceMention> places,
        List<ProjectMention> projects,
        List<DepartmentMention> departments) {

    public ExtractedDocument {
        targets = List.copyOf(targets);
        places = List.copyOf(places);
        projects = List.copyOf(projects);
        departments = List.copyOf(departments);
    }
}
