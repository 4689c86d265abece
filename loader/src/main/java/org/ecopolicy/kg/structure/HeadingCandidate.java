package org.ecopolicy.kg.structure;

/**
 * A line that starts with a heading label; whether it really is a heading is decided by the
 * outline (it must continue its sibling sequence).
 *
 * @param labelStart   offset of the label's first char ("(" of "(一)")
 * @param labelEnd     offset just after the label
 * @param contentStart offset of the first char after the label and any spaces
 * @param lineStart    offset of the line's first char
 * @param lineEnd      offset of the line's end (before the line break)
 */
record HeadingCandidate(HeadingKind kind, int number, int labelStart, int labelEnd, int contentStart,
                        int lineStart, int lineEnd) {
}
