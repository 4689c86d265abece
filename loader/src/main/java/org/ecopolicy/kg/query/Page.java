package org.ecopolicy.kg.query;

import java.util.List;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitor;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * The page of a query's answer: the LIMIT and OFFSET of its paged SELECT, which is the outermost
 * SELECT that has a LIMIT (the query itself when none has one). A catalogue query may page a
 * sub-select that picks the page's rows before their details are looked up, so only a page's worth
 * of rows is ever joined further. Bound in the parsed query, like every other parameter.
 */
public final class Page {

    /** Default page size of the catalogue queries. */
    public static final long SIZE = 100;

    static final List<String> PARAMETERS = List.of("limit", "offset");

    private Page() {
    }

    /** The SELECT whose LIMIT/OFFSET page the answer. */
    public static Query pagedQuery(Query query) {
        return firstWithLimit(query).orElse(query);
    }

    private static Optional<Query> firstWithLimit(Query query) {
        if (query.hasLimit()) {
            return Optional.of(query);
        }
        Optional<Query>[] found = new Optional[] {Optional.empty()};
        walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery sub) {
                if (found[0].isEmpty()) {
                    found[0] = firstWithLimit(sub.getQuery());
                }
            }
        });
        return found[0];
    }

    /** Limit of the page, or {@link Query#NOLIMIT}. */
    public static long limit(Query query) {
        return pagedQuery(query).getLimit();
    }

    public static long offset(Query query) {
        long offset = pagedQuery(query).getOffset();
        return offset == Query.NOLIMIT ? 0 : offset;
    }

    /**
     * A query counting the rows of the whole answer (every page): the query without its page and
     * order, inside {@code SELECT (COUNT(*) AS ?rows)}. The rows are counted as they stream past,
     * never collected.
     */
    public static Query countQuery(Query query) {
        Query whole = query.cloneQuery();
        Query paged = pagedQuery(whole);
        paged.setLimit(Query.NOLIMIT);
        paged.setOffset(Query.NOLIMIT);
        whole.setLimit(Query.NOLIMIT);
        whole.setOffset(Query.NOLIMIT);
        if (whole.getOrderBy() != null) {
            whole.getOrderBy().clear();
        }
        Query count = new Query();
        count.setQuerySelectType();
        count.setPrefixMapping(whole.getPrefixMapping());
        count.setQueryPattern(new ElementSubQuery(whole));
        count.addResultVar(Var.alloc("rows"), count.allocAggregate(AggregatorFactory.createCount(false)));
        return count;
    }

    static void bind(Query query, String name, String raw) {
        Query paged = pagedQuery(query);
        if (name.equals("limit")) {
            paged.setLimit(raw.strip().equalsIgnoreCase("all") ? Query.NOLIMIT : count(name, raw, 1));
        } else {
            paged.setOffset(count(name, raw, 0));
        }
    }

    private static long count(String name, String raw, long min) {
        try {
            long n = Long.parseLong(raw.strip());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + raw + "' is not a valid " + name + ": a whole number >= " + min
                + (name.equals("limit") ? ", or 'all'" : ""));
    }

    /** Walks a pattern and the patterns of its sub-selects (Jena's walker stops at a sub-select). */
    static void walk(Element element, ElementVisitor visitor) {
        ElementWalker.walk(element, new ElementVisitorBase() {
            @Override
            public void visit(org.apache.jena.sparql.syntax.ElementData el) {
                el.visit(visitor);
            }

            @Override
            public void visit(ElementSubQuery el) {
                el.visit(visitor);
                walk(el.getQuery().getQueryPattern(), visitor);
            }
        });
    }
}
