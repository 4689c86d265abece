package org.ecopolicy.kg.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update service, with {@link QueryPolicy} applied before anything runs: an
 * editor's update may not {@code LOAD} from a file or from a place the operator did not allow,
 * nor call a SERVICE that is not allowed. The update is parsed once here to check it (its body is
 * already bounded by the request size limit); its writes to the default graph are sent to the
 * edits graph ({@link EditsGraphRouting}), then Fuseki runs it.
 */
final class GuardedUpdateService extends SPARQL_Update {

    private final QueryPolicy policy;
    private final EditsGraphRouting routing;

    GuardedUpdateService(QueryPolicy policy, EditsGraphRouting routing) {
        this.policy = policy;
        this.routing = routing;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UpdateRequest request;
        try {
            request = UpdateFactory.read(new ByteArrayInputStream(body), Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (UpdateException | QueryException e) {
            ServletOps.errorBadRequest(e.getMessage());
            return;
        }
        policy.check(request).ifPresent(message -> {
            action.log.warn("[{}] {}", action.id, message);
            ServletOps.errorBadRequest(message);
        });
        routing.refusal(request).ifPresent(message -> ServletOps.errorBadRequest(message));
        byte[] routed = routing.route(request).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        super.execute(action, new ByteArrayInputStream(routed));
    }
}
