package org.ecopolicy.kg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.DocumentMetadata;

/**
 * The year a document speaks from: years up to it are the past. Taken from the metadata (date,
 * then planning period start), else from a date the text states (成文日期, a signature date line).
 */
final class DocumentYear {

    private DocumentYear() {
    }

    static Integer of(Document doc, TargetRules rules) {
        DocumentMetadata m = doc.metadata();
        if (m != null && m.date() != null) {
            return m.date().getYear();
        }
        if (m != null && m.periodStart() != null) {
            return m.periodStart();
        }
        String text = doc.text().normalized();
        for (Pattern p : rules.patterns("doc-date")) {
            Matcher matcher = p.matcher(text);
            if (matcher.find()) {
                int year = Integer.parseInt(matcher.group(1));
                if (year >= 1949 && year <= 2100) {
                    return year;
                }
            }
        }
        return null;
    }
}
