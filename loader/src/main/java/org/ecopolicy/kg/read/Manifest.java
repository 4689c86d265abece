package org.ecopolicy.kg.read;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ecopolicy.kg.model.AdminLevel;
import org.ecopolicy.kg.model.DocumentMetadata;

/**
 * The corpus manifest ({@code corpus/manifest.csv}): metadata the texts lack, keyed by file name.
 * Columns: file,title,issuer,doc_number,date,jurisdiction,level,period_start,period_end. A
 * malformed row is skipped and reported in {@link #problems()} with its line; good rows still load.
 * A wrong header or broken CSV (an unclosed quote) makes the whole manifest unusable.
 */
public final class Manifest {

    public static final List<String> COLUMNS = List.of(
            "file", "title", "issuer", "doc_number", "date", "jurisdiction", "level", "period_start", "period_end");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(false)
            .get();

    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)\\s*");

    private final Path source;
    private final Map<String, ManifestEntry> entries;
    private final List<InputException> problems;

    private Manifest(Path source, Map<String, ManifestEntry> entries, List<InputException> problems) {
        this.source = source;
        this.entries = Collections.unmodifiableMap(entries);
        this.problems = List.copyOf(problems);
    }

    public static Manifest empty() {
        return new Manifest(null, new LinkedHashMap<>(), List.of());
    }

    /**
     * Reads a manifest file. A missing or wrong header or broken CSV makes the whole file unusable
     * and throws {@link InputException}; bad rows only become {@link #problems()}.
     */
    public static Manifest load(Path file) {
        return parse(file, EncodingDetector.read(file).text());
    }

    /** Parses manifest text that came from {@code file} (named in problems). */
    public static Manifest parse(Path file, String text) {
        Map<String, ManifestEntry> entries = new LinkedHashMap<>();
        List<InputException> problems = new ArrayList<>();
        LineIndex lines = new LineIndex(text);
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            checkHeader(file, parser.getHeaderNames());
            try {
                for (CSVRecord record : parser) {
                    int line = lines.lineAt(record.getCharacterPosition());
                    try {
                        ManifestEntry entry = toEntry(file, record, line);
                        if (entries.containsKey(entry.file())) {
                            throw new InputException(file, line, "duplicate manifest row for " + entry.file()
                                    + " (first on line " + entries.get(entry.file()).line() + ")");
                        }
                        entries.put(entry.file(), entry);
                    } catch (InputException e) {
                        problems.add(e);
                    }
                }
            } catch (UncheckedIOException e) {
                // The rows after a broken quote cannot be told apart: the whole manifest is unusable,
                // rather than its later rows silently dropped.
                // Commons CSV names the line where the broken token starts as "(startline N)".
                String detail = String.valueOf(e.getCause().getMessage());
                Matcher start = START_LINE.matcher(detail);
                int line = start.find() ? Integer.parseInt(start.group(1)) : (int) parser.getCurrentLineNumber();
                throw new InputException(file, line, "malformed CSV: " + start.replaceFirst(""), e);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(file, 1, "unreadable manifest header: " + e.getMessage(), e);
        } catch (InputException e) {
            throw e;
        }
        return new Manifest(file, entries, problems);
    }

    private static void checkHeader(Path file, List<String> header) {
        List<String> trimmed = header.stream().map(String::trim).toList();
        if (!trimmed.equals(COLUMNS)) {
            throw new InputException(file, 1, "manifest header must be " + String.join(",", COLUMNS)
                    + " but is " + String.join(",", trimmed));
        }
    }

    private static ManifestEntry toEntry(Path file, CSVRecord record, int line) {
        if (record.size() != COLUMNS.size()) {
            throw new InputException(file, line, "malformed manifest row: expected " + COLUMNS.size()
                    + " columns but found " + record.size());
        }
        String name = value(record, "file");
        if (name == null) {
            throw new InputException(file, line, "malformed manifest row: empty file name");
        }
        Integer start = year(file, line, record, "period_start");
        Integer end = year(file, line, record, "period_end");
        if (start != null && end != null && start > end) {
            throw new InputException(file, line, "malformed manifest row: period_start " + start
                    + " is after period_end " + end);
        }
        DocumentMetadata metadata = new DocumentMetadata(
                value(record, "title"),
                value(record, "issuer"),
                value(record, "doc_number"),
                date(file, line, record),
                value(record, "jurisdiction"),
                level(file, line, record),
                start,
                end);
        return new ManifestEntry(Path.of(name).getFileName().toString(), metadata, line);
    }

    private static String value(CSVRecord record, String column) {
        String v = record.get(column).trim();
        return v.isEmpty() ? null : v;
    }

    private static LocalDate date(Path file, int line, CSVRecord record) {
        String v = value(record, "date");
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InputException(file, line, "malformed manifest row: bad date '" + v + "', expected YYYY-MM-DD");
        }
    }

    private static AdminLevel level(Path file, int line, CSVRecord record) {
        String v = value(record, "level");
        if (v == null) {
            return null;
        }
        try {
            return AdminLevel.fromCode(v);
        } catch (IllegalArgumentException e) {
            throw new InputException(file, line, "malformed manifest row: bad level '" + v
                    + "', expected autonomous-region, city or banner");
        }
    }

    private static Integer year(Path file, int line, CSVRecord record, String column) {
        String v = value(record, column);
        if (v == null) {
            return null;
        }
        if (!v.matches("\\d{4}")) {
            throw new InputException(file, line, "malformed manifest row: bad " + column + " '" + v
                    + "', expected a 4-digit year");
        }
        return Integer.parseInt(v);
    }

    /** Metadata for a corpus file, looked up by its file name (a path's directories are ignored). */
    public Optional<DocumentMetadata> forFile(String fileName) {
        return entry(fileName).map(ManifestEntry::metadata);
    }

    public Optional<ManifestEntry> entry(String fileName) {
        return Optional.ofNullable(entries.get(Path.of(fileName).getFileName().toString()));
    }

    public List<ManifestEntry> entries() {
        return List.copyOf(entries.values());
    }

    /** Rows that were skipped, each naming the manifest file and line. */
    public List<InputException> problems() {
        return problems;
    }

    /** The file this manifest was read from, or null for {@link #empty()}. */
    public Path source() {
        return source;
    }

    /** Maps char positions to 1-based line numbers. */
    private static final class LineIndex {
        private final List<Integer> starts = new ArrayList<>();

        LineIndex(String text) {
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
        }

        int lineAt(long position) {
            int index = Collections.binarySearch(starts, (int) position);
            return index >= 0 ? index + 1 : -index - 1;
        }
    }
}
