package org.ecopolicy.kg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.junit.jupiter.api.Test;

/** Paging and parameters are bound into the parsed query, at the SELECT that pages the answer. */
class PageTest {

    private static final String OUTER = """
            SELECT ?s WHERE { VALUES ?name { "a" } ?s ?p ?name } ORDER BY ?s LIMIT 100""";

    private static final String INNER = """
            SELECT ?s ?label WHERE {
              { SELECT ?s WHERE { VALUES ?role { "lead" } ?s ?p ?role } ORDER BY ?s LIMIT 100 }
              ?s <urn:label> ?label
            } ORDER BY ?s""";

    @Test
    void limitAndOffsetOfTheOuterSelect() {
        Query q = QueryRunner.prepare(OUTER, Map.of("limit", "20", "offset", "40", "name", "b"));
        assertThat(q.getLimit()).isEqualTo(20);
        assertThat(q.getOffset()).isEqualTo(40);
        assertThat(q.serialize()).contains("\"b\"").doesNotContain("\"a\"");
        assertThat(QueryRunner.prepare(OUTER, Map.of("limit", "all")).hasLimit()).isFalse();
        assertThat(Page.limit(QueryRunner.prepare(OUTER, Map.of()))).isEqualTo(Page.SIZE);
        assertThat(Page.offset(QueryRunner.prepare(OUTER, Map.of()))).isZero();
    }

    @Test
    void aPagedSubSelectTakesThePageAndItsParameters() {
        Query q = QueryRunner.prepare(INNER, Map.of("offset", "300", "role", "responsible"));
        assertThat(q.hasLimit()).isFalse();
        assertThat(q.hasOffset()).isFalse();
        Query inner = subQuery(q);
        assertThat(inner.getLimit()).isEqualTo(100);
        assertThat(inner.getOffset()).isEqualTo(300);
        assertThat(inner.serialize()).contains("\"responsible\"").doesNotContain("\"lead\"");
        assertThat(ParameterBinder.parameters(q)).containsOnlyKeys("role");
    }

    @Test
    void aBadPageIsRefusedWithItsName() {
        assertThatThrownBy(() -> QueryRunner.prepare(OUTER, Map.of("limit", "-1")))
                .hasMessageContaining("'-1' is not a valid limit").hasMessageContaining("'all'");
        assertThatThrownBy(() -> QueryRunner.prepare(OUTER, Map.of("offset", "10 } ?s ?p ?o {")))
                .hasMessageContaining("is not a valid offset");
        assertThatThrownBy(() -> QueryRunner.prepare(OUTER, Map.of("nope", "1")))
                .hasMessageContaining("this query takes: name, limit, offset");
    }

    @Test
    void theCountQueryCountsEveryPageOfTheAnswer() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < 250; i++) {
            ds.getDefaultGraph().add(NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("lead"));
            ds.getDefaultGraph().add(NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:label"), NodeFactory.createLiteralString("x" + i));
        }
        for (String sparql : List.of(INNER, OUTER.replace("?name", "?role").replace("\"a\"", "\"lead\""))) {
            Query page = QueryRunner.prepare(sparql, Map.of("offset", "200"));
            Query count = Page.countQuery(page);
            try (QueryExecution qe = QueryExecution.create().query(count).dataset(DatasetFactory.wrap(ds)).build()) {
                assertThat(qe.execSelect().next().getLiteral("rows").getLong()).as(sparql).isEqualTo(250);
            }
            // the page itself is untouched
            assertThat(Page.offset(page)).isEqualTo(200);
            assertThat(new QueryRunner(ds).select(page).size()).isEqualTo(50);
        }
    }

    private static Query subQuery(Query q) {
        Query[] found = new Query[1];
        Page.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery sub) {
                found[0] = sub.getQuery();
            }
        });
        return found[0];
    }
}
