package org.ecopolicy.kg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

/**
 * JSON-LD compacted with the project's published context ({@code ontology/context.jsonld}), so
 * keys are short ({@code title}, {@code within}, {@code quote} …). The context is embedded in the
 * dump, so it parses offline and expands to exactly the graph written.
 */
public final class JsonLdDump {

    public static final String CONTEXT_RESOURCE = "/ontology/context.jsonld";

    private JsonLdDump() {
    }

    public static void write(Graph graph, OutputStream out) {
        try {
            QuadsToJsonld converter = JsonLd.fromRdf().ordered(true);
            for (var it = graph.find(); it.hasNext(); ) {
                add(converter, it.next());
            }
            JsonArray expanded = converter.toJsonLd();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), context()).get();
            // @context first, so a reader sees the keys before the data.
            JsonObjectBuilder ordered = Json.createObjectBuilder();
            ordered.add("@context", compacted.get("@context"));
            compacted.forEach((k, v) -> {
                if (!k.equals("@context")) {
                    ordered.add(k, v);
                }
            });
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
                writer.writeObject(ordered.build());
            }
        } catch (JsonLdError | RdfConsumerException e) {
            throw new IllegalStateException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    private static JsonDocument context() throws JsonLdError {
        try (InputStream in = JsonLdDump.class.getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CONTEXT_RESOURCE);
            }
            return JsonDocument.of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(QuadsToJsonld converter, Triple t) throws RdfConsumerException {
        Node o = t.getObject();
        if (o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            converter.quad(term(t.getSubject()), term(t.getPredicate()), o.getLiteralLexicalForm(),
                    o.getLiteralDatatypeURI(), lang == null || lang.isEmpty() ? null : lang, null, null);
        } else {
            converter.quad(term(t.getSubject()), term(t.getPredicate()), term(o), null, null, null, null);
        }
    }

    private static String term(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
    }
}
