package org.ecopolicy.kg.model;

/**
 * A heading of the document's hierarchy (第X章, 一、, (一), 1. …) and the span it governs.
 *
 * @param id       stable within the document, e.g. "s3"
 * @param label    the numbering as written, e.g. "二、", "(三)", "第五章", "6."
 * @param title    the heading text after the label, without final punctuation
 * @param depth    1 for the outermost level present in the document
 * @param parentId id of the enclosing section, or null at the top
 * @param start    offset of the heading's first character
 * @param end      offset just after the last character governed by this section
 */
public record Section(String id, String label, String title, int depth, String parentId, int start, int end) {

    /** Label and title as they appear, e.g. "二、主要任务" or "(二)实施环境质量改善专项行动". */
    public String heading() {
        return label + title;
    }
}
