package org.ecopolicy.kg.model;

import java.util.List;

/**
 * The smallest titled unit of action: a numbered item with a lead phrase, or a paragraph opening
 * with its own lead sentence inside a numbered item.
 *
 * @param id        stable within the document, e.g. "m12"
 * @param sectionId the section that holds it (its own numbered heading, when it is one)
 * @param path      heading labels from the outermost section down to this measure, e.g.
 *                  ["二、主要任务", "(二)实施环境质量改善专项行动", "6."]
 * @param title     the lead phrase without final punctuation
 * @param start     offset of the measure's first character
 * @param end       offset just after its last character
 * @param titleEvidence where the title stands in the text
 */
public record Measure(String id, String sectionId, List<String> path, String title, int start, int end,
                      Evidence titleEvidence) {

    public Measure {
        path = List.copyOf(path);
    }

    public boolean contains(Evidence evidence) {
        return evidence.start() >= start && evidence.end() <= end;
    }

    public String pathText() {
        return String.join(" > ", path);
    }
}
