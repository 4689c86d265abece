package org.ecopolicy.kg.link;

/**
 * The curated data that extraction links against: gazetteer, department directory, indicator and
 * topic schemes, unit table. Loaded once per run from the classpath copy of {@code ontology/}.
 */
public record ReferenceData(Gazetteer gazetteer, DepartmentDirectory departments, IndicatorScheme indicators,
                            TopicClassifier topics, UnitTable units) {

    public static ReferenceData load() {
        Gazetteer gazetteer = Gazetteer.load();
        return new ReferenceData(gazetteer, DepartmentDirectory.load(gazetteer), IndicatorScheme.load(),
                TopicClassifier.load(), UnitTable.load());
    }
}
