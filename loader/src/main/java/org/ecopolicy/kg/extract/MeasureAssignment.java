package org.ecopolicy.kg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ecopolicy.kg.link.ReferenceData;
import org.ecopolicy.kg.model.DepartmentMention;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.ExtractedDocument;
import org.ecopolicy.kg.model.Measure;
import org.ecopolicy.kg.model.MeasureFacts;
import org.ecopolicy.kg.model.PlaceMention;
import org.ecopolicy.kg.model.ProjectMention;
import org.ecopolicy.kg.model.Target;

/**
 * Decides which facts of a document belong to which measure: a mention belongs to the measure it
 * is written in; a department named by a standing note ("以下任务均需各旗县区落实，不再逐一列出") to
 * every later measure as well; a measure affects the places it names and every place containing
 * them; its topics follow from its text. The result is typed, so mapping decides nothing.
 */
public final class MeasureAssignment {

    private final ReferenceData reference;
    private final StandingNotes standingNotes = new StandingNotes();

    public MeasureAssignment(ReferenceData reference) {
        this.reference = reference;
    }

    public List<MeasureFacts> assign(ExtractedDocument extracted) {
        Document doc = extracted.document();
        List<StandingNotes.Note> notes = standingNotes.find(doc.text().normalized());
        List<Measure> measures = extracted.structure().measures();
        java.util.Map<Target, Measure> holders = new java.util.IdentityHashMap<>();
        extracted.targets().forEach(t -> {
            Measure m = firstHolder(measures, t);
            if (m != null) {
                holders.put(t, m);
            }
        });
        List<MeasureFacts> out = new ArrayList<>(measures.size());
        for (Measure measure : measures) {
            // the same place written twice in one measure (包头市 … 包头) is one mention: the first
            // written form; a part written with the name (黄河干流, 黄河支流) is a mention of its own
            Set<String> named = new java.util.HashSet<>();
            List<ProjectMention> projects = distinctNames(extracted.projects().stream()
                    .filter(p -> measure.contains(p.evidence())).toList());
            List<PlaceMention> places = extracted.places().stream()
                    .filter(p -> measure.contains(p.evidence()) && named.add(mentionKey(p))).toList();
            Set<String> containing = new LinkedHashSet<>();
            for (PlaceMention p : places) {
                String inside = p.linked() ? p.placeId() : p.withinId();
                if (inside != null) {
                    if (!p.linked()) {
                        containing.add(inside); // an unlinked place within a known one affects that one
                    }
                    containing.addAll(reference.gazetteer().closure(inside));
                }
            }
            List<DepartmentMention> departments = extracted.departments().stream()
                    .filter(d -> measure.contains(d.evidence()) || StandingNotes.appliesTo(notes, d, measure)).toList();
            String text = doc.text().normalized().substring(measure.start(), measure.end());
            List<String> topics = reference.topics().classify(text);
            List<Target> targets = extracted.targets().stream()
                    .filter(t -> holders.get(t) == measure).toList();
            out.add(new MeasureFacts(measure, places, List.copyOf(containing), projects, departments, topics, targets));
        }
        return out;
    }

    /**
     * A project named again inside a longer name of the same measure (小型水利工程 in 水土保持小型水利工程,
     * 经济林建设工程 in 汾河支流生态植被与经济林建设工程) is one project: the longer, fuller name.
     */
    static List<ProjectMention> distinctNames(List<ProjectMention> projects) {
        List<ProjectMention> out = new ArrayList<>();
        for (ProjectMention p : projects) {
            boolean nested = projects.stream().anyMatch(o -> o != p && o.name().length() > p.name().length()
                    && o.name().contains(p.name()));
            if (!nested) {
                out.add(p);
            }
        }
        return out;
    }

    private String mentionKey(PlaceMention mention) {
        if (!mention.linked()) {
            return "?" + mention.surface();
        }
        boolean nameOfThePlace = reference.gazetteer().candidates(mention.surface()).stream()
                .anyMatch(p -> p.id().equals(mention.placeId()));
        return nameOfThePlace ? mention.placeId() : mention.placeId() + "|" + mention.surface();
    }

    /** The measure whose text holds the target; the innermost one when measures nest. */
    private static Measure firstHolder(List<Measure> measures, Target target) {
        Measure best = null;
        for (Measure m : measures) {
            if (m.contains(target.evidence()) && (best == null || m.end() - m.start() < best.end() - best.start())) {
                best = m;
            }
        }
        return best;
    }
}
