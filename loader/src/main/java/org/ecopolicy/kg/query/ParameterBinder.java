package org.ecopolicy.kg.query;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementVisitorBase;

/**
 * Binds user values to a catalogue query's parameters. A parameter is a variable given a default
 * in a one-row {@code VALUES} block; binding replaces that row in the parsed query with an RDF
 * term built from the user's string (same kind and datatype as the default). The value never
 * passes through the SPARQL parser, so it cannot change the query's shape.
 *
 * <p>Two more parameters page through an answer: {@code limit} (a whole number, or {@code all})
 * and {@code offset} set the LIMIT and OFFSET of the {@linkplain Page paged SELECT} in the parsed
 * query; the file's own LIMIT/OFFSET are their defaults.
 */
public final class ParameterBinder {

    private ParameterBinder() {
    }

    /** Parameters of the query with their default values (VALUES parameters only, not the page). */
    public static Map<String, Node> parameters(Query query) {
        Map<String, Node> params = new LinkedHashMap<>();
        Page.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementData data) {
                if (data.getRows().size() == 1) {
                    Binding row = data.getRows().get(0);
                    for (Var v : data.getVars()) {
                        Node value = row.get(v);
                        if (value != null) {
                            params.put(v.getVarName(), value);
                        }
                    }
                }
            }
        });
        return params;
    }

    /** Replaces the defaults of {@code values}' parameters in {@code query} (modified in place). */
    public static Query bind(Query query, Map<String, String> values) {
        Map<String, Node> defaults = parameters(query);
        Map<String, Node> nodes = new HashMap<>();
        values.forEach((name, raw) -> {
            // a query may declare its own ?limit (search.rq passes it to the text index): then it is a VALUES parameter
            if (Page.PARAMETERS.contains(name) && !defaults.containsKey(name)) {
                Page.bind(query, name, raw);
                return;
            }
            if (name.equals("limit") && raw.strip().equalsIgnoreCase("all") && defaults.containsKey(name)) {
                return; // "all" of a query with its own limit: as many as it gives at its default
            }
            Node def = defaults.get(name);
            if (def == null) {
                throw new IllegalArgumentException("unknown parameter '" + name + "'; this query takes: "
                        + String.join(", ", defaults.keySet()) + (defaults.isEmpty() ? "" : ", ")
                        + String.join(", ", Page.PARAMETERS));
            }
            nodes.put(name, like(def, raw));
        });
        Page.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementData data) {
                if (data.getRows().size() != 1) {
                    return;
                }
                Binding old = data.getRows().get(0);
                BindingBuilder builder = BindingBuilder.create();
                for (Var v : data.getVars()) {
                    Node value = nodes.getOrDefault(v.getVarName(), old.get(v));
                    if (value != null) {
                        builder.add(v, value);
                    }
                }
                List<Binding> rows = data.getRows();
                rows.set(0, builder.build());
            }
        });
        query.resetResultVars();
        return query;
    }

    /** An RDF term of the same kind (and datatype or language) as {@code example}. */
    static Node like(Node example, String raw) {
        if (example.isURI()) {
            return NodeFactory.createURI(raw);
        }
        if (example.isLiteral()) {
            String lang = example.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return NodeFactory.createLiteralLang(raw, lang);
            }
            String dt = example.getLiteralDatatypeURI();
            var type = TypeMapper.getInstance().getSafeTypeByName(dt);
            if (!type.isValid(raw)) {
                throw new IllegalArgumentException("'" + raw + "' is not a valid " + dt);
            }
            return NodeFactory.createLiteralDT(raw, type);
        }
        throw new IllegalArgumentException("parameter default must be an IRI or a literal");
    }
}
