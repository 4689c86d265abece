package org.ecopolicy.kg.serve.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;

/**
 * Links into the Fuseki web console with a query filled in: the console's query page reads a
 * {@code query} parameter from its (hash) route, {@code /#/dataset/ecokg/query?query=…}.
 */
final class ConsoleLink {

    static final String QUERY_PAGE = "/#/dataset/ecokg/query";

    private ConsoleLink() {
    }

    static String forQuery(String sparql) {
        // Spaces as %20: the console's router would read '+' as a space too, but %20 is unambiguous.
        return QUERY_PAGE + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A console link for a query about one entity ({@code ?this} bound to it). */
    static String about(String sparql, Node entity) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(sparql);
        pss.setIri("this", entity.getURI());
        return forQuery(pss.toString());
    }

    /** The ready query for entities without a dedicated one: everything said about it. */
    static final String DESCRIBE = PageQueries.PREFIXES + """
            # 关于此实体的全部陈述 / Everything the graph says about this entity
            SELECT ?property ?value ?valueLabel WHERE {
              ?this ?property ?value .
              OPTIONAL { ?value skos:prefLabel|dcterms:title ?valueLabel }
            } ORDER BY ?property""";

    static final String PLACE = PageQueries.PREFIXES + """
            # 影响该地区的措施（直接提及，或提及其内的地方）/ Measures affecting this place
            SELECT ?document ?title (MIN(?year) AS ?deadline) ?measure WHERE {
              ?measure eco:affectsPlace ?this ; dcterms:title ?title ; eco:inDocument/eco:sourceFile ?document .
              OPTIONAL { ?measure eco:deadlineYear ?year }
            } GROUP BY ?document ?title ?measure ORDER BY ?document ?title""";

    static final String ORGANISATION = PageQueries.PREFIXES + """
            # 该部门牵头或参与的任务 / Tasks this body leads or supports
            SELECT ?role ?document ?title ?measure WHERE {
              ?measure eco:hasAssignment ?a ; dcterms:title ?title ; eco:inDocument/eco:sourceFile ?document .
              ?a eco:agent ?this ; eco:role ?role .
            } ORDER BY ?role ?document ?title""";

    static final String DOCUMENT = PageQueries.PREFIXES + """
            # 文件中的目标 / Targets of this document
            SELECT ?year ?indicator ?comparator ?value ?unit ?quote WHERE {
              ?t a eco:Target ; eco:inDocument ?this ; eco:targetYear ?year ; eco:evidence/eco:quote ?quote .
              OPTIONAL { ?t eco:indicatorText ?indicator } OPTIONAL { ?t eco:comparator ?comparator }
              OPTIONAL { ?t eco:targetValue ?value } OPTIONAL { ?t eco:unitText ?unit }
            } ORDER BY ?year""";
}
