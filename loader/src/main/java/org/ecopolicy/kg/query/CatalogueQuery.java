package org.ecopolicy.kg.query;

import java.util.ArrayList;
import java.util.List;

/**
 * One file of the {@code queries/} catalogue: its name (file name without {@code .rq}), the SPARQL
 * text as it stands (valid on its own, parameters at their defaults) and the leading comment.
 */
public record CatalogueQuery(String name, String sparql) {

    /** The leading {@code #} comment lines, without the {@code #}. */
    public String description() {
        List<String> lines = new ArrayList<>();
        for (String line : sparql.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            lines.add(line.replaceFirst("^#\\s?", ""));
        }
        return String.join("\n", lines).strip();
    }
}
