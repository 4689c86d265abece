package org.ecopolicy.kg.structure;

import java.util.List;
import java.util.regex.Pattern;
import org.ecopolicy.kg.read.RuleFiles;

/**
 * Titles that are no measure titles, and that make everything below them no measure either:
 * general sections named by a keyword (指导思想, 基本原则, 主要目标, 面临的形势 … from
 * {@code /rules/structure/non-measure-sections.csv}), and titles that state an outcome or name a part
 * of the document rather than a task ({@code non-measure-titles.csv}: "生态环境保护取得新成就",
 * "基本消除重污染天气", "目标任务"), unless they open with a task verb ({@code task-openers.csv}).
 */
final class MeasureExclusions {

    private final List<String> keywords;
    private final List<Pattern> nonTaskTitles;
    private final List<String> taskOpeners;

    private MeasureExclusions(List<String> keywords, List<Pattern> nonTaskTitles, List<String> taskOpeners) {
        this.keywords = List.copyOf(keywords);
        this.nonTaskTitles = List.copyOf(nonTaskTitles);
        this.taskOpeners = List.copyOf(taskOpeners);
    }

    static MeasureExclusions load() {
        return new MeasureExclusions(
                RuleFiles.column("/rules/structure/non-measure-sections.csv", "keyword"),
                RuleFiles.column("/rules/structure/non-measure-titles.csv", "pattern").stream()
                        .map(Pattern::compile).toList(),
                RuleFiles.column("/rules/structure/task-openers.csv", "word"));
    }

    /** True when the title (normalised) names a general section or states an outcome. */
    boolean excludes(String title) {
        for (String keyword : keywords) {
            if (title.contains(keyword)) {
                return true;
            }
        }
        return !isTask(title) && nonTaskTitles.stream().anyMatch(p -> p.matcher(title).find());
    }

    /** True when the title opens with a task verb ("推动…", "强化…"). */
    private boolean isTask(String title) {
        return taskOpeners.stream().anyMatch(title::startsWith);
    }
}
