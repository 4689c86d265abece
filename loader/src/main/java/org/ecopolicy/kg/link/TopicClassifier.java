package org.ecopolicy.kg.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.ecopolicy.kg.vocabulary.EKG;

/**
 * Assigns policy topics ({@code ontology/topics.ttl}) to a text by counting occurrences of each
 * topic's keywords.
 */
public final class TopicClassifier {

    public static final String RESOURCE = "/ontology/topics.ttl";

    private final List<Topic> topics;
    /** Per topic, its folded keywords longest first, so a long keyword claims its span before a short one inside it. */
    private final Map<String, List<String>> keywordsByTopic = new TreeMap<>();

    private TopicClassifier(List<Topic> topics) {
        this.topics = List.copyOf(topics);
        for (Topic topic : topics) {
            keywordsByTopic.put(topic.iri(), topic.keywords().stream()
                    .map(LabelKey::fold)
                    .filter(k -> !k.isBlank())
                    .distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(k -> k))
                    .toList());
        }
    }

    /** Loads {@value #RESOURCE} from the classpath. */
    public static TopicClassifier load() {
        return fromModel(OntologyResources.turtle(RESOURCE));
    }

    /** Builds the classifier from every eco:Topic in {@code model}. */
    public static TopicClassifier fromModel(Model model) {
        List<Topic> topics = new ArrayList<>();
        List<Resource> concepts = model.listResourcesWithProperty(RDF.type, EKG.Topic).toList();
        concepts.sort(Comparator.comparing(Resource::getURI));
        for (Resource concept : concepts) {
            topics.add(new Topic(concept.getURI(),
                    SkosLabels.inLanguage(concept, SKOS.prefLabel, "zh"),
                    SkosLabels.inLanguage(concept, SKOS.prefLabel, "en"),
                    SkosLabels.allInLanguage(concept, EKG.keyword, "zh")));
        }
        return new TopicClassifier(topics);
    }

    /**
     * The IRIs of the topics whose keywords occur in {@code text}, most occurrences first, ties by
     * IRI. Within one topic overlapping keyword occurrences count once ("草原生态" is not also "草原").
     */
    public List<String> classify(String text) {
        Map<String, Integer> scores = scores(text);
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Keyword occurrence counts per topic IRI, only topics that occur, ordered by IRI. */
    public Map<String, Integer> scores(String text) {
        Map<String, Integer> scores = new TreeMap<>();
        if (text == null || text.isEmpty()) {
            return scores;
        }
        String folded = LabelKey.fold(text);
        keywordsByTopic.forEach((iri, keywords) -> {
            int count = countOccurrences(folded, keywords);
            if (count > 0) {
                scores.put(iri, count);
            }
        });
        return scores;
    }

    private static int countOccurrences(String text, List<String> keywordsLongestFirst) {
        boolean[] claimed = new boolean[text.length()];
        int count = 0;
        for (String keyword : keywordsLongestFirst) {
            for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
                if (!anyClaimed(claimed, at, at + keyword.length())) {
                    Arrays.fill(claimed, at, at + keyword.length(), true);
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean anyClaimed(boolean[] claimed, int from, int to) {
        for (int i = from; i < to; i++) {
            if (claimed[i]) {
                return true;
            }
        }
        return false;
    }

    /** All topics, ordered by IRI. */
    public List<Topic> all() {
        return topics;
    }
}
