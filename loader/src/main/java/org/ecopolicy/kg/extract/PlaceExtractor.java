package org.ecopolicy.kg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import org.ecopolicy.kg.rules.CsvTable;
import org.ecopolicy.kg.link.DepartmentDirectory;
import org.ecopolicy.kg.link.Gazetteer;
import org.ecopolicy.kg.link.Place;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.Evidence;
import org.ecopolicy.kg.model.PlaceMention;

/**
 * Finds the places a policy text names: gazetteer names and aliases by leftmost-longest dictionary
 * match (linked), plus places HanLP recognises that the gazetteer lacks (unlinked, placeId null).
 * Places inside organisation names and document titles (《…》) are not mentions.
 */
public final class PlaceExtractor {

    private static final String DATA = "/rules/extract/";
    private static final Object HANLP_LOCK = new Object();

    private final AhoCorasickDoubleArrayTrie<String> gazetteerTrie = new AhoCorasickDoubleArrayTrie<>();
    private final List<String> extensions;
    private final Set<String> stopwords;
    private final List<String> unlinkedSuffixes;
    private final Set<String> functionChars;
    private final List<Pattern> unlinkedPatterns;
    private final List<String> orgTails;
    private final List<String> collectiveEndings;
    private final List<NeighbourRule> neighbourRules;
    // HanLP segmenters keep no per-call state but are cheap to own per thread, so extraction threads never wait on each other.
    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(PlaceExtractor::newSegment);

    public PlaceExtractor(Gazetteer gazetteer, DepartmentDirectory departments) {
        TreeMap<String, String> forms = new TreeMap<>();
        for (String form : gazetteer.surfaceForms()) {
            String id = gazetteer.byName(form).map(Place::id).orElseThrow();
            for (String variant : quoteVariants(form)) {
                forms.putIfAbsent(variant, id);
            }
        }
        gazetteerTrie.build(forms);
        extensions = longestFirst(CsvTable.firstColumn(DATA + "place-extensions.csv"));
        stopwords = new LinkedHashSet<>(CsvTable.firstColumn(DATA + "place-stopwords.csv"));
        unlinkedSuffixes = longestFirst(CsvTable.firstColumn(DATA + "place-unlinked-suffixes.csv"));
        functionChars = new LinkedHashSet<>(CsvTable.firstColumn(DATA + "place-function-chars.csv"));
        unlinkedPatterns = CsvTable.read(DATA + "place-unlinked-patterns.csv", "pattern").stream()
                .map(r -> Pattern.compile(r.get("pattern"), Pattern.MULTILINE)).toList();
        collectiveEndings = CsvTable.firstColumn(DATA + "place-collective-endings.csv");
        neighbourRules = CsvTable.read(DATA + "place-unlinked-neighbours.csv", "side", "nature").stream()
                .map(r -> new NeighbourRule(r.get("side").equals("left"), Pattern.compile(r.get("nature")))).toList();
        List<String> tails = new ArrayList<>(CsvTable.firstColumn(DATA + "org-tails.csv"));
        tails.addAll(departments.departmentForms());
        orgTails = longestFirst(tails);
        synchronized (HANLP_LOCK) {
            // local names must segment whole: plain HanLP splits 乌梁素海 and tags 岱海 as a person
            forms.keySet().forEach(f -> CustomDictionary.insert(f, "ns 2048"));
            departments.departmentForms().forEach(f -> CustomDictionary.insert(f, "nt 1024"));
        }
    }

    private static Segment newSegment() {
        // person-name recognition stays on: it keeps slogans such as 山水林田湖草沙 from yielding a place 林田湖
        return HanLP.newSegment().enablePlaceRecognize(true).enableOffset(true).enableCustomDictionary(true);
    }

    public List<PlaceMention> extract(Document doc) {
        String text = doc.text().normalized();
        TextSpans blocked = TextSpans.bookTitles(text);
        List<Candidate> found = new ArrayList<>();
        // every gazetteer match, kept or not, shuts HanLP out of its span (呼和浩特市委 is no 呼和浩特)
        TextSpans taken = new TextSpans();
        for (Candidate c : gazetteerMatches(text)) {
            taken.add(c.start, c.end);
            if (!blocked.overlaps(c.start, c.end) && !insideOrganisationName(text, c.end)) {
                Candidate extended = extend(text, c);
                found.add(extended);
                taken.add(extended.start, extended.end);
            }
        }
        for (Candidate c : hanlpPlaces(text)) {
            if (!taken.overlaps(c.start, c.end) && !blocked.overlaps(c.start, c.end)
                    && !insideOrganisationName(text, c.end)) {
                found.add(c);
                taken.add(c.start, c.end);
            }
        }
        for (Pattern p : unlinkedPatterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (!taken.overlaps(m.start(), m.end()) && !blocked.overlaps(m.start(), m.end())) {
                    found.add(new Candidate(m.start(), m.end(), null));
                    taken.add(m.start(), m.end());
                }
            }
        }
        found.sort(Comparator.comparingInt(Candidate::start));
        List<PlaceMention> mentions = new ArrayList<>();
        for (Candidate c : found) {
            Evidence ev = Evidence.of(doc, c.start, c.end);
            mentions.add(new PlaceMention(ev.quote(), c.placeId, ev));
        }
        return mentions;
    }

    private record Candidate(int start, int end, String placeId) {
    }

    /** A one-character neighbour word whose part of speech shows the candidate was cut out of a longer word. */
    private record NeighbourRule(boolean left, Pattern nature) {
        boolean matches(List<Term> terms, int i) {
            int j = left ? i - 1 : i + 1;
            if (j < 0 || j >= terms.size()) {
                return false;
            }
            Term t = terms.get(j);
            return t.word.length() == 1 && Character.isIdeographic(t.word.charAt(0)) && t.nature != null
                    && nature.matcher(t.nature.toString()).matches();
        }
    }

    /** Leftmost-longest non-overlapping gazetteer matches. */
    private List<Candidate> gazetteerMatches(String text) {
        List<Candidate> hits = new ArrayList<>();
        gazetteerTrie.parseText(text, (begin, end, id) -> hits.add(new Candidate(begin, end, id)));
        hits.sort(Comparator.comparingInt(Candidate::start).thenComparing(c -> -(c.end - c.start)));
        List<Candidate> chosen = new ArrayList<>();
        int covered = 0;
        for (Candidate h : hits) {
            if (h.start >= covered) {
                chosen.add(h);
                covered = h.end;
            }
        }
        return chosen;
    }

    /** Keeps the written continuation (黄河 + 干流) in the surface; the link stays the same. */
    private Candidate extend(String text, Candidate c) {
        for (String ext : extensions) {
            if (text.startsWith(ext, c.end)) {
                return new Candidate(c.start, c.end + ext.length(), c.placeId);
            }
        }
        return c;
    }

    private boolean insideOrganisationName(String text, int end) {
        for (String tail : orgTails) {
            if (text.startsWith(tail, end)) {
                return true;
            }
        }
        return false;
    }

    /** HanLP place terms the gazetteer lacks, kept when they look like a proper place name. */
    private List<Candidate> hanlpPlaces(String text) {
        List<Candidate> result = new ArrayList<>();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                List<Term> terms = segment.get().seg(line);
                for (int i = 0; i < terms.size(); i++) {
                    Term t = terms.get(i);
                    if (t.nature != null && t.nature.toString().startsWith("ns") && looksLikePlace(t.word)
                            && !cutFromLongerWord(terms, i)) {
                        int start = lineStart + t.offset;
                        result.add(new Candidate(start, start + t.word.length(), null));
                    }
                }
            }
            lineStart += line.length() + 1;
        }
        return result;
    }

    /** HanLP cut the place out of a longer word (巡 + 河查河, 东台 + 子, 五 + 宜城市): see place-unlinked-neighbours.csv. */
    private boolean cutFromLongerWord(List<Term> terms, int i) {
        return neighbourRules.stream().anyMatch(r -> r.matches(terms, i));
    }

    private boolean looksLikePlace(String word) {
        if (word.length() < 2 || stopwords.contains(word) || !word.codePoints().allMatch(Character::isIdeographic)
                || functionChars.contains(word.substring(0, 1)) || collectiveEndings.stream().anyMatch(word::endsWith)) {
            return false;
        }
        for (String suffix : unlinkedSuffixes) {
            if (word.endsWith(suffix)) {
                return word.length() >= suffix.length() + 2 && !stopwords.contains(stem(word, suffix));
            }
        }
        // no place ending: trust only words HanLP's own lexicon lists as places (北京, 俄罗斯)
        CoreDictionary.Attribute attr = CoreDictionary.get(word);
        return attr != null && attr.nature.length > 0 && attr.nature[0].toString().startsWith("ns");
    }

    private static String stem(String word, String suffix) {
        return word.substring(0, word.length() - suffix.length());
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The form with curly quotes, straight quotes and without quotes (“几字弯” / "几字弯" / 几字弯). */
    static Set<String> quoteVariants(String form) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(form);
        variants.add(form.replace('“', '"').replace('”', '"'));
        variants.add(form.replace('“', '‘').replace('”', '’'));
        variants.add(form.replace('“', '\'').replace('”', '\''));
        variants.add(form.replace("“", "").replace("”", ""));
        return variants;
    }
}
