package org.ecopolicy.kg.rdf;

import org.ecopolicy.kg.vocabulary.EKG;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.ecopolicy.kg.link.Gazetteer;
import org.ecopolicy.kg.link.Place;
import org.ecopolicy.kg.rules.RuleSource;

/**
 * The reference graph: ontology, SKOS schemes and the whole gazetteer with its containment and
 * basin closures precomputed, so queries follow {@code eco:withinTransitive} in one hop.
 */
public final class ReferenceMapper {

    /** Ontology files loaded into the reference graph, from the classpath copy of {@code ontology/}. */
    public static final List<String> ONTOLOGY_FILES = List.of("ecokg.ttl", "indicators.ttl", "topics.ttl");

    private final Iris iris;

    public ReferenceMapper(Iris iris) {
        this.iris = iris;
    }

    public Model map(Gazetteer gazetteer) {
        Model model = ModelFactory.createDefaultModel();
        for (String file : ONTOLOGY_FILES) {
            readOntologyFile(model, file);
        }
        for (Place place : gazetteer.all()) {
            mapPlace(model, gazetteer, place);
        }
        return model;
    }

    /** Parses one Turtle file of {@code ontology/} from the classpath into {@code model}. */
    public static void readOntologyFile(Model model, String file) {
        String resource = "/ontology/" + file;
        try (InputStream in = RuleSource.open(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/ecokg/ontology").parse(model);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void mapPlace(Model model, Gazetteer gazetteer, Place place) {
        Resource res = model.createResource(iris.place(place.id()), EKG.Place);
        res.addProperty(RDF.type, model.createResource(EKG.NS + place.type()));
        res.addProperty(RDFS.label, model.createLiteral(place.nameZh(), "zh"));
        res.addProperty(SKOS.prefLabel, model.createLiteral(place.nameZh(), "zh"));
        if (place.nameEn() != null && !place.nameEn().isBlank()) {
            res.addProperty(RDFS.label, model.createLiteral(place.nameEn(), "en"));
        }
        if (place.pinyin() != null && !place.pinyin().isBlank()) {
            res.addProperty(EKG.pinyin, place.pinyin());
        }
        if (place.level() != null && !place.level().isBlank()) {
            res.addProperty(EKG.placeLevel, place.level());
        }
        if (place.code() != null) {
            res.addProperty(EKG.divisionCode, place.code());
        }
        place.aliases().forEach(a -> res.addProperty(SKOS.altLabel, model.createLiteral(a, "zh")));
        place.shortForms().forEach(a -> res.addProperty(SKOS.hiddenLabel, model.createLiteral(a, "zh")));
        gazetteer.members(place.id()).forEach(m -> res.addProperty(EKG.hasMember, model.createResource(iris.place(m))));
        if (place.parentId() != null && !place.parentId().isBlank()) {
            res.addProperty(EKG.within, model.createResource(iris.place(place.parentId())));
        }
        place.basinIds().forEach(b -> res.addProperty(EKG.inBasin, model.createResource(iris.place(b))));
        gazetteer.closure(place.id()).forEach(id -> res.addProperty(EKG.withinTransitive, model.createResource(iris.place(id))));
    }
}
