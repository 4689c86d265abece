package org.ecopolicy.kg.link;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Written units ("万亩", "微克/立方米", "%") and their QUDT or eco unit, from {@code ontology/units.csv}. */
public final class UnitTable {

    public static final String RESOURCE = "/ontology/units.csv";
    private static final String[] HEADER = {"written", "code", "iri", "label_en", "kind"};

    private final List<Unit> units;
    private final Map<String, Unit> exact = new HashMap<>();
    private final Map<String, Unit> caseless = new HashMap<>();

    private UnitTable(List<Unit> units) {
        this.units = List.copyOf(units);
        for (Unit unit : units) {
            exact.putIfAbsent(key(unit.written()), unit);
            caseless.putIfAbsent(key(unit.written()).toLowerCase(Locale.ROOT), unit);
        }
    }

    /** Loads {@value #RESOURCE} from the classpath. */
    public static UnitTable load() {
        try (Reader reader = new InputStreamReader(OntologyResources.open(RESOURCE), StandardCharsets.UTF_8)) {
            return read(reader, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a unit table (header {@code written,code,iri,label_en,kind}).
     *
     * @throws IllegalArgumentException naming the source and line of a malformed row
     */
    public static UnitTable read(Reader reader, String sourceName) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(HEADER).setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
        List<Unit> units = new ArrayList<>();
        try (CSVParser parser = format.parse(reader)) {
            for (CSVRecord row : parser) {
                units.add(toUnit(row, sourceName));
            }
        }
        return new UnitTable(units);
    }

    private static Unit toUnit(CSVRecord row, String sourceName) {
        String where = sourceName + " line " + row.getParser().getCurrentLineNumber();
        if (row.size() != HEADER.length) {
            throw new IllegalArgumentException(where + ": expected " + HEADER.length + " fields, found " + row.size());
        }
        String written = row.get("written");
        String code = row.get("code");
        String iri = row.get("iri");
        if (written.isEmpty() || code.isEmpty() || iri.isEmpty()) {
            throw new IllegalArgumentException(where + ": written, code and iri must not be empty");
        }
        try {
            if (!new URI(iri).isAbsolute()) {
                throw new IllegalArgumentException(where + ": iri '" + iri + "' is not absolute");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(where + ": iri '" + iri + "' is malformed", e);
        }
        String kind = row.get("kind");
        if (!Unit.KINDS.contains(kind)) {
            throw new IllegalArgumentException(where + ": kind '" + kind + "' is not one of " + Unit.KINDS);
        }
        return new Unit(written, code, iri, kind);
    }

    /** NFKC folds full-width and superscript forms ("％", "m³", "μ"); spaces inside a unit carry no meaning. */
    private static String key(String written) {
        return Normalizer.normalize(written, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /**
     * The unit a written form denotes. Case matters first (MW is not mW), then case is ignored
     * ("mg/l" for "mg/L").
     */
    public Optional<Unit> lookup(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String key = key(written);
        Unit unit = exact.get(key);
        if (unit == null) {
            unit = caseless.get(key.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(unit);
    }

    /** All rows in file order. */
    public List<Unit> all() {
        return units;
    }

    /** Every written form, longest first: the order an extractor should try them in after a number. */
    public List<String> writtenForms() {
        return units.stream().map(Unit::written).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .toList();
    }
}
