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
 * already bounded by the request size limit), then handed to Fuseki as it came.
 */
final class GuardedUpdateService extends SPARQL_Update {

    private final QueryPolicy policy;

    GuardedUpdateService(QueryPolicy policy) {
        this.policy = policy;
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
        super.execute(action, new ByteArrayInputStream(body));
    }
}
