package org.ecopolicy.kg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * What a parsed query or update may not do here, found before it runs so the client gets a clear
 * HTTP 400: call a SPARQL {@code SERVICE} the {@link OutboundPolicy} does not allow (a variable
 * endpoint is never allowed), load Java code through a {@code <java:…>} function or property
 * function IRI, or {@code LOAD} from a file or a place not allowed. Messages stay ASCII: Fuseki
 * sizes error bodies by characters, not bytes.
 */
final class QueryPolicy {

    private final OutboundPolicy outbound;

    QueryPolicy(OutboundPolicy outbound) {
        this.outbound = outbound;
    }

    /** Why the query is refused; empty when it may run. */
    Optional<String> check(Query query) {
        return check(Algebra.compile(query));
    }

    /** Why the update is refused; empty when it may run. */
    Optional<String> check(UpdateRequest request) {
        for (Update update : request.getOperations()) {
            Optional<String> refusal = Optional.empty();
            if (update instanceof UpdateLoad load) {
                refusal = outbound.refuseLoad(load.getSource());
            } else if (update instanceof UpdateModify modify) {
                refusal = check(modify.getWherePattern());
            }
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private Optional<String> check(Element pattern) {
        return pattern == null ? Optional.empty() : check(Algebra.compile(pattern));
    }

    private Optional<String> check(Op op) {
        List<String> refusals = new ArrayList<>();
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                Node endpoint = service.getService();
                if (!endpoint.isURI()) {
                    refusals.add("SERVICE with a variable endpoint is not allowed on this server.");
                } else {
                    outbound.refuseService(endpoint.getURI()).ifPresent(refusals::add);
                }
            }

            @Override
            public void visit(OpBGP bgp) {
                bgp.getPattern().forEach(t -> predicate(t, refusals));
            }

            @Override
            public void visit(OpTriple triple) {
                predicate(triple.getTriple(), refusals);
            }

            @Override
            public void visit(OpQuadPattern quads) {
                quads.getPattern().forEach(q -> predicate(q.asTriple(), refusals));
            }
        }, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN function) {
                if (function instanceof E_Function f) {
                    javaIri(f.getFunctionIRI(), "function", refusals);
                }
            }
        });
        return refusals.stream().findFirst();
    }

    private static void predicate(Triple triple, List<String> refusals) {
        Node p = triple.getPredicate();
        if (p.isURI()) {
            javaIri(p.getURI(), "property function", refusals);
        }
    }

    private static void javaIri(String iri, String what, List<String> refusals) {
        if (iri.regionMatches(true, 0, ARQConstants.javaClassURIScheme, 0, ARQConstants.javaClassURIScheme.length())) {
            refusals.add("Java extension " + what + "s (java: IRIs) are not allowed on this server: <" + iri + ">");
        }
    }

}
