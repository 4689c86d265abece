package org.ecopolicy.kg.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The EcoPolicy KG ontology namespace, as Jena's {@code vocabulary} classes do it. The OWL
 * definitions (labels and definitions in zh and en) are in {@code ontology/ecokg.ttl}.
 */
public final class EKG {

    public static final String NS = "https://w3id.org/ecokg/ontology#";
    public static final String PREFIX = "eco";

    private EKG() {
    }

    /** The namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes: documents and their structure
    public static final Resource PolicyDocument = resource("PolicyDocument");
    public static final Resource Section = resource("Section");
    public static final Resource Measure = resource("Measure");
    // Classes: commitments
    public static final Resource Target = resource("Target");
    public static final Resource QuantitativeTarget = resource("QuantitativeTarget");
    public static final Resource QualitativeTarget = resource("QualitativeTarget");
    public static final Resource Baseline = resource("Baseline");
    // Classes: things named
    public static final Resource Place = resource("Place");
    public static final Resource UnlinkedPlace = resource("UnlinkedPlace");
    public static final Resource DevelopmentZone = resource("DevelopmentZone");
    public static final Resource Project = resource("Project");
    public static final Resource Department = resource("Department");
    public static final Resource Government = resource("Government");
    public static final Resource Indicator = resource("Indicator");
    public static final Resource Topic = resource("Topic");
    // Classes: evidence-bearing links
    public static final Resource Evidence = resource("Evidence");
    public static final Resource PlaceMention = resource("PlaceMention");
    public static final Resource ProjectMention = resource("ProjectMention");
    public static final Resource Assignment = resource("Assignment");

    // Document metadata
    public static final Property sourceFile = property("sourceFile");
    public static final Property documentNumber = property("documentNumber");
    public static final Property issuerName = property("issuerName");
    public static final Property jurisdiction = property("jurisdiction");
    public static final Property jurisdictionName = property("jurisdictionName");
    public static final Property adminLevel = property("adminLevel");
    public static final Property periodStart = property("periodStart");
    public static final Property periodEnd = property("periodEnd");
    public static final Property charset = property("charset");
    public static final Property characterCount = property("characterCount");
    public static final Property measureCount = property("measureCount");
    public static final Property targetCount = property("targetCount");

    // Structure
    public static final Property inDocument = property("inDocument");
    public static final Property parentSection = property("parentSection");
    public static final Property inSection = property("inSection");
    public static final Property numbering = property("numbering");
    public static final Property path = property("path");
    public static final Property order = property("order");
    public static final Property depth = property("depth");

    // Measure facts
    public static final Property hasTarget = property("hasTarget");
    public static final Property mentionsPlace = property("mentionsPlace");
    public static final Property affectsPlace = property("affectsPlace");
    public static final Property mentionsProject = property("mentionsProject");
    public static final Property hasPlaceMention = property("hasPlaceMention");
    public static final Property hasProjectMention = property("hasProjectMention");
    public static final Property hasAssignment = property("hasAssignment");
    public static final Property leadDepartment = property("leadDepartment");
    public static final Property responsibleDepartment = property("responsibleDepartment");
    public static final Property topic = property("topic");
    public static final Property deadlineYear = property("deadlineYear");

    // Targets
    public static final Property targetYear = property("targetYear");
    public static final Property indicator = property("indicator");
    public static final Property indicatorText = property("indicatorText");
    public static final Property comparator = property("comparator");
    public static final Property targetValue = property("targetValue");
    public static final Property unitText = property("unitText");
    public static final Property unit = property("unit");
    public static final Property scopeText = property("scopeText");
    public static final Property inMeasure = property("inMeasure");

    // Mentions and assignments
    public static final Property surfaceForm = property("surfaceForm");
    public static final Property refersTo = property("refersTo");
    public static final Property role = property("role");
    public static final Property agent = property("agent");
    public static final Property evidence = property("evidence");

    // Evidence (offsets count UTF-16 code units of the original text, as Java and NIF do)
    public static final Property quote = property("quote");
    public static final Property beginIndex = property("beginIndex");
    public static final Property endIndex = property("endIndex");
    // Text: a section's or measure's own words, and the document's whole text (a nif:Context)
    public static final Property text = property("text");
    public static final Property fullText = property("fullText");

    // Places and organisations
    public static final Property pinyin = property("pinyin");
    public static final Property placeLevel = property("placeLevel");
    public static final Property within = property("within");
    public static final Property withinTransitive = property("withinTransitive");
    public static final Property inBasin = property("inBasin");
    public static final Property divisionCode = property("divisionCode");
    public static final Property hasMember = property("hasMember");
    public static final Property candidatePlace = property("candidatePlace");
    public static final Property governmentOf = property("governmentOf");

    // Indicators and topics
    public static final Property preferredUnit = property("preferredUnit");
    public static final Property keyword = property("keyword");
}
