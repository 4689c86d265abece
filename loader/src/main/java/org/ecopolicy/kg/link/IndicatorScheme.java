package org.ecopolicy.kg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.ecopolicy.kg.vocabulary.EKG;

/**
 * The SKOS indicator scheme, and the linker from an indicator as a document writes it
 * ("全旗森林覆盖率", "草原植被综合盖度") to its concept.
 */
public final class IndicatorScheme {

    public static final String RESOURCE = "/ontology/indicators.ttl";

    /** One label of one concept, by its comparison key. */
    private record Label(String key, boolean preferred, Indicator indicator) {
    }

    private final List<Indicator> indicators;
    private final Map<String, Label> byKey;
    private final List<Label> longestFirst;

    private IndicatorScheme(List<Indicator> indicators, List<Label> labels) {
        this.indicators = List.copyOf(indicators);
        this.byKey = new HashMap<>();
        for (Label label : labels) {
            // keep the preferred label when two labels share a key
            byKey.merge(label.key(), label, (a, b) -> a.preferred() ? a : b);
        }
        this.longestFirst = labels.stream()
                .sorted(Comparator.comparingInt((Label l) -> l.key().length()).reversed()
                        .thenComparing(l -> !l.preferred())
                        .thenComparing(l -> l.indicator().iri()))
                .toList();
    }

    /** Loads {@value #RESOURCE} from the classpath. */
    public static IndicatorScheme load() {
        return fromModel(OntologyResources.turtle(RESOURCE));
    }

    /** Builds the scheme from every eco:Indicator in {@code model}. */
    public static IndicatorScheme fromModel(Model model) {
        List<Indicator> indicators = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        List<Resource> concepts = model.listResourcesWithProperty(RDF.type, EKG.Indicator).toList();
        concepts.sort(Comparator.comparing(Resource::getURI));
        for (Resource concept : concepts) {
            Statement unit = concept.getProperty(EKG.preferredUnit);
            Indicator indicator = new Indicator(concept.getURI(),
                    SkosLabels.inLanguage(concept, SKOS.prefLabel, "zh"),
                    SkosLabels.inLanguage(concept, SKOS.prefLabel, "en"),
                    unit == null ? null : unit.getResource().getURI());
            indicators.add(indicator);
            for (String pref : SkosLabels.allInLanguage(concept, SKOS.prefLabel, "zh")) {
                addLabel(labels, pref, true, indicator);
            }
            for (String alt : SkosLabels.allInLanguage(concept, SKOS.altLabel, "zh")) {
                addLabel(labels, alt, false, indicator);
            }
        }
        return new IndicatorScheme(indicators, labels);
    }

    private static void addLabel(List<Label> labels, String text, boolean preferred, Indicator indicator) {
        String key = LabelKey.of(text);
        if (!key.isEmpty()) {
            labels.add(new Label(key, preferred, indicator));
        }
    }

    /**
     * The concept whose label best matches the written indicator: a label equal to it after
     * normalisation, else the longest label contained in it (so scope words and qualifiers around
     * the indicator, as in "全旗森林覆盖率", do not matter). Empty when no label fits.
     */
    public Optional<Indicator> match(String indicatorText) {
        String key = LabelKey.of(indicatorText);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Label exact = byKey.get(key);
        if (exact != null) {
            return Optional.of(exact.indicator());
        }
        for (Label label : longestFirst) {
            if (key.contains(label.key())) {
                return Optional.of(label.indicator());
            }
        }
        return Optional.empty();
    }

    /** The concept with this IRI, if the scheme has it. */
    public Optional<Indicator> byIri(String iri) {
        return indicators.stream().filter(i -> i.iri().equals(iri)).findFirst();
    }

    /** All concepts, ordered by IRI. */
    public List<Indicator> all() {
        return indicators;
    }
}
