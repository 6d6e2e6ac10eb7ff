package org.safkg.refiqda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.safkg.codes.ExternalCode;
import org.safkg.study.StudyGraphs;
import org.safkg.problems.Problem;
import org.safkg.problems.ProblemId;
import org.safkg.problems.Problems;
import org.safkg.refiqda.QdaProject.Case;
import org.safkg.refiqda.QdaProject.Note;
import org.safkg.refiqda.QdaProject.VariableValue;
import org.safkg.refiqda.QdaProject.Selection;
import org.safkg.refiqda.QdaProject.TextSource;
import org.safkg.store.StudyStore;

/**
 * Imports a REFI-QDA project (.qdpx, or a bare .qde beside its sources/ folder) or codebook (.qdc):
 * reads it safely, finds each source's text, places every selection, maps it and hands the graphs to
 * a store. Every problem is reported at once and nothing is written if there is any.
 */
public final class RefiQdaImporter {
    /** What to import as: the study id, an optional code mapping, forced offsets (null: detect), zip caps. */
    /**
     * How to import: study id, optional code mapping, offset mode and zip limits (null: detect / defaults), and whether
     * case and source names may enter the graph (off by default: they often hold participants' names).
     */
    public record Options(String studyId, Path mapping, OffsetMode offsets, ZipLimits limits, boolean keepNames) {
        public Options(String studyId, Path mapping, OffsetMode offsets, ZipLimits limits) {
            this(studyId, mapping, offsets, limits, false);
        }

        public Options {
            if (limits == null) limits = ZipLimits.DEFAULT;
        }

        public static Options of(String studyId) {
            return new Options(studyId, null, null, null, false);
        }

        public Options withMapping(Path m) {
            return new Options(studyId, m, offsets, limits, keepNames);
        }
    }

    /** Told the number of selections once, then of each one mapped (e.g. to draw a progress bar). */
    public interface Progress {
        Progress NONE = new Progress() {};

        default void total(long selections) {}

        default void step(long n) {}
    }

    /** An imported project, ready to be written: its graphs, provenance, how offsets were read, and warnings. */
    public record ImportedStudy(QdaProject project, StudyGraphs graphs, Graph provenance, OffsetMode offsets, List<String> warnings) {}

    private final Clock clock;

    public RefiQdaImporter() {
        this(Clock.systemUTC());
    }

    public RefiQdaImporter(Clock clock) {
        this.clock = clock;
    }

    /** A study id from a file name: its stem in lower case, other characters as hyphens. */
    public static String studyIdFor(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        String stem = (dot > 0 ? n.substring(0, dot) : n).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return stem.isEmpty() ? "qda-project" : stem;
    }

    /** Imports into the store, replacing any earlier load of the same study in one transaction. */
    public ImportedStudy load(Path file, Options options, StudyStore store, Progress progress) {
        ImportedStudy s = prepare(file, options, progress);
        store.replaceStudy(s.graphs(), s.provenance());
        return s;
    }

    /**
     * Reads, checks and maps the file.
     *
     * @throws org.safkg.problems.InvalidInputException listing every problem, if there is any
     */
    public ImportedStudy prepare(Path file, Options options, Progress progress) {
        Instant started = clock.instant();
        if (!Files.isRegularFile(file)) {
            throw QdpxArchive.fail(file, ProblemId.FILE_MISSING, "does not exist or is not a file.", "Give the path of a .qdpx, .qde or .qdc file.");
        }
        List<String> warnings = new ArrayList<>();
        String studyId = options.studyId() != null ? options.studyId() : studyIdFor(file);
        if (!studyId.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("study id '" + studyId + "' must be letters, digits, '.', '_' or '-' (it becomes part of IRIs)");
        }
        if (isZip(file)) {
            try (QdpxArchive zip = QdpxArchive.open(file, options.limits())) {
                String entry = zip.projectEntry();
                QdaProject p = QdaXmlReader.read(XmlTree.parse(zip.read(entry), file.resolve(entry)), file.resolve(entry), warnings);
                return finish(file, p, studyId, options, rel -> zip.sourceEntry(rel).map(zip::read), warnings, progress, started);
            }
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdpx")) {
            throw QdpxArchive.fail(file, ProblemId.QDA_NOT_ZIP, "is not a zip archive, as a .qdpx must be.",
                    "Export the project again from your QDA tool (a .qdpx is a zip of project.qde and sources/).");
        }
        byte[] xml = readFile(file);
        QdaProject p = QdaXmlReader.read(XmlTree.parse(xml, file), file, warnings);
        Optional<Path> sources = sourcesFolder(file.toAbsolutePath().getParent());
        return finish(file, p, studyId, options, rel -> sources.flatMap(dir -> readBeside(dir, rel, options.limits())), warnings, progress, started);
    }

    private interface SourceFiles {
        Optional<byte[]> read(String relative);
    }

    private ImportedStudy finish(Path file, QdaProject p, String studyId, Options options, SourceFiles files,
                                 List<String> warnings, Progress progress, Instant started) {
        Problems problems = new Problems();
        Map<String, SourceText> texts = new HashMap<>();
        for (TextSource s : p.sources()) {
            text(file, s.line(), "TextSource " + s.guid(), s.plainTextContent(), s.plainTextPath(), files, problems)
                    .ifPresent(t -> texts.put(s.guid(), t));
        }
        Map<String, String> notes = new HashMap<>();
        for (Note n : p.notes()) {
            text(file, n.line(), "Note " + n.guid(), n.plainTextContent(), n.plainTextPath(), files, problems)
                    .ifPresent(t -> notes.put(n.guid(), t.text()));
        }
        checkExternalCodes(file, p, problems);
        problems.throwIfAny("REFI-QDA file " + file);
        OffsetMode mode = options.offsets() != null ? options.offsets() : detect(p, texts, warnings);
        Map<String, ProjectMapper.Placed> placed = new HashMap<>();
        for (TextSource s : p.sources()) {
            SourceText t = texts.get(s.guid());
            for (Selection sel : s.selections()) {
                if (!t.fits(sel.start(), sel.end(), mode)) {
                    long length = mode == OffsetMode.UTF16 ? t.text().length() : t.codePointLength();
                    problems.add(Problem.ofLine(ProblemId.QDA_SELECTION_OUT_OF_RANGE, file, sel.line(),
                            "PlainTextSelection " + sel.guid() + " (" + sel.start() + "-" + sel.end() + ") cannot be placed in source "
                                    + (s.name() != null ? "'" + s.name() + "'" : s.guid()) + ", which is " + length + " "
                                    + (mode == OffsetMode.UTF16 ? "UTF-16 units" : "code points") + " long"
                                    + (sel.start() > sel.end() ? " (it starts after it ends)" : "") + ".",
                            "Check that the source file is the one that was coded; positions were read as " + mode
                                    + " (use --offsets code-points|utf16 to choose)."));
                    continue;
                }
                int a = t.utf16Index(sel.start(), mode), b = t.utf16Index(sel.end(), mode);
                placed.put(sel.guid(), new ProjectMapper.Placed(t.codePoint(a), t.codePoint(b), t.text().substring(a, b)));
            }
        }
        problems.throwIfAny("REFI-QDA file " + file);
        List<CodeMapping.Entry> mapping = options.mapping() == null ? List.of() : CodeMapping.read(options.mapping(), p);
        progress.total(placed.size());
        StudyGraphs graphs = ProjectMapper.map(p, studyId, texts, placed, notes, mapping, options.keepNames(), progress::step);
        Graph prov = ImportProvenance.describe(graphs.iris(), file, p.origin(), mode, started, clock.instant());
        return new ImportedStudy(p, graphs, prov, mode, List.copyOf(warnings));
    }

    /**
     * A case variable named like a study-bundle code column (ods_code, gss_code, wikidata) carries that code
     * for the case's organisation or place: it must have the code's shape, as in a bundle.
     */
    private static void checkExternalCodes(Path file, QdaProject p, Problems problems) {
        for (Case c : p.cases()) {
            for (VariableValue v : c.values()) {
                ExternalCode code = ProjectMapper.externalCode(p, v);
                if (code == null || v.value() == null || code.matches(v.value().strip())) continue;
                String value = v.value().strip();
                problems.add(Problem.ofLine(code.problem(), file, v.line(),
                        "case " + c.guid() + ", variable " + code.column() + ": \"" + value + "\" is not " + code.what() + ".",
                        code.suggestion(value).map(s -> "Did you mean \"" + s + "\"? ").orElse("") + code.hint()));
            }
        }
    }

    /**
     * Which way the file counts: where characters outside the BMP make the two counts differ, the
     * count under which every selection fits; if both fit, the standard's code points, unless NVivo
     * wrote the file. A warning says so whenever the choice changes some selection's text.
     */
    static OffsetMode detect(QdaProject p, Map<String, SourceText> texts, List<String> warnings) {
        boolean cpFits = true, u16Fits = true;
        int differ = 0;
        for (TextSource s : p.sources()) {
            SourceText t = texts.get(s.guid());
            if (!t.hasAstralCharacters()) continue;
            for (Selection sel : s.selections()) {
                boolean cp = t.fits(sel.start(), sel.end(), OffsetMode.CODE_POINTS), u = t.fits(sel.start(), sel.end(), OffsetMode.UTF16);
                cpFits &= cp;
                u16Fits &= u;
                if (cp && u && !t.cut(sel.start(), sel.end(), OffsetMode.CODE_POINTS).equals(t.cut(sel.start(), sel.end(), OffsetMode.UTF16))) differ++;
            }
        }
        boolean nvivo = p.origin() != null && p.origin().toLowerCase(Locale.ROOT).contains("nvivo");
        OffsetMode mode;
        String why;
        if (cpFits && !u16Fits) { mode = OffsetMode.CODE_POINTS; why = "only code points place every selection"; }
        else if (u16Fits && !cpFits) { mode = OffsetMode.UTF16; why = "only UTF-16 units place every selection"; }
        else if (nvivo) { mode = OffsetMode.UTF16; why = "the file was written by " + p.origin() + ", which counts UTF-16 units"; }
        else { mode = OffsetMode.CODE_POINTS; why = "the REFI-QDA standard counts code points"; }
        if (differ > 0 || (cpFits != u16Fits)) {
            warnings.add("positions read as " + mode + " (" + why + "); " + differ
                    + " selection(s) would read differently the other way: check them, or give --offsets.");
        }
        return mode;
    }

    private Optional<SourceText> text(Path file, int line, String what, String content, String path, SourceFiles files, Problems problems) {
        if (content != null && path == null) return Optional.of(new SourceText(content));
        if (path == null) return Optional.of(new SourceText(""));
        String rel = path.startsWith("internal://") ? path.substring("internal://".length()) : path;
        if (rel.contains("://") || !QdpxArchive.safeName(rel)) {
            problems.add(Problem.ofLine(ProblemId.QDA_SOURCE_MISSING, file, line, what + ": plainTextPath \"" + path
                    + "\" points outside the project.", "Export the project with its sources embedded (internal://)."));
            return Optional.empty();
        }
        Optional<byte[]> bytes = files.read(rel);
        if (bytes.isEmpty()) {
            problems.add(Problem.ofLine(ProblemId.QDA_SOURCE_MISSING, file, line, what + ": its text file sources/" + rel + " is not in the project.",
                    "Export the project again with its sources, or put the file in the sources/ folder."));
            return Optional.empty();
        }
        try {
            return Optional.of(SourceText.decode(bytes.get()));
        } catch (CharacterCodingException e) {
            problems.add(Problem.ofLine(ProblemId.ENCODING, file, line, what + ": sources/" + rel + " is neither UTF-8 nor UTF-16 with a BOM.",
                    "Save the text as UTF-8 and export again."));
            return Optional.empty();
        }
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw QdpxArchive.fail(file, ProblemId.FILE_MISSING, "does not exist.", "Check the path.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> sourcesFolder(Path dir) {
        if (dir == null) return Optional.empty();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).filter(d -> d.getFileName().toString().equalsIgnoreCase("sources")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> readBeside(Path sourcesDir, String rel, ZipLimits limits) {
        Path f = sourcesDir.resolve(rel).normalize();
        if (!f.startsWith(sourcesDir.normalize()) || !Files.isRegularFile(f)) return Optional.empty();
        try {
            if (Files.size(f) > limits.maxEntryBytes()) return Optional.empty();
            return Optional.of(Files.readAllBytes(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
