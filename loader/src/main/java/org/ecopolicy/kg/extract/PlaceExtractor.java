package org.ecopolicy.kg.extract;

import java.util.ArrayList;
import java.util.BitSet;
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

import static org.ecopolicy.kg.rules.WordLists.longestFirst;
import org.ecopolicy.kg.link.DepartmentDirectory;
import org.ecopolicy.kg.link.Gazetteer;
import org.ecopolicy.kg.link.Place;
import org.ecopolicy.kg.link.Townships;
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
    /** How far a list item is read for an organisation tail, and how long its place part may be. */
    private static final int MAX_LIST_ITEM = 20;
    private static final int MAX_PLACE_IN_LIST = 8;
    /** Characters that may follow a bare short form (武川、固阳等地): list and scope words. */
    private static final String SHORT_FORM_FOLLOWERS = "、和及与等地境段片区县市旗的";

    private final AhoCorasickDoubleArrayTrie<String> gazetteerTrie = new AhoCorasickDoubleArrayTrie<>();
    private final Gazetteer gazetteer;
    private final PlaceContexts contexts;
    private final FeatureShapes shapes;
    private final Townships townships;
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
        this.gazetteer = gazetteer;
        this.contexts = PlaceContexts.load(DATA);
        this.shapes = FeatureShapes.load(DATA);
        this.townships = Townships.load(gazetteer);
        // written variant -> the form the gazetteer knows
        TreeMap<String, String> forms = new TreeMap<>();
        for (String form : gazetteer.surfaceForms()) {
            if ((gazetteer.onlyShortForm(form) || generatedOnly(gazetteer, form)) && commonWord(form)) {
                continue; // 和平 (和平区), 安宁 (安宁市), 新兴 (新兴县): a word first, a place rarely
            }
            for (String variant : quoteVariants(form)) {
                forms.putIfAbsent(variant, form);
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
            // bare short forms stay out: the trie finds them, and HanLP's other users keep their words
            forms.entrySet().stream().filter(e -> !gazetteer.onlyShortForm(e.getValue()))
                    .forEach(e -> CustomDictionary.insert(e.getKey(), "ns 2048"));
            departments.departmentForms().forEach(f -> CustomDictionary.insert(f, "nt 1024"));
        }
    }

    private static Segment newSegment() {
        // person-name recognition stays on: it keeps slogans such as 山水林田湖草沙 from yielding a place 林田湖
        return HanLP.newSegment().enablePlaceRecognize(true).enableOffset(true).enableCustomDictionary(true);
    }

    /** A park is named after a division (鄂托克经济开发区), not after a basin or river (海滦河流域工业园区). */
    private boolean administrative(String form) {
        return gazetteer.candidates(form).stream().anyMatch(p -> "AdministrativeRegion".equals(p.type()));
    }

    /** Only divisions of the national table bear the form (城区 of 阳泉 and of 长治), no curated place. */
    private static boolean generatedOnly(Gazetteer gazetteer, String form) {
        return gazetteer.candidates(form).stream().allMatch(p -> p.id().startsWith("cn-"));
    }

    /** A common word of HanLP's core lexicon that is not tagged as a place. */
    private static boolean commonWord(String form) {
        CoreDictionary.Attribute attr = CoreDictionary.get(form);
        return attr != null && attr.nature.length > 0 && !attr.nature[0].toString().startsWith("ns");
    }

    public List<PlaceMention> extract(Document doc) {
        String text = doc.text().normalized();
        TextSpans blocked = TextSpans.bookTitles(text);
        String jurisdiction = jurisdictionId(doc);
        // HanLP's words: where they begin and end, and the places among them the gazetteer lacks
        BitSet wordEdges = new BitSet(text.length() + 1);
        List<Candidate> hanlp = hanlpPlaces(text, wordEdges);
        List<Candidate> found = new ArrayList<>();
        // every gazetteer match, kept or not, shuts HanLP out of its span (呼和浩特市委 is no 呼和浩特)
        TextSpans taken = new TextSpans();
        Candidate previous = null;
        List<Candidate> matches = gazetteerMatches(text);
        BitSet placeStarts = new BitSet(text.length() + 1);
        matches.forEach(m -> placeStarts.set(m.start));
        for (Candidate c : matches) {
            if (!standsAlone(text, c, previous, wordEdges, placeStarts)) {
                continue; // 兴安|岭: a stem inside a longer word leaves the word to HanLP
            }
            if (gazetteer.onlyShortForm(c.placeId) && outsideJurisdiction(c.placeId, jurisdiction)) {
                taken.add(c.start, c.end);
                continue; // 湖口 (湖口县, 江西) in 入湖口 of a Hubei document: a bare short form stays in its province
            }
            taken.add(c.start, c.end);
            if (blocked.overlaps(c.start, c.end)) {
                continue;
            }
            Candidate zone = administrative(c.placeId) ? contexts.zone(text, c.start, c.end) : null;
            if (zone != null) {
                // 鄂托克 + 经济开发区: a park within the place, not the place (unless the gazetteer names it)
                if (!insideOrganisationName(text, zone.end)) {
                    Candidate stem = link(c, previous, jurisdiction);
                    found.add(new Candidate(zone.start, zone.end, null, List.of(), stem.placeId));
                }
                taken.add(zone.start, zone.end);
                continue;
            }
            if (insideOrganisationName(text, c.end) || contexts.insideName(text, c.start, c.end)) {
                continue;
            }
            int park = shapes.parkAfter(text, c.end, wordEdges);
            if (park > 0) {
                // 汾河 + 公园: a park named after the place, within it
                if (!insideOrganisationName(text, park)) {
                    // within the place written before it (太原市汾河公园), else the place it is named after (大青山自然保护区)
                    boolean located = previous != null && previous.end == c.start && previous.placeId != null;
                    String within = located ? previous.placeId : link(c, previous, jurisdiction).placeId;
                    found.add(new Candidate(c.start, park, null, List.of(), within));
                }
                taken.add(c.start, park);
                continue;
            }
            Candidate linked = link(c, previous, jurisdiction);
            Candidate extended = extend(text, linked);
            found.add(extended);
            taken.add(extended.start, extended.end);
            previous = extended;
        }
        // townships only where the jurisdiction holds them, by their full name (官埠桥镇 of 咸安区 in a 咸宁 document)
        AhoCorasickDoubleArrayTrie<Townships.Township> towns = townships.within(jurisdiction);
        if (towns != null) {
            towns.parseText(text, (begin, end, town) -> {
                if (!taken.overlaps(begin, end) && !blocked.overlaps(begin, end) && !insideOrganisationName(text, end)) {
                    found.add(new Candidate(begin, end, null, List.of(), town.countyId()));
                    taken.add(begin, end);
                }
            });
        }
        // lakes, reservoirs and parks by shape (斧头湖, 宁武|马营海): within the place written right before them
        java.util.Map<Integer, Candidate> byEnd = new java.util.HashMap<>();
        found.forEach(f -> byEnd.put(f.end, f));
        BitSet placeEnds = new BitSet(text.length() + 1);
        byEnd.keySet().forEach(placeEnds::set);
        for (FeatureShapes.Feature f : shapes.find(text, wordEdges, placeEnds, taken)) {
            taken.add(f.start(), f.end());
            if (blocked.overlaps(f.start(), f.end()) || insideOrganisationName(text, f.end())
                    || contexts.insideName(text, f.start(), f.end())) {
                continue;
            }
            Candidate locating = byEnd.get(f.start());
            String within = locating == null ? null : locating.placeId != null ? locating.placeId : locating.withinId;
            found.add(new Candidate(f.start(), f.end(), null, List.of(), within));
        }
        for (Candidate c : hanlp) {
            // a name the gazetteer knows was judged there (湖口 of 入湖口 outside the jurisdiction's province)
            if (!taken.overlaps(c.start, c.end) && !blocked.overlaps(c.start, c.end)
                    && gazetteer.candidates(text.substring(c.start, c.end)).isEmpty()
                    && !contexts.insideName(text, c.start, c.end)
                    && !insideOrganisationName(text, c.end)) {
                found.add(c);
                taken.add(c.start, c.end);
            }
        }
        for (Pattern p : unlinkedPatterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int start = afterLeadingVerbs(text, m.start(), m.end(), wordEdges);
                if (verbStem(text.substring(start, m.end()))) {
                    continue; // 联合巡河: patrolling the river, no river named 巡河
                }
                if (!taken.overlaps(start, m.end()) && !blocked.overlaps(start, m.end())
                        && !insideOrganisationName(text, m.end())) {
                    found.add(new Candidate(start, m.end(), null));
                    taken.add(m.start(), m.end());
                }
            }
        }
        found.sort(Comparator.comparingInt(Candidate::start));
        List<PlaceMention> mentions = new ArrayList<>();
        for (Candidate c : found) {
            Evidence ev = Evidence.of(doc, c.start, c.end);
            mentions.add(new PlaceMention(ev.quote(), c.placeId, ev, c.ambiguous, c.withinId));
        }
        return mentions;
    }

    /** What is left of a river or reservoir pattern's match before its ending is a verb or a count (巡 of 巡河, 一 of 一河). */
    private static boolean verbStem(String match) {
        String stem = match.endsWith("水库") ? match.substring(0, match.length() - 2) : match.substring(0, match.length() - 1);
        if (stem.length() == 1 && "一二三四五六七八九十两几".indexOf(stem.charAt(0)) >= 0) {
            return true; // “一河、两山”: a count, no river
        }
        CoreDictionary.Attribute attr = CoreDictionary.get(stem);
        if (attr == null || attr.nature.length == 0) {
            return false;
        }
        String nature = attr.nature[0].toString();
        // a lone character that is a verb, measure word, adverb … (巡|河, 治|河) names no river; 岚河, 淦河 do
        return nature.startsWith("v") || stem.length() == 1 && "qdprmcu".indexOf(nature.charAt(0)) >= 0;
    }

    /** Every place the short form names lies in another province than the document's jurisdiction. */
    private boolean outsideJurisdiction(String form, String jurisdiction) {
        if (jurisdiction == null) {
            return false;
        }
        String home = province(jurisdiction);
        return home != null && gazetteer.candidates(form).stream().noneMatch(p -> home.equals(province(p.id())));
    }

    private String province(String id) {
        Place self = gazetteer.byId(id).orElse(null);
        if (self != null && self.provinceLevel()) {
            return self.id();
        }
        return gazetteer.ancestors(id).stream().filter(Place::provinceLevel).map(Place::id).findFirst().orElse(null);
    }

    /** The jurisdiction's place id: metadata names it (鄂托克旗); null when unknown or ambiguous. */
    private String jurisdictionId(Document doc) {
        if (doc.metadata() == null || doc.metadata().jurisdiction() == null) {
            return null;
        }
        return gazetteer.byName(doc.metadata().jurisdiction()).map(Place::id).orElse(null);
    }

    /**
     * Links a match whose form names several places (新城区 of 呼和浩特 and of 西安; 吉林 province and
     * city): the one within the place written right before it (呼和浩特市新城区), else the one nearest
     * the document's jurisdiction, else the province when one candidate is a province. Otherwise the
     * mention stays unlinked and carries its candidates, to be reported.
     */
    private Candidate link(Candidate c, Candidate previous, String jurisdiction) {
        List<Place> places = gazetteer.candidates(c.placeId);
        if (places.size() == 1) {
            return new Candidate(c.start, c.end, places.get(0).id());
        }
        Place chosen = null;
        if (previous != null && previous.end == c.start && previous.placeId != null) {
            chosen = gazetteer.within(places, previous.placeId, false);
        }
        if (chosen == null && jurisdiction != null) {
            chosen = gazetteer.within(places, jurisdiction, true);
        }
        if (chosen == null) {
            List<Place> provinces = places.stream().filter(Place::provinceLevel).toList();
            chosen = provinces.size() == 1 ? provinces.get(0) : null;
        }
        if (chosen != null) {
            return new Candidate(c.start, c.end, chosen.id());
        }
        return new Candidate(c.start, c.end, null, places.stream().map(Place::id).toList());
    }

    /**
     * A bare short form (武川) or a two-character division name (和县) is a place only where HanLP also
     * reads it as a word of its own and it closes a list item or precedes another place (not 创新|和 for 新和, 长治久安 for 长治, 和|政策 for 和政), and a
     * two-character name only after a non-Han character or right after another place (马鞍山市和县;
     * not 市和县 "city and county").
     */
    private boolean standsAlone(String text, Candidate c, Candidate previous, BitSet wordEdges, BitSet placeStarts) {
        String form = c.placeId;
        boolean shortForm = gazetteer.onlyShortForm(form);
        boolean twoCharName = form.length() == 2 && !shortForm
                && gazetteer.candidates(form).stream().allMatch(p -> p.code() != null && p.nameZh().equals(form));
        if (!shortForm && !twoCharName) {
            return true;
        }
        boolean afterPlace = previous != null && previous.end == c.start;
        if (twoCharName && c.start > 0 && Character.isIdeographic(text.charAt(c.start - 1)) && !afterPlace) {
            return false;
        }
        boolean opensItem = c.start == 0 || !Character.isIdeographic(text.charAt(c.start - 1))
                || "、在和及与对".indexOf(text.charAt(c.start - 1)) >= 0;
        if ((afterPlace || wordEdges.get(c.start) || opensItem) && shapes.startingAt(text, c.end, wordEdges) != null) {
            return true; // a county locating a lake or park: 太谷|郭堡水库, 宁武|马营海
        }
        if (!(afterPlace || wordEdges.get(c.start)) || !wordEdges.get(c.end)) {
            return false;
        }
        if (placeStarts.get(c.end)) {
            return true; // a county locating a feature: 河津|黄河汾河交汇处
        }
        // a bare stem must close a list item or scope phrase (武川、固阳等地): 兴安|大米 is a brand,
        // 长治|久清 a phrase, 东台|子 a longer name
        return !shortForm || c.end == text.length() || SHORT_FORM_FOLLOWERS.indexOf(text.charAt(c.end)) >= 0
                || text.startsWith("城区", c.end)
                || !Character.isIdeographic(text.charAt(c.end));
    }

    /** A match in the text: placeId holds the matched gazetteer form until linked; ambiguous lists candidates. */
    record Candidate(int start, int end, String placeId, List<String> ambiguous, String withinId) {
        Candidate(int start, int end, String placeId) {
            this(start, end, placeId, List.of(), null);
        }

        Candidate(int start, int end, String placeId, List<String> ambiguous) {
            this(start, end, placeId, ambiguous, null);
        }
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
                return new Candidate(c.start, c.end + ext.length(), c.placeId, c.ambiguous);
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
        return sharesOrganisationTail(text, end);
    }

    /**
     * A list of places whose last item carries an organisation tail names organisations throughout:
     * 管涔山、黑茶山、关帝山国有林管理局 (three bureaus), 呼和浩特、包头市人民政府.
     */
    private boolean sharesOrganisationTail(String text, int end) {
        int pos = end;
        while (pos < text.length() && text.charAt(pos) == '、') {
            int itemEnd = pos + 1;
            while (itemEnd < text.length() && Character.isIdeographic(text.charAt(itemEnd)) && text.charAt(itemEnd) != '等'
                    && itemEnd - pos <= MAX_LIST_ITEM) {
                itemEnd++;
            }
            String item = text.substring(pos + 1, itemEnd);
            for (String tail : orgTails) {
                int at = item.indexOf(tail);
                if (at >= 2 && at <= MAX_PLACE_IN_LIST) {
                    return true;
                }
            }
            pos = itemEnd;
        }
        return false;
    }

    /** A pattern's match without the verbs HanLP reads before the name (提升|弓坝河 → 弓坝河). */
    private static int afterLeadingVerbs(String text, int start, int end, BitSet wordEdges) {
        int s = start;
        for (int e = s + 1; e < end - 1; e++) {
            if (wordEdges.get(e)) {
                CoreDictionary.Attribute attr = CoreDictionary.get(text.substring(s, e));
                if (attr == null || attr.nature.length == 0 || !attr.nature[0].toString().startsWith("v")) {
                    break;
                }
                s = e;
            }
        }
        return s;
    }

    /** HanLP place terms the gazetteer lacks, kept when they look like a proper place name. */
    private List<Candidate> hanlpPlaces(String text, BitSet wordEdges) {
        List<Candidate> result = new ArrayList<>();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                List<Term> terms = segment.get().seg(line);
                for (int i = 0; i < terms.size(); i++) {
                    Term t = terms.get(i);
                    wordEdges.set(lineStart + t.offset);
                    wordEdges.set(lineStart + t.offset + t.word.length());
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
