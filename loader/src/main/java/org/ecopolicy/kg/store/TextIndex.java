package org.ecopolicy.kg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.ecopolicy.kg.vocabulary.EKG;

/**
 * The Chinese full-text index (jena-text, Lucene) beside a TDB2 database, in its
 * {@code text-index} folder, so it is built with each generation and switched with it. It indexes
 * four fields: {@code text} (the words of sections and measures, {@code eco:text}), {@code title}
 * ({@code dcterms:title}), {@code quote} (evidence quotes, e.g. a target's sentence) and
 * {@code label} (rdfs:label, skos:prefLabel, skos:altLabel). In SPARQL:
 * {@code ?m text:query (eco:text "草原生态补偿" 20)}. Writes through the store's dataset update it in
 * the same transaction (jena-text indexes on commit); a bulk load indexes at its end.
 */
public final class TextIndex {

    static final String FOLDER = "text-index";

    private TextIndex() {
    }

    static {
        TextQuery.init();
    }

    /** Which field each predicate goes to; the first is the default field of {@code text:query "…"}. */
    static EntityDefinition entities() {
        EntityDefinition def = new EntityDefinition("uri", "text", EKG.text.asNode());
        def.set("title", DCTerms.title.asNode());
        def.set("quote", EKG.quote.asNode());
        for (Node label : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode())) {
            def.set("label", label);
        }
        def.setGraphField("graph");
        def.setLangField("lang"); // snippets come back as @zh literals
        def.setUidField("uid"); // lets a replaced document's entries be deleted
        return def;
    }

    static TextIndexConfig config(TextAnalyzers analyzer) {
        TextIndexConfig config = new TextIndexConfig(entities());
        config.setAnalyzer(analyzer.create());
        config.setQueryAnalyzer(analyzer.create());
        config.setValueStored(true); // snippets (highlighting) need the stored text
        return config;
    }

    /** The database {@code tdb} with its index in {@code location/text-index}, built now if missing. */
    static DatasetGraph open(DatasetGraph tdb, Path location) {
        Path folder = location.resolve(FOLDER);
        boolean fresh = !Files.isDirectory(folder);
        try {
            Directory dir = FSDirectory.open(Files.createDirectories(folder));
            org.apache.jena.query.text.TextIndex index = TextDatasetFactory.createLuceneIndex(dir, config(TextAnalyzers.DEFAULT));
            if (fresh) {
                indexAll(tdb, index); // a database made before the index existed
            }
            return TextDatasetFactory.create(tdb, index, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the full-text index in " + folder, e);
        }
    }

    /** An in-memory index of {@code data} with {@code analyzer}: to compare analyzers on the same graph. */
    public static DatasetGraph inMemory(DatasetGraph data, TextAnalyzers analyzer) {
        org.apache.jena.query.text.TextIndex index = TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(),
                config(analyzer));
        indexAll(data, index);
        return TextDatasetFactory.create(data, index, true);
    }

    /** Indexes every quad of {@code data} with an indexed predicate (after a bulk load), then commits. */
    static void indexAll(DatasetGraph data, org.apache.jena.query.text.TextIndex index) {
        EntityDefinition def = index.getDocDef();
        Txn.executeRead(data, () -> {
            for (String field : def.fields()) {
                for (Node p : def.getPredicates(field)) {
                    data.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> add(def, index, q));
                }
            }
        });
        index.commit();
    }

    private static void add(EntityDefinition def, org.apache.jena.query.text.TextIndex index, Quad q) {
        Entity entity = TextQueryFuncs.entityFromQuad(def, q);
        if (entity != null) {
            index.addEntity(entity);
        }
    }

    /** Rebuilds the index of {@code text} from its own data (after a bulk load that bypassed it). */
    static void reindex(DatasetGraph text) {
        if (text instanceof DatasetGraphText dgt) {
            indexAll(dgt.getWrapped(), dgt.getTextIndex());
        }
    }
}
