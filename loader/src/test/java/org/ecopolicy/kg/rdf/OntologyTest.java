package org.ecopolicy.kg.rdf;

import org.ecopolicy.kg.vocabulary.EKG;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.ecopolicy.kg.link.Unit;
import org.ecopolicy.kg.link.UnitTable;
import org.junit.jupiter.api.Test;

class OntologyTest {

    private static final Model ONTOLOGY = OntologyFiles.turtle("/ontology/ecokg.ttl");
    private static final List<String> PLACE_TYPES = List.of("AdministrativeRegion", "River", "Basin", "Lake",
            "Wetland", "Desert", "SandyLand", "Mountain", "Grassland", "IrrigationDistrict", "EcologicalZone");

    /** Every public static Resource or Property constant of EKG. */
    private static List<Resource> ekgTerms() throws IllegalAccessException {
        List<Resource> terms = new ArrayList<>();
        for (Field field : EKG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                terms.add((Resource) field.get(null));
            }
        }
        return terms;
    }

    @Test
    void everyEkgTermIsDeclaredWithTheRightKind() throws IllegalAccessException {
        List<Resource> terms = ekgTerms();
        assertThat(terms).hasSizeGreaterThan(70);
        for (Resource term : terms) {
            Resource inOntology = ONTOLOGY.getResource(term.getURI());
            if (term instanceof Property) {
                assertThat(inOntology.hasProperty(RDF.type, OWL.ObjectProperty)
                        || inOntology.hasProperty(RDF.type, OWL.DatatypeProperty))
                        .as("%s is an owl:ObjectProperty or owl:DatatypeProperty", term.getLocalName()).isTrue();
            } else {
                assertThat(inOntology.hasProperty(RDF.type, OWL.Class)).as("%s is an owl:Class", term.getLocalName()).isTrue();
            }
        }
    }

    @Test
    void everyEkgTermHasChineseAndEnglishLabelsAndDefinitions() throws IllegalAccessException {
        for (Resource term : ekgTerms()) {
            Resource r = ONTOLOGY.getResource(term.getURI());
            for (String lang : List.of("zh", "en")) {
                assertThat(languages(r, RDFS.label)).as("%s rdfs:label", term.getLocalName()).contains(lang);
                Set<String> defLangs = languages(r, SKOS.definition);
                defLangs.addAll(languages(r, RDFS.comment));
                assertThat(defLangs).as("%s definition", term.getLocalName()).contains(lang);
            }
        }
    }

    @Test
    void classesAndPropertiesLinkToTheStandardVocabularies() {
        assertThat(superClasses(EKG.Place)).contains("http://www.opengis.net/ont/geosparql#Feature");
        assertThat(superClasses(EKG.Evidence)).contains("http://www.w3.org/ns/prov#Entity");
        assertThat(superClasses(EKG.Department)).contains("http://www.w3.org/ns/org#FormalOrganization");
        assertThat(superClasses(EKG.Indicator)).contains(SKOS.Concept.getURI());
        assertThat(superClasses(EKG.Topic)).contains(SKOS.Concept.getURI());
        assertThat(superClasses(EKG.PolicyDocument)).contains("http://data.europa.eu/eli/ontology#LegalResource");
        assertThat(superClasses(EKG.QuantitativeTarget)).containsExactly(EKG.Target.getURI());
        String nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        assertThat(superProperties(EKG.beginIndex)).contains(nif + "beginIndex");
        assertThat(superProperties(EKG.endIndex)).contains(nif + "endIndex");
        assertThat(superProperties(EKG.quote)).contains(nif + "anchorOf");
        assertThat(superProperties(EKG.mentionsPlace)).contains(EKG.affectsPlace.getURI());
        assertThat(superProperties(EKG.within)).contains(EKG.withinTransitive.getURI());
        assertThat(ONTOLOGY.contains(EKG.withinTransitive, RDF.type, OWL.TransitiveProperty)).isTrue();
        assertThat(ONTOLOGY.getResource(EKG.targetValue.getURI()).getPropertyResourceValue(RDFS.range).getURI())
                .isEqualTo("http://www.w3.org/2001/XMLSchema#decimal");
        assertThat(ONTOLOGY.getResource(EKG.deadlineYear.getURI()).getPropertyResourceValue(RDFS.domain))
                .isEqualTo(EKG.Measure);
    }

    @Test
    void everyPlaceTypeOfTheGazetteerIsASubclassOfPlace() {
        for (String type : PLACE_TYPES) {
            Resource cls = ONTOLOGY.getResource(EKG.NS + type);
            assertThat(superClasses(cls)).as(type).containsExactly(EKG.Place.getURI());
            assertThat(languages(cls, RDFS.label)).as(type).contains("zh", "en");
            assertThat(languages(cls, SKOS.definition)).as(type).contains("zh", "en");
        }
    }

    @Test
    void headerNamesTitleVersionAndLicence() {
        Resource header = ONTOLOGY.getResource("https://w3id.org/ecokg/ontology");
        assertThat(header.hasProperty(RDF.type, OWL.Ontology)).isTrue();
        assertThat(languages(header, DCTerms.title)).contains("zh", "en");
        assertThat(header.getProperty(OWL.versionInfo).getString()).isEqualTo("0.1.0");
        assertThat(header.getPropertyResourceValue(DCTerms.license).getURI())
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    }

    /** A typo such as eco:targetvalue in any ontology file would otherwise pass unnoticed. */
    @Test
    void everyEcoTermUsedInTheOtherFilesIsDeclared() {
        Set<String> declared = new TreeSet<>();
        ONTOLOGY.listSubjects().forEach(s -> {
            if (s.isURIResource()) {
                declared.add(s.getURI());
            }
        });
        for (String file : List.of("/ontology/shapes.ttl", "/ontology/indicators.ttl", "/ontology/topics.ttl")) {
            Model model = OntologyFiles.turtle(file);
            Set<String> used = new TreeSet<>();
            model.listStatements().forEach(st -> {
                addIfEco(used, st.getSubject());
                addIfEco(used, st.getPredicate());
                addIfEco(used, st.getObject());
            });
            model.listObjectsOfProperty(ResourceFactory.createProperty("http://www.w3.org/ns/shacl#", "path"))
                    .forEach(n -> addIfEco(used, n));
            assertThat(used).as("eco terms used in %s", file).isNotEmpty();
            assertThat(declared).as("eco terms declared for %s", file).containsAll(used);
        }
    }

    private static void addIfEco(Set<String> used, RDFNode node) {
        if (node.isURIResource() && node.asResource().getURI().startsWith(EKG.NS)) {
            used.add(node.asResource().getURI());
        }
    }

    @Test
    void everyEcoUnitOfTheUnitTableIsDeclaredAsAQudtUnit() {
        Resource qudtUnit = ONTOLOGY.getResource("http://qudt.org/schema/qudt/Unit");
        List<Unit> ecoUnits = UnitTable.load().all().stream().filter(u -> u.iri().startsWith(EKG.NS)).toList();
        assertThat(ecoUnits).extracting(Unit::code).contains("1E4-MU", "1E8-M3", "PERCENTAGE-POINT", "GRADE");
        for (Unit unit : ecoUnits) {
            Resource r = ONTOLOGY.getResource(unit.iri());
            assertThat(r.hasProperty(RDF.type, qudtUnit)).as(unit.iri()).isTrue();
            assertThat(languages(r, RDFS.label)).as(unit.iri()).contains("zh", "en");
        }
        assertThat(ONTOLOGY.getResource(EKG.NS + "unit-1E4-MU")
                .getProperty(ResourceFactory.createProperty("http://qudt.org/schema/qudt/conversionMultiplier"))
                .getDouble()).isCloseTo(6666666.667, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void jsonLdContextExpandsShortKeys() {
        String context = OntologyFiles.text("/ontology/context.jsonld");
        String body = context.substring(context.indexOf('{') + 1, context.lastIndexOf('}'));
        String doc = "{" + body + ", \"id\": \"https://w3id.org/ecokg/id/doc/004/target/1-2\", \"type\": \"QuantitativeTarget\","
                + " \"targetYear\": 2025, \"targetValue\": \"22.4\", \"indicatorText\": \"森林覆盖率\","
                + " \"unit\": \"qudt-unit:PERCENT\", \"title\": \"标题\", \"inDocument\": \"https://w3id.org/ecokg/id/doc/004\"}";
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(doc, Lang.JSONLD).parse(model);
        Resource target = model.getResource("https://w3id.org/ecokg/id/doc/004/target/1-2");
        assertThat(target.hasProperty(RDF.type, EKG.QuantitativeTarget)).isTrue();
        assertThat(target.getProperty(EKG.targetValue).getLiteral().getDatatypeURI())
                .isEqualTo("http://www.w3.org/2001/XMLSchema#decimal");
        assertThat(target.getProperty(EKG.targetYear).getInt()).isEqualTo(2025);
        assertThat(target.getPropertyResourceValue(EKG.unit).getURI()).isEqualTo("http://qudt.org/vocab/unit/PERCENT");
        assertThat(target.getPropertyResourceValue(EKG.inDocument).getURI()).isEqualTo("https://w3id.org/ecokg/id/doc/004");
        assertThat(target.getProperty(DCTerms.title).getLanguage()).isEqualTo("zh");
    }

    private static Set<String> languages(Resource r, Property p) {
        Set<String> langs = new TreeSet<>();
        for (Statement st : r.listProperties(p).toList()) {
            if (st.getObject().isLiteral()) {
                Literal l = st.getLiteral();
                langs.add(l.getLanguage());
            }
        }
        return langs;
    }

    private static Set<String> superClasses(Resource cls) {
        Set<String> result = new TreeSet<>();
        ONTOLOGY.getResource(cls.getURI()).listProperties(RDFS.subClassOf)
                .forEach(st -> result.add(st.getResource().getURI()));
        return result;
    }

    private static Set<String> superProperties(Resource p) {
        Set<String> result = new TreeSet<>();
        ONTOLOGY.getResource(p.getURI()).listProperties(RDFS.subPropertyOf)
                .forEach(st -> result.add(st.getResource().getURI()));
        return result;
    }
}
