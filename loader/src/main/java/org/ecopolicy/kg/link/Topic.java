package org.ecopolicy.kg.link;

import java.util.List;

/**
 * A concept of the topic scheme ({@code ontology/topics.ttl}).
 *
 * @param keywords eco:keyword values (Chinese) whose occurrence suggests the topic
 */
public record Topic(String iri, String labelZh, String labelEn, List<String> keywords) {

    public Topic {
        keywords = List.copyOf(keywords);
    }
}
