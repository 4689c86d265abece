package org.ecopolicy.kg.pipeline;

import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.ecopolicy.kg.extract.DepartmentExtractor;
import org.ecopolicy.kg.extract.MeasureAssignment;
import org.ecopolicy.kg.extract.PlaceExtractor;
import org.ecopolicy.kg.extract.ProjectExtractor;
import org.ecopolicy.kg.extract.TargetExtractor;
import org.ecopolicy.kg.link.ReferenceData;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.ExtractedDocument;
import org.ecopolicy.kg.rdf.DocumentMapper;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.rdf.ReferenceMapper;
import org.ecopolicy.kg.read.DocumentReader;
import org.ecopolicy.kg.read.Manifest;
import org.ecopolicy.kg.structure.StructureParser;

/**
 * The path one document walks: read → structure → extract (targets, places, projects,
 * departments; linked as they are found) → map to RDF. Stateless per document, so documents can
 * be processed in parallel.
 */
public final class Pipeline {

    private final ReferenceData reference;
    private final Iris iris;
    private final DocumentReader reader = new DocumentReader();
    private final StructureParser structure = new StructureParser();
    private final TargetExtractor targets = new TargetExtractor();
    private final PlaceExtractor places;
    private final ProjectExtractor projects = new ProjectExtractor();
    private final DepartmentExtractor departments;
    private final MeasureAssignment assignment;
    private final DocumentMapper mapper;

    public Pipeline(ReferenceData reference, Iris iris) {
        this.reference = reference;
        this.iris = iris;
        this.places = new PlaceExtractor(reference.gazetteer(), reference.departments());
        this.departments = new DepartmentExtractor(reference.gazetteer(), reference.departments());
        this.assignment = new MeasureAssignment(reference);
        this.mapper = new DocumentMapper(iris, reference);
    }

    public Iris iris() {
        return iris;
    }

    public ReferenceData reference() {
        return reference;
    }

    public Document read(Path file, Manifest manifest) {
        return reader.read(file, manifest);
    }

    public ExtractedDocument extract(Document doc) {
        return new ExtractedDocument(doc, structure.parse(doc), targets.extract(doc), places.extract(doc),
                projects.extract(doc), departments.extract(doc));
    }

    public Model map(ExtractedDocument extracted) {
        return mapper.map(extracted, assignment.assign(extracted));
    }

    public Model referenceGraph() {
        return new ReferenceMapper(iris).map(reference.gazetteer());
    }
}
