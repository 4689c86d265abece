package org.ecopolicy.kg.structure;

import java.util.regex.Pattern;

/**
 * One kind of heading label (第X章, 一、, (一), 1. …) as defined in {@code /rules/structure/headings.csv}.
 *
 * @param level        the kind's place in the official order of levels (the row order of headings.csv)
 * @param canBeMeasure false for kinds that only group sections (第X章, 第X部分): one standing alone
 *                     is an opening cut short, not the smallest unit of action
 */
record HeadingKind(String name, Pattern pattern, String example, int level, boolean canBeMeasure) {
}
