package org.ecopolicy.kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecopolicy.kg.rules.CsvTable;
import org.ecopolicy.kg.model.Role;

/**
 * Department assignments in a bracket after a task when no "牵头部门：" cue introduces them:
 * "(市林草局、市林长制成员单位)", "〔市生态环境局牵头，市发展和改革局、自然资源局参与，各县、区人民政府
 * 负责落实〕", "(农牧业厅、发展改革委、财政厅等。列第一位者为牵头部门…，下同)". Clause shapes, the
 * order conventions and the shapes a department item may have are data under {@code /rules/extract/}.
 */
final class BracketAssignments {

    /** A department item found: its range in the text and its role. */
    record Item(int start, int end, Role role) {
    }

    private static final String OPEN = "(（〔[【";
    private static final String CLOSE = ")）〕]】";
    private static final String CLAUSE_ENDS = "，,；;。";
    /** A collective this short ("各县") joins the item after it ("各县、区人民政府" = the county and district governments). */
    private static final int JOINABLE_LENGTH = 3;

    private record Clause(Pattern pattern, String role) {
    }

    private final List<Clause> clauses;
    private final List<Pattern> conventions;
    private final List<Pattern> itemShapes;
    private final List<Pattern> itemVetoes;

    BracketAssignments() {
        clauses = CsvTable.read("/rules/extract/department-bracket-clauses.csv", "pattern", "role").stream()
                .map(r -> new Clause(Pattern.compile(r.get("pattern")), r.get("role"))).toList();
        conventions = CsvTable.read("/rules/extract/department-order-conventions.csv", "pattern").stream()
                .map(r -> Pattern.compile(r.get("pattern"))).toList();
        itemShapes = CsvTable.read("/rules/extract/department-item-shapes.csv", "pattern").stream()
                .map(r -> Pattern.compile(r.get("pattern"))).toList();
        itemVetoes = CsvTable.read("/rules/extract/department-item-vetoes.csv", "pattern").stream()
                .map(r -> Pattern.compile(r.get("pattern"))).toList();
    }

    /**
     * Items of every bracket that does not overlap {@code used}; the brackets read are added to it.
     * Clauses overlapping {@code skip} (notes read elsewhere) are passed over.
     */
    List<Item> find(String text, TextSpans used, TextSpans skip) {
        int firstLeads = firstConvention(text);
        List<Item> out = new ArrayList<>();
        for (int[] b : brackets(text)) {
            if (used.overlaps(b[0], b[1])) {
                continue;
            }
            List<Item> found = read(text, b[0] + 1, b[1] - 1, firstLeads <= b[1], skip);
            if (!found.isEmpty()) {
                out.addAll(found);
                used.add(b[0], b[1]);
            }
        }
        return out;
    }

    private List<Item> read(String text, int from, int to, boolean firstLeads, TextSpans skip) {
        List<Item> out = new ArrayList<>();
        for (int[] c : split(text, from, to, CLAUSE_ENDS)) {
            String clause = text.substring(c[0], c[1]);
            if (skip.overlaps(c[0], c[1]) || isConvention(clause)) {
                continue;
            }
            for (Clause rule : clauses) {
                Matcher m = rule.pattern().matcher(clause);
                if (!m.matches()) {
                    continue;
                }
                List<int[]> items = items(text, c[0] + m.start("items"), c[0] + m.end("items"));
                if (items.isEmpty() || !items.stream().allMatch(i -> departmentShaped(text, i))) {
                    break; // not a department clause: try no weaker rule
                }
                for (int i = 0; i < items.size(); i++) {
                    Role role = switch (rule.role()) {
                        case "lead" -> Role.LEAD;
                        case "list" -> firstLeads && i == 0 ? Role.LEAD : Role.RESPONSIBLE;
                        default -> Role.RESPONSIBLE;
                    };
                    out.add(new Item(items.get(i)[0], items.get(i)[1], role));
                }
                break;
            }
        }
        return out;
    }

    /** 、-separated items; a short collective joins the next item ("各县、区人民政府(管委会)"). */
    List<int[]> items(String text, int from, int to) {
        List<int[]> raw = split(text, from, to, "、");
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            int[] item = raw.get(i);
            if (i + 1 < raw.size() && item[1] - item[0] <= JOINABLE_LENGTH && !endsLikeOrganisation(text, item)
                    && endsLikeOrganisation(text, raw.get(i + 1))) {
                item = new int[] {item[0], raw.get(++i)[1]};
            }
            out.add(item);
        }
        return out;
    }

    private boolean departmentShaped(String text, int[] item) {
        String s = core(text, item);
        if (itemVetoes.stream().anyMatch(v -> v.matcher(s).find())) {
            return false;
        }
        for (Pattern p : itemShapes) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }

    private boolean endsLikeOrganisation(String text, int[] item) {
        return departmentShaped(text, item) && !core(text, item).startsWith("各");
    }

    /** The item without a list tail (等) and a trailing bracket ("(管委会)"). */
    private static String core(String text, int[] item) {
        String s = text.substring(item[0], item[1]).strip();
        if (s.endsWith(")") || s.endsWith("）")) {
            int open = Math.max(s.lastIndexOf('('), s.lastIndexOf('（'));
            if (open > 0) {
                s = s.substring(0, open);
            }
        }
        return s.endsWith("等") ? s.substring(0, s.length() - 1) : s;
    }

    private boolean isConvention(String clause) {
        return conventions.stream().anyMatch(p -> p.matcher(clause).find());
    }

    private int firstConvention(String text) {
        int first = Integer.MAX_VALUE;
        for (Pattern p : conventions) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                first = Math.min(first, m.start());
            }
        }
        return first;
    }

    /** Outermost brackets [open, close+1) on one line, nesting respected. */
    private static List<int[]> brackets(String text) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n') {
                if (depth > 0 && "(（〔[【".indexOf(text.charAt(start)) >= 0) {
                    out.add(new int[] {start, i + 1}); // unterminated at the end of its item: read to the line end
                }
                depth = 0;
            } else if (OPEN.indexOf(c) >= 0) {
                if (depth++ == 0) {
                    start = i;
                }
            } else if (CLOSE.indexOf(c) >= 0 && depth > 0 && --depth == 0) {
                out.add(new int[] {start, i + 1});
            }
        }
        return out;
    }

    /** Trimmed non-empty pieces of [from, to) cut at {@code separators} outside nested brackets. */
    private static List<int[]> split(String text, int from, int to, String separators) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : 0;
            if (i < to && OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (i < to && CLOSE.indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (i == to || depth == 0 && separators.indexOf(c) >= 0) {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new int[] {s, e});
                }
                start = i + 1;
            }
        }
        return out;
    }
}
