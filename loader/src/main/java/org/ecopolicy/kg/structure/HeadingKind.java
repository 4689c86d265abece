package org.ecopolicy.kg.structure;

import java.util.regex.Pattern;

/** One kind of heading label (第X章, 一、, (一), 1. …) as defined in {@code /rules/structure/headings.csv}. */
record HeadingKind(String name, Pattern pattern, String example) {
}
