package org.ecopolicy.kg.structure;

import java.util.List;
import org.ecopolicy.kg.read.RuleFiles;

/**
 * Title keywords of general sections that hold no measures (指导思想, 基本原则, 主要目标, 基本形势 …),
 * from {@code /rules/structure/non-measure-sections.csv}.
 */
final class MeasureExclusions {

    private final List<String> keywords;

    private MeasureExclusions(List<String> keywords) {
        this.keywords = List.copyOf(keywords);
    }

    static MeasureExclusions load() {
        return new MeasureExclusions(RuleFiles.column("/rules/structure/non-measure-sections.csv", "keyword"));
    }

    /** True when the title (normalised) names a general section. */
    boolean excludes(String title) {
        for (String keyword : keywords) {
            if (title.contains(keyword)) {
                return true;
            }
        }
        return false;
    }
}
