package org.ecopolicy.kg.rdf;

import org.ecopolicy.kg.vocabulary.EKG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class ShapesTest {

    private static final String ID = "https://w3id.org/ecokg/id/";
    private static final Shapes SHAPES = Shapes.parse(OntologyFiles.turtle("/ontology/shapes.ttl").getGraph());

    /** The hand-made instance graph plus the two concept schemes it points into. */
    private static Model validGraph() {
        Model model = ModelFactory.createDefaultModel();
        model.add(OntologyFiles.turtle("/shapes/valid-instance.ttl"));
        model.add(OntologyFiles.turtle("/ontology/indicators.ttl"));
        model.add(OntologyFiles.turtle("/ontology/topics.ttl"));
        return model;
    }

    private static ValidationReport validate(Model model) {
        return ShaclValidator.get().validate(SHAPES, model.getGraph());
    }

    private static String describe(ValidationReport report) {
        StringBuilder text = new StringBuilder();
        for (ReportEntry e : report.getEntries()) {
            text.append(e.focusNode()).append(' ').append(e.resultPath()).append(' ')
                    .append(e.sourceConstraintComponent().getLocalName()).append(' ').append(e.message()).append('\n');
        }
        return text.toString();
    }

    private static Resource id(String path) {
        return ResourceFactory.createResource(ID + path);
    }

    @Test
    void shapesParseAndTargetEveryClassOfTheContract() {
        assertThat(SHAPES.numRootShapes()).isGreaterThanOrEqualTo(15);
        Graph g = SHAPES.getGraph();
        Model shapes = ModelFactory.createModelForGraph(g);
        for (Resource cls : List.of(EKG.PolicyDocument, EKG.Section, EKG.Measure, EKG.Target, EKG.QuantitativeTarget,
                EKG.QualitativeTarget, EKG.Baseline, EKG.Evidence, EKG.PlaceMention, EKG.ProjectMention,
                EKG.Assignment, EKG.Place, EKG.Project, EKG.Department, EKG.Government, EKG.Indicator, EKG.Topic)) {
            assertThat(shapes.contains(null, ResourceFactory.createProperty("http://www.w3.org/ns/shacl#targetClass"), cls))
                    .as("a shape targets %s", cls.getLocalName()).isTrue();
        }
    }

    @Test
    void handMadeGraphFollowingTheSpecConforms() {
        ValidationReport report = validate(validGraph());
        assertThat(report.conforms()).as(describe(report)).isTrue();
    }

    @Test
    void conceptSchemesConformOnTheirOwn() {
        Model model = ModelFactory.createDefaultModel();
        model.add(OntologyFiles.turtle("/ontology/indicators.ttl"));
        model.add(OntologyFiles.turtle("/ontology/topics.ttl"));
        ValidationReport report = validate(model);
        assertThat(report.conforms()).as(describe(report)).isTrue();
    }

    @Test
    void quantitativeTargetWithoutValueAndEvidenceWithoutQuoteAreViolations() {
        Model model = validGraph();
        Resource target = id("doc/004/target/200-230");
        Resource evidence = id("doc/004/measure/m1/evidence");
        model.removeAll(target, EKG.targetValue, null);
        model.removeAll(evidence, EKG.quote, null);

        ValidationReport report = validate(model);

        assertThat(report.conforms()).isFalse();
        assertThat(report.getEntries()).hasSize(2);
        assertThat(describe(report))
                .contains(target.getURI() + " <" + EKG.targetValue.getURI() + "> MinCountConstraintComponent")
                .contains(evidence.getURI() + " <" + EKG.quote.getURI() + "> MinCountConstraintComponent");
    }

    @Test
    void aQuoteThatIsNotTheTextAtItsOffsetsIsAViolation() {
        Model model = validGraph();
        Resource evidence = id("doc/004/measure/m1/place/150/evidence");
        model.removeAll(evidence, EKG.beginIndex, null);
        model.addLiteral(evidence, EKG.beginIndex, model.createTypedLiteral("151", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));

        ValidationReport report = validate(model);

        assertThat(report.conforms()).isFalse();
        assertThat(describe(report)).contains(evidence.getURI())
                .contains("the quote is not the text between its offsets in <" + ID + "doc/004/text>");
    }

    @Test
    void wrongValuesAreViolations() {
        Model model = validGraph();
        Resource target = id("doc/004/target/200-230");
        model.removeAll(target, EKG.comparator, null);
        model.add(target, EKG.comparator, "at_least");                       // not a comparator code
        model.removeAll(target, EKG.targetValue, null);
        model.addLiteral(target, EKG.targetValue, 45L);                      // xsd:integer, not xsd:decimal
        Resource qualitative = id("doc/004/target/240-260");
        model.add(qualitative, EKG.targetValue, model.createTypedLiteral(new java.math.BigDecimal("1.5")));
        Resource baseline = id("doc/004/target/50-70");
        model.add(baseline, RDF.type, EKG.Target);                           // a baseline is not a target
        Resource evidence = id("doc/004/measure/m1/evidence");
        model.removeAll(evidence, EKG.quote, null);
        model.add(evidence, EKG.quote, "");                                  // empty quote

        String report = describe(validate(model));

        assertThat(report).contains(target.getURI() + " <" + EKG.comparator.getURI() + "> InConstraintComponent");
        assertThat(report).contains(target.getURI() + " <" + EKG.targetValue.getURI() + "> DatatypeConstraintComponent");
        assertThat(report).contains(qualitative.getURI() + " <" + EKG.targetValue.getURI() + "> MaxCountConstraintComponent");
        assertThat(report).contains(baseline.getURI() + " null NotConstraintComponent");
        assertThat(report).contains(evidence.getURI() + " <" + EKG.quote.getURI() + "> MinLengthConstraintComponent");
    }

    @Test
    void precomputedClosuresMustBeComplete() {
        Model model = validGraph();
        Resource measure = id("doc/004/measure/m1");
        Resource banner = id("place/etuokeqi");
        model.remove(measure, EKG.affectsPlace, id("place/huanghe-liuyu"));  // basin of a containing place
        model.remove(banner, EKG.withinTransitive, id("place/neimenggu"));   // two steps up
        model.removeAll(measure, EKG.deadlineYear, null);                    // its targets fall due in 2025

        String report = describe(validate(model));

        assertThat(report).contains(measure.getURI() + " null SPARQLConstraintComponent affectsPlace lacks <"
                + ID + "place/huanghe-liuyu>");
        assertThat(report).contains(banner.getURI() + " null SPARQLConstraintComponent withinTransitive lacks <"
                + ID + "place/neimenggu>");
        assertThat(report).contains("deadlineYear lacks 2025");
    }

    @Test
    void placeNeedsExactlyOnePlaceTypeAndEvidenceRightOffsets() {
        Model model = validGraph();
        Resource lake = id("place/huanghe-liuyu");
        model.add(lake, RDF.type, ResourceFactory.createResource(EKG.NS + "Lake"));
        Resource evidence = id("doc/004/measure/m1/place/150/evidence");
        model.removeAll(evidence, EKG.beginIndex, null);
        model.addLiteral(evidence, EKG.beginIndex, model.createTypedLiteral(200));   // after endIndex 154
        Resource assignment = id("doc/004/measure/m1/assignment/380");
        model.removeAll(assignment, EKG.role, null);
        model.add(assignment, EKG.role, "牵头");

        String report = describe(validate(model));

        assertThat(report).contains(lake.getURI() + " null XoneConstraintComponent");
        assertThat(report).contains(evidence.getURI() + " <" + EKG.beginIndex.getURI() + "> LessThanOrEqualsConstraintComponent");
        assertThat(report).contains(assignment.getURI() + " <" + EKG.role.getURI() + "> InConstraintComponent");
    }
}
