package org.ecopolicy.kg.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Word lists read from rule files, in the forms the matchers use them. */
public final class WordLists {

    private WordLists() {
    }

    /** Each word once, longest first: a matcher trying them in turn takes the longest that fits. */
    public static List<String> longestFirst(Collection<String> words) {
        return words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The first character of each entry (a list of single-character stops). */
    public static Set<Character> firstChars(Collection<String> entries) {
        return entries.stream().map(s -> s.charAt(0)).collect(Collectors.toSet());
    }
}
