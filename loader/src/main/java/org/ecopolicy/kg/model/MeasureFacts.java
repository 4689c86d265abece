package org.ecopolicy.kg.model;

import java.util.List;

/**
 * Everything decided about one measure before it is mapped: the places, projects and targets
 * written in it, the places containing those places (so the measure affects them too), its
 * departments (those written in it and those a standing note assigns to it) and its topics.
 * The mapper only turns this into triples.
 *
 * @param containingPlaceIds gazetteer ids of the places that contain a named place, by
 *                           containment or basin membership
 * @param topicIris          the topic concepts the measure's text is classified under
 */
public record MeasureFacts(Measure measure, List<PlaceMention> places, List<String> containingPlaceIds,
                           List<ProjectMention> projects, List<DepartmentMention> departments,
                           List<String> topicIris, List<Target> targets) {
    public MeasureFacts {
        places = List.copyOf(places);
        containingPlaceIds = List.copyOf(containingPlaceIds);
        projects = List.copyOf(projects);
        departments = List.copyOf(departments);
        topicIris = List.copyOf(topicIris);
        targets = List.copyOf(targets);
    }
}
