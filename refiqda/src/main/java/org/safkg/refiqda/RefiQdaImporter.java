package org.safkg.refiqda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.safkg.study.StudyIris;
import org.safkg.problems.Problem;
import org.safkg.problems.ProblemId;
import org.safkg.problems.Problems;
import org.safkg.refiqda.QdaProject.Case;
import org.safkg.refiqda.QdaProject.Note;
import org.safkg.refiqda.QdaProject.VariableValue;
import org.safkg.refiqda.QdaProject.Selection;
import org.safkg.refiqda.QdaProject.TextSource;
import org.safkg.pipeline.PreparedStudy;
import org.safkg.pipeline.StudyChecks;
import org.safkg.store.StudyStore;

/**
 * Imports a REFI-QDA project (.qdpx, or a bare .qde beside its sources/ folder) or codebook (.qdc):
 * reads it safely, finds each source's text, places every selection, maps it and hands the graphs to
 * a store. Every problem is reported at once and nothing is written if there is any.
 */
public final class RefiQdaImporter {
    /**
     * How to import: study id (null: from the project's name), optional code mapping, offset mode and zip limits
     * (null: detect / defaults), whether case and source names may enter the graph (off by default: they often
     * hold participants' names), and whether a different project already stored under the study id may be replaced.
     */
    public record Options(String studyId, Path mapping, OffsetMode offsets, ZipLimits limits, boolean keepNames, boolean replace) {
        public Options(String studyId, Path mapping, OffsetMode offsets, ZipLimits limits) {
            this(studyId, mapping, offsets, limits, false, false);
        }

        public Options(String studyId, Path mapping, OffsetMode offsets, ZipLimits limits, boolean keepNames) {
            this(studyId, mapping, offsets, limits, keepNames, false);
        }

        public Options {
            if (limits == null) limits = ZipLimits.DEFAULT;
        }

        public static Options of(String studyId) {
            return new Options(studyId, null, null, null, false, false);
        }

        public Options withMapping(Path m) {
            return new Options(studyId, m, offsets, limits, keepNames, replace);
        }

        public Options withReplace(boolean r) {
            return new Options(studyId, mapping, offsets, limits, keepNames, r);
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

    /**
     * A study id from the project's name (every tool calls its file project.qde, so the file name tells
     * projects apart badly), in lower case with other characters as hyphens; from the file's stem for a
     * codebook, which has no name.
     */
    public static String studyIdFor(QdaProject p, Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        String stem = slug(p.name() != null ? p.name() : dot > 0 ? n.substring(0, dot) : n);
        return stem.isEmpty() ? "qda-project" : stem;
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /**
     * Imports into the store through the pipeline's checks, as the CLI's import goes; a different project already
     * stored under the study id is refused unless {@code options.replace()} (see {@link ProjectStoreSink}).
     */
    public ImportedStudy load(Path file, Options options, StudyStore store, Progress progress) {
        ImportedStudy s = prepare(file, options, progress);
        PreparedStudy study = QdaProjectSource.prepared(file, s);
        StudyChecks.standard().require(study);
        ProjectStoreSink.into(store, options.replace()).write(study);
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
        if (options.studyId() != null) checkStudyId(options.studyId());
        if (isZip(file)) {
            try (QdpxArchive zip = QdpxArchive.open(file, options.limits())) {
                String entry = zip.projectEntry();
                QdaProject p = QdaXmlReader.read(XmlTree.parse(zip.read(entry), file.resolve(entry)), file.resolve(entry), warnings);
                return finish(file, p, options, rel -> zip.sourceEntry(rel).map(zip::read), warnings, progress, started);
            }
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdpx")) {
            throw QdpxArchive.fail(file, ProblemId.QDA_NOT_ZIP, "is not a zip archive, as a .qdpx must be.",
                    "Export the project again from your QDA tool (a .qdpx is a zip of project.qde and sources/).");
        }
        byte[] xml = readFile(file);
        QdaProject p = QdaXmlReader.read(XmlTree.parse(xml, file), file, warnings);
        Optional<Path> sources = sourcesFolder(file.toAbsolutePath().getParent());
        return finish(file, p, options, rel -> sources.flatMap(dir -> readBeside(dir, rel, options.limits())), warnings, progress, started);
    }

    private interface SourceFiles {
        Optional<byte[]> read(String relative);
    }

    private static void checkStudyId(String studyId) {
        StudyIris.refusal(studyId).ifPresent(why -> {
            String id = StudyIris.ID_PATTERN.matcher(studyId).matches() ? ProblemId.ID_RESERVED.code() : ProblemId.ID_INVALID.code();
            throw new IllegalArgumentException("[" + id + "] study id '" + studyId + "': " + why + "; choose another with --as STUDY_ID");
        });
    }

    private ImportedStudy finish(Path file, QdaProject p, Options options, SourceFiles files,
                                 List<String> warnings, Progress progress, Instant started) {
        String studyId = options.studyId() != null ? options.studyId() : studyIdFor(p, file);
        checkStudyId(studyId);
        if (p.allCodes().isEmpty() && p.sources().isEmpty()) {
            throw QdpxArchive.fail(file, ProblemId.QDA_EMPTY_PROJECT, "holds no codes and no text sources: there is nothing to import.",
                    "Export the project again from your QDA tool, with its codes and documents (a codebook alone is a .qdc).");
        }
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
        Detection detected = detect(p, texts);
        OffsetMode mode = options.offsets() != null ? options.offsets() : detected.mode();
        if (options.offsets() == null && detected.matters()) {
            warnings.add("positions read as " + mode + " (" + detected.why() + "); " + detected.differ()
                    + " selection(s) would read differently the other way: check them, or give --offsets.");
        } else if (options.offsets() != null && options.offsets() != detected.mode() && detected.matters()) {
            warnings.add("--offsets " + mode.option() + " was given, but the text suggests " + detected.mode().option() + " (" + detected.why() + "); "
                    + detected.differ() + " selection(s) read differently the two ways: check them.");
        }
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
        noControlCharacters(file, graphs);
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

    /** Which way the text says positions count, why, and how many selections read differently the two ways. */
    record Detection(OffsetMode mode, String why, int differ, boolean decisive) {
        /** Whether the choice changes what some selection says, or only one way places every selection. */
        boolean matters() {
            return differ > 0 || decisive;
        }
    }

    /**
     * Which way the file counts: where characters outside the BMP make the two counts differ, the
     * count under which every selection fits; if both fit, the standard's code points, unless NVivo
     * wrote the file (or SAF-KG, for NVivo).
     */
    static Detection detect(QdaProject p, Map<String, SourceText> texts) {
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
        String origin = p.origin() == null ? "" : p.origin();
        boolean utf16Tool = origin.toLowerCase(Locale.ROOT).contains("nvivo") || origin.contains(OffsetMode.UTF16_ORIGIN_NOTE);
        if (cpFits && !u16Fits) return new Detection(OffsetMode.CODE_POINTS, "only code points place every selection", differ, true);
        if (u16Fits && !cpFits) return new Detection(OffsetMode.UTF16, "only UTF-16 units place every selection", differ, true);
        if (utf16Tool) return new Detection(OffsetMode.UTF16, "the file was written by " + p.origin() + ", which counts UTF-16 units", differ, false);
        return new Detection(OffsetMode.CODE_POINTS, "the REFI-QDA standard counts code points", differ, false);
    }

    /** A control character can still come in through the XML (C1 characters are legal there): none may reach the graph. */
    private static void noControlCharacters(Path file, StudyGraphs graphs) {
        Problems problems = new Problems();
        for (Graph g : List.of(graphs.study(), graphs.excerpts())) {
            g.find().forEachRemaining(t -> {
                if (!t.getObject().isLiteral() || problems.all().size() >= 10) return;
                String control = SourceEncoding.firstControl(t.getObject().getLiteralLexicalForm());
                if (control != null) {
                    problems.add(Problem.ofFile(ProblemId.ENCODING, file, "the value of " + t.getPredicate().getLocalName() + " of " + t.getSubject().getURI()
                            + " " + control + ".", "Remove the character in your QDA tool and export again."));
                }
            });
        }
        problems.throwIfAny("REFI-QDA file " + file);
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
            return Optional.of(SourceEncoding.decode(bytes.get()).text());
        } catch (SourceEncoding.Refused e) {
            problems.add(Problem.ofLine(ProblemId.ENCODING, file, line, what + ": sources/" + rel + " " + e.getMessage() + ".",
                    "Save the text as UTF-8 (or UTF-16 with a byte order mark) and export again."));
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
