package org.ecopolicy.kg.rdf;

import org.ecopolicy.kg.vocabulary.PROV;
import org.ecopolicy.kg.vocabulary.EKG;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.ecopolicy.kg.link.Organisation;
import org.ecopolicy.kg.link.ReferenceData;
import org.ecopolicy.kg.model.DepartmentMention;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.DocumentMetadata;
import org.ecopolicy.kg.model.Evidence;
import org.ecopolicy.kg.model.ExtractedDocument;
import org.ecopolicy.kg.model.Measure;
import org.ecopolicy.kg.model.MeasureFacts;
import org.ecopolicy.kg.model.PlaceMention;
import org.ecopolicy.kg.model.ProjectMention;
import org.ecopolicy.kg.model.Role;
import org.ecopolicy.kg.model.Section;
import org.ecopolicy.kg.model.Target;
import org.ecopolicy.kg.model.TargetKind;

/**
 * The mapping stage: one extracted document becomes one RDF graph (its named graph in the store).
 * Everything the graph says about shared entities (departments, projects, unlinked places) is
 * repeated per document, so replacing a document's graph never leaves dangling or stale facts.
 */
public final class DocumentMapper {

    private static final String ZH = "zh";

    private final Iris iris;
    private final ReferenceData reference;
    private final TextMapper texts;

    public DocumentMapper(Iris iris, ReferenceData reference) {
        this.iris = iris;
        this.reference = reference;
        this.texts = new TextMapper(iris);
    }

    /** Maps a document; {@code measures} says what belongs to each of its measures, in order. */
    public Model map(ExtractedDocument extracted, List<MeasureFacts> measures) {
        Model model = ModelFactory.createDefaultModel();
        Document doc = extracted.document();
        Resource docRes = mapDocument(model, doc);
        texts.context(model, doc, docRes);
        docRes.addLiteral(EKG.measureCount, integer(model, extracted.structure().measures().size()));
        docRes.addLiteral(EKG.targetCount,
                integer(model, (int) extracted.targets().stream().filter(t -> !t.baseline()).count()));

        List<Section> sections = extracted.structure().sections();
        for (int i = 0; i < sections.size(); i++) {
            mapSection(model, doc, docRes, sections.get(i), i + 1);
        }
        for (int i = 0; i < measures.size(); i++) {
            mapMeasure(model, doc, docRes, measures.get(i), i + 1);
        }
        java.util.Map<Target, Measure> holders = new java.util.IdentityHashMap<>();
        measures.forEach(f -> f.targets().forEach(t -> holders.put(t, f.measure())));
        for (Target target : extracted.targets()) {
            Resource targetRes = mapTarget(model, doc, docRes, target);
            Measure m = holders.get(target);
            if (m != null) {
                Resource measureRes = model.createResource(iris.measure(doc.id(), m.id()));
                targetRes.addProperty(EKG.inMeasure, measureRes);
                if (!target.baseline()) {
                    measureRes.addProperty(EKG.hasTarget, targetRes);
                    measureRes.addLiteral(EKG.deadlineYear, model.createTypedLiteral(target.year(), XSDDatatype.XSDinteger));
                }
            }
        }
        return model;
    }

    private Resource mapDocument(Model model, Document doc) {
        DocumentMetadata meta = doc.metadata();
        Resource res = model.createResource(iris.document(doc.id()), EKG.PolicyDocument);
        res.addProperty(DCTerms.identifier, doc.id());
        res.addProperty(EKG.sourceFile, doc.fileName());
        res.addProperty(DCTerms.title, model.createLiteral(meta.title() != null ? meta.title() : doc.fileName(), ZH));
        res.addProperty(EKG.charset, doc.text().charset());
        res.addLiteral(EKG.characterCount, integer(model, doc.text().length()));
        if (meta.number() != null) {
            res.addProperty(EKG.documentNumber, zh(model, meta.number()));
        }
        if (meta.issuer() != null) {
            res.addProperty(EKG.issuerName, zh(model, meta.issuer()));
        }
        if (meta.date() != null) {
            res.addProperty(DCTerms.issued, model.createTypedLiteral(meta.date().toString(), XSDDatatype.XSDdate));
        }
        if (meta.jurisdiction() != null) {
            res.addProperty(EKG.jurisdictionName, zh(model, meta.jurisdiction()));
            reference.gazetteer().byName(meta.jurisdiction())
                    .ifPresent(p -> res.addProperty(EKG.jurisdiction, model.createResource(iris.place(p.id()))));
        }
        if (meta.level() != null) {
            res.addProperty(EKG.adminLevel, meta.level().code());
        }
        if (meta.periodStart() != null) {
            res.addLiteral(EKG.periodStart, integer(model, meta.periodStart()));
        }
        if (meta.periodEnd() != null) {
            res.addLiteral(EKG.periodEnd, integer(model, meta.periodEnd()));
        }
        return res;
    }

    private void mapSection(Model model, Document doc, Resource docRes, Section section, int order) {
        Resource res = model.createResource(iris.section(doc.id(), section.id()), EKG.Section);
        res.addProperty(EKG.inDocument, docRes);
        res.addProperty(EKG.numbering, zh(model, section.label()));
        if (!section.title().isEmpty()) {
            res.addProperty(DCTerms.title, model.createLiteral(section.title(), ZH));
        }
        if (section.parentId() != null) {
            res.addProperty(EKG.parentSection, model.createResource(iris.section(doc.id(), section.parentId())));
        }
        res.addLiteral(EKG.depth, integer(model, section.depth()));
        res.addLiteral(EKG.order, integer(model, order));
        res.addLiteral(EKG.beginIndex, integer(model, section.start()));
        res.addLiteral(EKG.endIndex, integer(model, section.end()));
        texts.span(model, res, doc, section.start(), section.end());
    }

    private void mapMeasure(Model model, Document doc, Resource docRes, MeasureFacts facts, int order) {
        Measure measure = facts.measure();
        Resource res = model.createResource(iris.measure(doc.id(), measure.id()), EKG.Measure);
        res.addProperty(EKG.inDocument, docRes);
        if (measure.sectionId() != null) {
            res.addProperty(EKG.inSection, model.createResource(iris.section(doc.id(), measure.sectionId())));
        }
        res.addProperty(DCTerms.title, model.createLiteral(measure.title(), ZH));
        res.addProperty(EKG.path, zh(model, measure.pathText()));
        res.addLiteral(EKG.order, integer(model, order));
        res.addLiteral(EKG.beginIndex, integer(model, measure.start()));
        res.addLiteral(EKG.endIndex, integer(model, measure.end()));
        texts.span(model, res, doc, measure.start(), measure.end());
        addEvidence(model, res, docRes, measure.titleEvidence());

        Set<String> affected = new TreeSet<>();
        for (PlaceMention mention : facts.places()) {
            Resource place = mapPlaceMention(model, res, docRes, mention);
            res.addProperty(EKG.mentionsPlace, place);
            affected.add(place.getURI());
        }
        facts.containingPlaceIds().forEach(id -> affected.add(iris.place(id)));
        affected.forEach(uri -> res.addProperty(EKG.affectsPlace, model.createResource(uri)));

        for (ProjectMention mention : facts.projects()) {
            {
                Resource project = model.createResource(iris.project(mention.name()), EKG.Project);
                project.addProperty(RDF.type, PROV.Entity);
                project.addProperty(RDFS.label, model.createLiteral(mention.name(), ZH));
                Resource m = model.createResource(iris.measure(doc.id(), measure.id()) + "/project/"
                        + mention.evidence().start(), EKG.ProjectMention);
                m.addProperty(EKG.surfaceForm, zh(model, mention.name()));
                m.addProperty(EKG.refersTo, project);
                addEvidence(model, m, docRes, mention.evidence());
                res.addProperty(EKG.mentionsProject, project);
                res.addProperty(EKG.hasProjectMention, m);
            }
        }

        for (DepartmentMention mention : facts.departments()) {
            mapAssignment(model, res, docRes, mention);
        }
        for (String topicIri : facts.topicIris()) {
            res.addProperty(EKG.topic, model.createResource(topicIri));
        }
    }

    private Resource mapPlaceMention(Model model, Resource measureRes, Resource docRes, PlaceMention mention) {
        Resource place;
        if (mention.linked()) {
            place = model.createResource(iris.place(mention.placeId()));
        } else {
            place = model.createResource(iris.unlinkedPlace(mention.surface()), EKG.Place);
            place.addProperty(RDF.type, EKG.UnlinkedPlace);
            place.addProperty(RDFS.label, model.createLiteral(mention.surface(), ZH));
            place.addProperty(SKOS.prefLabel, model.createLiteral(mention.surface(), ZH));
            if (mention.withinId() != null) {
                // a park named after its place lies within it (鄂托克经济开发区 within 鄂托克旗)
                place.addProperty(EKG.within, model.createResource(iris.place(mention.withinId())));
                place.addProperty(EKG.withinTransitive, model.createResource(iris.place(mention.withinId())));
                reference.gazetteer().closure(mention.withinId())
                        .forEach(id -> place.addProperty(EKG.withinTransitive, model.createResource(iris.place(id))));
            }
        }
        Resource m = model.createResource(measureRes.getURI() + "/place/" + mention.evidence().start(), EKG.PlaceMention);
        m.addProperty(EKG.surfaceForm, zh(model, mention.surface()));
        m.addProperty(EKG.refersTo, place);
        // a name several places share, unresolved: the mention says which places it may mean
        mention.candidates().forEach(id -> m.addProperty(EKG.candidatePlace, model.createResource(iris.place(id))));
        addEvidence(model, m, docRes, mention.evidence());
        measureRes.addProperty(EKG.hasPlaceMention, m);
        return place;
    }

    private void mapAssignment(Model model, Resource measureRes, Resource docRes, DepartmentMention mention) {
        Resource agent = mention.orgId() == null ? null : mapOrganisation(model, mention.orgId());
        if (agent == null) {
            return;
        }
        agent.addProperty(SKOS.altLabel, model.createLiteral(mention.surface(), ZH));
        Resource a = model.createResource(measureRes.getURI() + "/assignment/" + mention.evidence().start(), EKG.Assignment);
        a.addProperty(EKG.role, mention.role().code());
        a.addProperty(EKG.agent, agent);
        a.addProperty(EKG.surfaceForm, zh(model, mention.surface()));
        addEvidence(model, a, docRes, mention.evidence());
        measureRes.addProperty(EKG.hasAssignment, a);
        measureRes.addProperty(mention.role() == Role.LEAD ? EKG.leadDepartment : EKG.responsibleDepartment, agent);
    }

    /** The organisation and the chain of bodies it belongs to. */
    private Resource mapOrganisation(Model model, String orgId) {
        Optional<Organisation> found = reference.departments().byId(orgId);
        if (found.isEmpty()) {
            return null;
        }
        Organisation org = found.get();
        Resource res = model.createResource(iris.organisation(org.id()));
        boolean government = org.government();
        res.addProperty(RDF.type, government ? EKG.Government : EKG.Department);
        res.addProperty(RDF.type, ORG.Organization);
        res.addProperty(RDFS.label, model.createLiteral(org.nameZh(), ZH));
        res.addProperty(SKOS.prefLabel, model.createLiteral(org.nameZh(), ZH));
        if (org.nameEn() != null && !org.nameEn().isBlank()) {
            res.addProperty(RDFS.label, model.createLiteral(org.nameEn(), "en"));
        }
        if (org.placeId() != null && government) {
            res.addProperty(EKG.governmentOf, model.createResource(iris.place(org.placeId())));
        }
        if (org.parentId() != null) {
            Resource parent = mapOrganisation(model, org.parentId());
            if (parent != null) {
                res.addProperty(ORG.subOrganizationOf, parent);
            }
        }
        return res;
    }

    private Resource mapTarget(Model model, Document doc, Resource docRes, Target target) {
        Evidence ev = target.evidence();
        String commitment = target.year() + "|" + target.indicator() + "|" + target.comparator().code() + "|"
                + (target.value() == null ? "" : decimal(target.value())) + "|" + target.unit();
        Resource res = model.createResource(iris.target(doc.id(), ev.start(), ev.end(), commitment));
        if (target.baseline()) {
            res.addProperty(RDF.type, EKG.Baseline);
        } else {
            res.addProperty(RDF.type, EKG.Target);
            res.addProperty(RDF.type, target.kind() == TargetKind.QUANTITATIVE ? EKG.QuantitativeTarget : EKG.QualitativeTarget);
        }
        res.addProperty(EKG.inDocument, docRes);
        res.addLiteral(EKG.targetYear, integer(model, target.year()));
        res.addProperty(EKG.indicatorText, zh(model, target.indicator()));
        reference.indicators().match(target.indicator())
                .ifPresent(ind -> res.addProperty(EKG.indicator, model.createResource(ind.iri())));
        res.addProperty(EKG.comparator, target.comparator().code());
        if (target.value() != null && target.kind() == TargetKind.QUANTITATIVE) {
            res.addProperty(EKG.targetValue, model.createTypedLiteral(decimal(target.value()), XSDDatatype.XSDdecimal));
        }
        if (target.unit() != null && !target.unit().isEmpty()) {
            res.addProperty(EKG.unitText, zh(model, target.unit()));
            reference.units().lookup(target.unit())
                    .ifPresent(u -> res.addProperty(EKG.unit, model.createResource(u.iri())));
        }
        if (target.scope() != null && !target.scope().isEmpty()) {
            res.addProperty(EKG.scopeText, zh(model, target.scope()));
        }
        addEvidence(model, res, docRes, ev);
        return res;
    }


    private void addEvidence(Model model, Resource subject, Resource docRes, Evidence ev) {
        Resource res = model.createResource(Iris.evidenceOf(subject.getURI()), EKG.Evidence);
        res.addProperty(RDF.type, PROV.Entity);
        res.addProperty(PROV.wasDerivedFrom, docRes);
        res.addProperty(EKG.quote, zh(model, ev.quote()));
        res.addLiteral(EKG.beginIndex, integer(model, ev.start()));
        res.addLiteral(EKG.endIndex, integer(model, ev.end()));
        texts.anchor(model, res, ev);
        subject.addProperty(EKG.evidence, res);
    }

    /**
     * Words of the document (quotes, forms as written, numbering, units, names): Chinese text,
     * tagged {@code @zh} always, so each property has one range whatever a value's characters.
     */
    private static org.apache.jena.rdf.model.Literal zh(Model model, String text) {
        return model.createLiteral(text, ZH);
    }

    private static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static org.apache.jena.rdf.model.Literal integer(Model model, long value) {
        return model.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDinteger);
    }
}
