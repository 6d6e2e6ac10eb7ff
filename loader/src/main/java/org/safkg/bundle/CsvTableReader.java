package org.safkg.bundle;

import org.safkg.provenance.Checksums;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.safkg.problems.Problem;
import org.safkg.problems.ProblemId;
import org.safkg.problems.Problems;

/**
 * Reads one CSV file of a bundle strictly: UTF-8 only (a BOM is dropped), RFC 4180, a header
 * line, and the same number of fields on every line. Reports what is wrong instead of guessing.
 */
public final class CsvTableReader {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .setTrim(false)
            .get();
    private static final Pattern COMMONS_CSV_LINE = Pattern.compile("line:? (\\d+)");

    /** Reads {@code file}, adding any problem to {@code problems}; returns null if unreadable. */
    public CsvTable read(Path file, Problems problems) {
        List<CsvRow> rows = new ArrayList<>();
        CsvTable table = read(file, problems, rows::add);
        return table == null ? null : new CsvTable(table.file(), table.sha256(), table.header(), List.copyOf(rows));
    }

    /**
     * Reads {@code file}, handing each data row to {@code eachRow} as it is parsed rather than keeping it; returns the
     * table without rows (its header and checksum), or null if unreadable.
     */
    public CsvTable read(Path file, Problems problems, java.util.function.Consumer<CsvRow> eachRow) {
        return read(file, problems, null, eachRow);
    }

    /**
     * As {@link #read(Path, Problems, java.util.function.Consumer)}, for a file read before: if its bytes no longer have
     * the SHA-256 {@code expectedSha256}, no row is handed on and the problem is file-changed.
     */
    public CsvTable read(Path file, Problems problems, String expectedSha256, java.util.function.Consumer<CsvRow> eachRow) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(Problem.ofFile(ProblemId.FILE_MISSING, file, "cannot read the file: " + e.getMessage() + ".",
                    "Check that it exists and is readable."));
            return null;
        }
        String sha256 = Checksums.sha256(bytes);
        if (expectedSha256 != null && !expectedSha256.equals(sha256)) {
            problems.add(Problem.ofFile(ProblemId.FILE_CHANGED, file, "the file changed while the bundle was being loaded.",
                    "Load it again once nothing is writing to the bundle's files."));
            return null;
        }
        String text = decodeUtf8(file, bytes, problems);
        if (text == null) return null;
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) {
            problems.add(Problem.ofFile(ProblemId.FILE_EMPTY, file, "the file is empty.",
                    "It needs at least its header line; copy it from data/template/."));
            return null;
        }
        LineIndex lines = new LineIndex(text);
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            List<String> header = null;
            Map<String, Integer> index = new HashMap<>();
            for (CSVRecord rec : parser) {
                int line = lines.lineOf(rec.getCharacterPosition());
                List<String> values = rec.toList();
                if (header == null) {
                    header = values.stream().map(String::strip).toList();
                    for (int i = 0; i < header.size(); i++) {
                        String h = header.get(i);
                        if (index.putIfAbsent(h, i) != null) {
                            problems.add(new Problem(ProblemId.COLUMN_DUPLICATE, file, line, i + 1, h,
                                    "the header names this column twice.", "Delete or rename one of them."));
                        }
                    }
                    continue;
                }
                if (values.size() == 1 && values.get(0).isBlank()) continue; // a line of spaces
                if (values.size() != header.size()) {
                    problems.add(Problem.ofLine(ProblemId.FIELD_COUNT, file, line,
                            "this line has " + values.size() + " fields but the header has " + header.size() + ".",
                            "Quote any cell that contains a comma (\"a, b\") and check for a missing or extra comma."));
                    continue;
                }
                eachRow.accept(new CsvRow(file, line, index, values));
            }
            return new CsvTable(file, sha256, header == null ? List.of() : header, List.of());
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            String msg = e.getCause() != null && e instanceof UncheckedIOException ? e.getCause().getMessage() : e.getMessage();
            Matcher m = COMMONS_CSV_LINE.matcher(msg == null ? "" : msg);
            int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
            problems.add(Problem.ofLine(ProblemId.MALFORMED_CSV, file, line,
                    "the file is not valid CSV (" + describe(msg) + ").",
                    "A cell that contains a quote must be quoted as a whole, with the quote doubled: \"he said \"\"yes\"\"\"."));
            return null;
        }
    }

    private static String describe(String msg) {
        if (msg == null) return "unreadable";
        return msg.replaceAll("^IOException reading next record: java.io.IOException: ", "")
                .replaceAll("^java.io.IOException: ", "")
                .toLowerCase(Locale.ROOT);
    }

    /** The name of a UTF-16 or UTF-32 encoding the bytes show (by a byte order mark, or by their NULs), or null. */
    static String wideEncoding(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF) return "UTF-32BE (with a byte order mark)";
        if (b.length >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0) return "UTF-32LE (with a byte order mark)";
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return "UTF-16BE (with a byte order mark)";
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return "UTF-16LE (with a byte order mark)";
        int n = Math.min(b.length, 4096) & ~1;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenNul++;
            if (b[i + 1] == 0) oddNul++;
        }
        // ASCII text in UTF-16: one byte of each pair is NUL, always the same one
        if (n >= 4 && oddNul * 10 >= n / 2 * 8 && evenNul * 10 < n / 2) return "UTF-16LE (without a byte order mark: every second byte is NUL)";
        if (n >= 4 && evenNul * 10 >= n / 2 * 8 && oddNul * 10 < n / 2) return "UTF-16BE (without a byte order mark: every first byte is NUL)";
        return null;
    }

    private static String decodeUtf8(Path file, byte[] bytes, Problems problems) {
        String wide = wideEncoding(bytes);
        if (wide != null) {
            String from = wide.substring(0, wide.indexOf(' '));
            problems.add(Problem.ofFile(ProblemId.ENCODING, file, "the file is " + wide + ", not UTF-8.",
                    "Save it as \"CSV UTF-8\" (in Excel: Save As > CSV UTF-8) or convert it, e.g. iconv -f " + from + " -t UTF-8."));
            return null;
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) line++;
            problems.add(Problem.ofLine(ProblemId.ENCODING, file, line,
                    String.format("the file is not UTF-8: byte 0x%02X at offset %d cannot be decoded.", bytes[at] & 0xff, at),
                    "Save it as \"CSV UTF-8\" (in Excel: Save As > CSV UTF-8) or convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8."));
            return null;
        }
        dec.flush(out);
        out.flip();
        return out.toString();
    }

    /** Maps character offsets to 1-based line numbers. */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            // a line ends at LF, CRLF or a lone CR (old Mac files), as the CSV parser counts them
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) s.add(i + 1);
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineOf(long offset) {
            int i = Arrays.binarySearch(starts, (int) offset);
            return i >= 0 ? i + 1 : -i - 1;
        }
    }
}
