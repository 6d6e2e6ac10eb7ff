package org.safkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safkg.cli.InProcessSafkg.ROOT;
import static org.safkg.cli.InProcessSafkg.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.problems.ProblemId;
import org.safkg.store.StudyStore;

/**
 * The bad-input corpus (src/test/resources/bad-bundles/corpus.tsv): every case, a broken copy of the bundled study,
 * through validate and load against a store that holds the bundled study. Each must give its error ID (or warning)
 * within 10 s, in lines that name the file, with no stack trace, without a byte of any file outside the bundle, and
 * with the store's quads identical before and after.
 */
class BadBundleCorpusTest {
    private static final Path CORPUS = ROOT.resolve("cli/src/test/resources/bad-bundles/corpus.tsv");
    /** FILE:LINE:COLUMN: error [ID], line and column optional. */
    private static final Pattern ERROR_LINE = Pattern.compile("^\\S+?\\.csv(:\\d+)?(:\\d+)?: error \\[([a-z-]+)\\]|^\\S+: error \\[(reload-shrinks)\\]");
    /** The errors about a whole file (or the whole bundle), which have no line to name. */
    private static final Set<String> WHOLE_FILE_IDS = Set.of("file-missing", "file-empty", "file-not-regular", "file-too-large", "encoding",
            "row-count", "reload-shrinks");
    private static final String OUTSIDE_SECRET = "root:x:0:0:SECRET-OUTSIDE-THE-BUNDLE";

    @TempDir
    static Path tmp;
    static Path store;
    static Path outside;
    static String digestBefore;

    record Step(String file, String op, List<String> args) {}

    record Case(String name, String expected, List<Step> steps) {
        String forValidate() {
            return expected.contains("/") ? expected.substring(0, expected.indexOf('/')) : expected;
        }

        String forLoad() {
            return expected.contains("/") ? expected.substring(expected.indexOf('/') + 1) : expected;
        }
    }

    @BeforeAll
    static void loadTheBundledStudy() throws IOException {
        store = tmp.resolve("tdb2");
        outside = tmp.resolve("outside.csv");
        Files.writeString(outside, "id,kind,label\n" + OUTSIDE_SECRET + ",x,y\n");
        InProcessSafkg.Run load = run("load", "--store", store.toString());
        assertEquals(0, load.code(), load.err());
        digestBefore = digest(store);
    }

    @AfterAll
    static void theStoreIsStillTheBundledStudy() {
        assertEquals(digestBefore, digest(store));
    }

    @Test
    void theCorpusHasAtLeastAHundredCasesAndEveryBundleErrorId() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 100, cases.size() + " cases");
        Set<String> covered = new TreeSet<>();
        cases.forEach(c -> {
            covered.add(c.forValidate().replace("warning:", ""));
            covered.add(c.forLoad().replace("warning:", ""));
        });
        Set<String> missing = new TreeSet<>();
        for (ProblemId id : ProblemId.values()) {
            // QDA errors have their own tests (refiqda); a shape violation cannot be written in a bundle the column checks pass
            // nor a file that changes between the load's two reads of it (CheckedRowsTest changes one)
            if (id.code().startsWith("qda-") || id == ProblemId.SHAPE_VIOLATION || id == ProblemId.FILE_CHANGED) continue;
            if (!covered.contains(id.code()) && !Set.of("ods-code-invalid", "gss-code-invalid", "wikidata-id-invalid").contains(id.code())) {
                missing.add(id.code());
            }
        }
        assertEquals(Set.of(), missing, "error IDs no corpus case produces");
    }

    @TestFactory
    Stream<DynamicTest> everyCaseIsRefusedWithItsIdAndTheStoreIsUnchanged() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name() + " -> " + c.expected(),
                () -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> check(c))));
    }

    private static void check(Case c) throws Exception {
        Path bundle = tmp.resolve("cases").resolve(c.name()).resolve("vanguard-2022");
        copy(ROOT.resolve("data/vanguard-2022"), bundle);
        for (Step s : c.steps()) apply(bundle, s);

        long started = System.nanoTime();
        InProcessSafkg.Run validate = run("validate", bundle.toString());
        assertOutcome(c, "validate", c.forValidate(), validate, bundle);
        if (!c.expected().startsWith("warning:")) {
            InProcessSafkg.Run load = run("load", bundle.toString(), "--store", store.toString());
            assertOutcome(c, "load", c.forLoad(), load, bundle);
        }
        assertTrue(System.nanoTime() - started < 10_000_000_000L, c.name() + " took more than 10 s");
        assertEquals(digestBefore, digest(store), c.name() + ": the store changed");
    }

    private static void assertOutcome(Case c, String command, String expected, InProcessSafkg.Run r, Path bundle) throws IOException {
        String all = r.out() + r.err();
        // what the user saw, kept for review: target/bad-bundles/CASE.COMMAND.txt
        Path seen = ROOT.resolve("cli/target/bad-bundles").resolve(c.name() + "." + command + ".txt");
        Files.createDirectories(seen.getParent());
        Files.writeString(seen, "exit " + r.code() + "\n" + all.replace(tmp.toString(), "$TMP"), StandardCharsets.UTF_8);
        String where = c.name() + " (" + command + "): " + all;
        assertFalse(all.contains("\tat ") || all.contains("Exception") || all.contains("Caused by"), "a stack trace: " + where);
        assertFalse(all.contains("SECRET-OUTSIDE"), "a byte of a file outside the bundle: " + where);
        if (expected.equals("ok")) {
            assertEquals(0, r.code(), where);
            return;
        }
        if (expected.startsWith("warning:")) {
            String id = expected.substring("warning:".length());
            assertEquals(0, r.code(), where);
            assertTrue(r.err().lines().anyMatch(l -> l.startsWith("warning: " + bundle) && l.contains(": [" + id + "] ")), where);
            return;
        }
        assertEquals(2, r.code(), where);
        List<String> errors = r.err().lines().filter(l -> l.contains(": error [")).toList();
        assertTrue(errors.stream().anyMatch(l -> l.contains(": error [" + expected + "] ")), "no [" + expected + "]: " + where);
        for (String line : errors) {
            // every error names a file of the bundle (and a line where one exists), and is one readable line
            assertTrue(line.startsWith(bundle.toString()), "no file named: " + line);
            assertTrue(line.length() < 2_000, "a line of " + line.length() + " characters");
            Matcher at = ERROR_LINE.matcher(line);
            assertTrue(at.find(), "not FILE[:LINE[:COLUMN]]: error [ID]: " + line);
            String id = at.group(3) != null ? at.group(3) : at.group(4);
            if (!WHOLE_FILE_IDS.contains(id)) assertTrue(at.group(1) != null, "no line number for [" + id + "]: " + line);
        }
        assertTrue(r.err().strip().endsWith("nothing was loaded."), where);
    }

    // --- the corpus ------------------------------------------------------------------------------------------------

    static List<Case> cases() throws IOException {
        Map<String, Case> cases = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CORPUS, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            List<String> args = new ArrayList<>();
            for (int i = 4; i < f.length; i++) args.add(unescape(f[i]));
            Case c = cases.computeIfAbsent(f[0], n -> new Case(n, f[1], new ArrayList<>()));
            assertEquals(c.expected(), f[1], "case " + f[0] + " expects two things");
            c.steps().add(new Step(f[2], f[3], args));
        }
        return new ArrayList<>(cases.values());
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != '\\' || i + 1 == s.length()) {
                b.append(ch);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case '0' -> b.append('\0');
                case 'e' -> b.append('\u001B');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(n);
            }
        }
        return b.toString();
    }

    private static void apply(Path bundle, Step s) throws IOException, InterruptedException {
        Path f = bundle.resolve(s.file());
        List<String> a = s.args();
        switch (s.op()) {
            case "replace", "replace-all" -> {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                assertTrue(text.contains(a.get(0)), s + ": not found");
                Files.writeString(f, s.op().equals("replace") ? text.replaceFirst(java.util.regex.Pattern.quote(a.get(0)),
                        java.util.regex.Matcher.quoteReplacement(a.get(1))) : text.replace(a.get(0), a.get(1)), StandardCharsets.UTF_8);
            }
            case "insert-byte" -> {
                byte[] bytes = Files.readAllBytes(f);
                byte[] after = a.get(0).getBytes(StandardCharsets.UTF_8);
                int at = indexOf(bytes, after) + after.length;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(bytes, 0, at);
                out.write(HexFormat.of().parseHex(a.get(1)));
                out.write(bytes, at, bytes.length - at);
                Files.write(f, out.toByteArray());
            }
            case "set" -> setCell(f, a.get(0), a.get(1), a.get(2));
            case "keep-rows" -> {
                List<String> lines = records(f);
                Files.writeString(f, String.join("", lines.subList(0, 1 + Integer.parseInt(a.get(0)))), StandardCharsets.UTF_8);
            }
            case "write" -> Files.writeString(f, a.isEmpty() ? "" : a.get(0), StandardCharsets.UTF_8);
            case "append" -> Files.writeString(f, Files.readString(f, StandardCharsets.UTF_8) + a.get(0), StandardCharsets.UTF_8);
            case "delete" -> Files.delete(f);
            case "truncate" -> {
                try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                    raf.setLength(Long.parseLong(a.get(0)));
                }
            }
            case "encode" -> encode(f, a.get(0));
            case "line-ends" -> {
                String text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
                Files.writeString(f, text.replace("\n", a.get(0).equals("cr") ? "\r" : "\r\n"), StandardCharsets.UTF_8);
            }
            case "symlink-outside" -> {
                Files.delete(f);
                Files.createSymbolicLink(f, outside);
            }
            case "symlink-dangling" -> {
                Files.delete(f);
                Files.createSymbolicLink(f, bundle.resolve("no-such-file.csv"));
            }
            case "fifo" -> {
                Files.delete(f);
                assertEquals(0, new ProcessBuilder("mkfifo", f.toString()).start().waitFor());
            }
            case "folder" -> {
                Files.delete(f);
                Files.createDirectory(f);
            }
            case "sparse" -> {
                try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                    raf.setLength(Long.parseLong(a.get(0)));
                }
            }
            case "big-cell" -> setCell(f, a.get(0), a.get(1), "x".repeat(Integer.parseInt(a.get(2))) + (a.size() > 3 ? a.get(3) : ""));
            default -> throw new IllegalArgumentException("unknown step " + s.op());
        }
    }

    /** The file's records as written (header first), each with its line end: a quoted cell may span lines. */
    private static List<String> records(Path f) throws IOException {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(text, CSVFormat.RFC4180)) {
            long start = 0;
            for (CSVRecord r : p) {
                if (r.getRecordNumber() > 1) {
                    out.add(text.substring((int) start, (int) r.getCharacterPosition()));
                    start = r.getCharacterPosition();
                }
            }
            out.add(text.substring((int) start));
        }
        return out;
    }

    private static void setCell(Path f, String rowId, String column, String value) throws IOException {
        List<CSVRecord> rows;
        List<String> header;
        try (CSVParser p = CSVParser.parse(f, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            header = p.getHeaderNames();
            rows = p.getRecords();
        }
        assertTrue(header.contains(column), f + " has no column " + column);
        StringWriter w = new StringWriter();
        boolean found = false;
        try (CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180)) {
            out.printRecord(header);
            for (CSVRecord r : rows) {
                List<String> values = new ArrayList<>(r.toList());
                if (!found && r.get("id").equals(rowId)) {
                    values.set(header.indexOf(column), value);
                    found = true;
                }
                out.printRecord(values);
            }
        }
        assertTrue(found, f + " has no row " + rowId);
        Files.writeString(f, w.toString(), StandardCharsets.UTF_8);
    }

    private static void encode(Path f, String how) throws IOException {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        byte[] bytes = switch (how) {
            case "utf-16le-bom" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            case "utf-16be-bom" -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
            case "utf-16le" -> text.getBytes(StandardCharsets.UTF_16LE);
            case "utf-16be" -> text.getBytes(StandardCharsets.UTF_16BE);
            case "utf-32le-bom" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, text.getBytes(Charset.forName("UTF-32LE")));
            case "windows-1252" -> (text.replaceFirst("respondent", "répondent")).getBytes(Charset.forName("windows-1252"));
            default -> throw new IllegalArgumentException(how);
        };
        Files.write(f, bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        throw new AssertionError("not found");
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
    }

    /** SHA-256 of the store's quads, sorted as N-Quads lines: equal digests, equal stores. */
    static String digest(Path location) {
        try (StudyStore s = StudyStore.open(location)) {
            DatasetGraph dsg = s.datasetGraph();
            return Txn.calculateRead(dsg, () -> {
                DatasetGraph copy = DatasetGraphFactory.create();
                dsg.find().forEachRemaining(copy::add);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, copy, RDFFormat.NQUADS_UTF8);
                TreeSet<String> lines = new TreeSet<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
                try {
                    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)))
                            + " (" + lines.size() + " quads)";
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e;
        }
    }
}
