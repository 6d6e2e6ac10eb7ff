package org.safkg.refiqda;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.safkg.problems.Problem;
import org.safkg.problems.ProblemId;
import org.safkg.problems.Problems;
import org.safkg.refiqda.QdaProject.Case;
import org.safkg.refiqda.QdaProject.Code;
import org.safkg.refiqda.QdaProject.Coding;
import org.safkg.refiqda.QdaProject.Link;
import org.safkg.refiqda.QdaProject.Note;
import org.safkg.refiqda.QdaProject.QdaSet;
import org.safkg.refiqda.QdaProject.Selection;
import org.safkg.refiqda.QdaProject.TextSource;
import org.safkg.refiqda.QdaProject.Variable;
import org.safkg.refiqda.QdaProject.VariableValue;

/** Reads a QDA-XML project or codebook tree into a {@link QdaProject}, checking GUIDs, numbers and references. */
public final class QdaXmlReader {
    public static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    public static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
    private static final Pattern GUID = Pattern.compile("\\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})}?");
    private static final List<String> VALUE_KINDS = List.of("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue");

    /** Ids tolerated though they are not GUIDs: letters, digits and a few separators, nothing that could mean markup or a path. */
    private static final Pattern LENIENT_ID = Pattern.compile("[A-Za-z0-9{}_.:-]{1,100}");

    private final Path file;
    private final Problems problems = new Problems();
    private int nonGuids;
    private final List<String> warnings;

    private QdaXmlReader(Path file, List<String> warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    /** Reads the tree; every problem found is reported together, and warnings are added to {@code warnings}. */
    public static QdaProject read(XmlTree root, Path file, List<String> warnings) {
        QdaXmlReader r = new QdaXmlReader(file, warnings);
        QdaProject p = r.readRoot(root);
        r.checkReferences(p);
        r.problems.throwIfAny("REFI-QDA file " + file);
        return p;
    }

    /** The GUID in lower case without braces, or null if it is not a GUID. */
    public static String normaliseGuid(String s) {
        if (s == null) return null;
        var m = GUID.matcher(s.strip());
        if (!m.matches() || (s.strip().startsWith("{") != s.strip().endsWith("}"))) return null;
        return m.group(1).toLowerCase(Locale.ROOT);
    }

    private QdaProject readRoot(XmlTree root) {
        if (root.namespace().equals(CODEBOOK_NS) && root.name().equals("CodeBook")) {
            return new QdaProject(null, root.attr("origin"), null, List.of(), codes(root.child("Codes")),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
        }
        if (!root.namespace().equals(PROJECT_NS) || !root.name().equals("Project")) {
            throw QdpxArchive.fail(file, ProblemId.QDA_NOT_QDA_XML,
                    "line " + root.line() + ": the root element is {" + root.namespace() + "}" + root.name()
                            + ", not a QDA-XML Project (" + PROJECT_NS + ") or CodeBook (" + CODEBOOK_NS + ").",
                    "Give a REFI-QDA export: a .qdpx project, its project.qde, or a .qdc codebook.");
        }
        List<String> users = new ArrayList<>();
        for (XmlTree u : root.within("Users", "User")) users.add(guid(u));
        XmlTree book = root.child("CodeBook");
        List<Code> codes = book == null ? List.of() : codes(book.child("Codes"));
        List<Variable> vars = new ArrayList<>();
        for (XmlTree v : root.within("Variables", "Variable")) {
            vars.add(new Variable(guid(v), required(v, "name"), required(v, "typeOfVariable"), v.childText("Description")));
        }
        List<Case> cases = new ArrayList<>();
        for (XmlTree c : root.within("Cases", "Case")) {
            cases.add(new Case(guid(c), c.attr("name"), c.childText("Description"), refs(c, "CodeRef"), values(c),
                    refs(c, "SourceRef"), refs(c, "SelectionRef"), c.line()));
        }
        List<TextSource> sources = new ArrayList<>();
        XmlTree sourcesEl = root.child("Sources");
        if (sourcesEl != null) {
            for (XmlTree s : sourcesEl.children()) {
                if (s.name().equals("TextSource")) sources.add(textSource(s));
                else warnings.add(file + ":" + s.line() + ": " + s.name() + " '" + s.attr("name") + "' skipped: only text sources are imported.");
            }
        }
        List<Note> notes = new ArrayList<>();
        for (XmlTree n : root.within("Notes", "Note")) {
            notes.add(new Note(guid(n), n.attr("name"), n.attr("plainTextPath"), n.childText("PlainTextContent"), n.line()));
        }
        List<Link> links = new ArrayList<>();
        for (XmlTree l : root.within("Links", "Link")) {
            links.add(new Link(guid(l), l.attr("name"), l.attr("direction"), l.attr("color"), optGuid(l, "originGUID"),
                    optGuid(l, "targetGUID"), refs(l, "NoteRef"), l.line()));
        }
        List<QdaSet> sets = new ArrayList<>();
        for (XmlTree s : root.within("Sets", "Set")) {
            sets.add(new QdaSet(guid(s), required(s, "name"), s.childText("Description"), refs(s, "MemberCode"),
                    refs(s, "MemberSource"), refs(s, "MemberNote"), s.line()));
        }
        if (root.child("Graphs") != null) warnings.add(file + ": Graphs (diagrams) skipped: they are layout, not data.");
        return new QdaProject(required(root, "name"), root.attr("origin"), root.childText("Description"), users, codes,
                vars, cases, sources, notes, links, sets, refs(root, "NoteRef"), root.attr("creationDateTime"));
    }

    private List<Code> codes(XmlTree codesEl) {
        List<Code> out = new ArrayList<>();
        if (codesEl == null) return out;
        for (XmlTree c : codesEl.all("Code")) out.add(code(c));
        return out;
    }

    private Code code(XmlTree c) {
        List<Code> kids = new ArrayList<>();
        for (XmlTree k : c.all("Code")) kids.add(code(k));
        String codable = c.attr("isCodable");
        return new Code(guid(c), required(c, "name"), codable == null || codable.equals("true") || codable.equals("1"),
                c.attr("color"), c.childText("Description"), refs(c, "NoteRef"), kids, c.line());
    }

    private TextSource textSource(XmlTree s) {
        List<Selection> sels = new ArrayList<>();
        for (XmlTree p : s.all("PlainTextSelection")) {
            List<Coding> codings = new ArrayList<>();
            for (XmlTree c : p.all("Coding")) codings.add(coding(c));
            sels.add(new Selection(guid(p), p.attr("name"), p.childText("Description"), position(p, "startPosition"),
                    position(p, "endPosition"), codings, refs(p, "NoteRef"), p.line()));
        }
        if (!s.all("Coding").isEmpty()) {
            warnings.add(file + ":" + s.line() + ": " + s.all("Coding").size() + " coding(s) of the whole source '" + s.attr("name")
                    + "' skipped: only codings of text selections become excerpts.");
        }
        if (!s.all("VariableValue").isEmpty()) {
            warnings.add(file + ":" + s.line() + ": variable values of the source '" + s.attr("name") + "' skipped: give them to a case.");
        }
        return new TextSource(guid(s), s.attr("name"), s.childText("Description"), s.attr("plainTextPath"),
                s.childText("PlainTextContent"), sels, refs(s, "NoteRef"), s.line());
    }

    private Coding coding(XmlTree c) {
        XmlTree ref = c.child("CodeRef");
        String code = ref == null ? null : guidAttr(ref, "targetGUID");
        if (ref == null) error(c, "Coding " + c.attr("guid") + " has no CodeRef.", "Each Coding names the code it applies in a CodeRef.");
        String user = c.attr("creatingUser") == null ? null : guidAttr(c, "creatingUser");
        return new Coding(guid(c), code, user, refs(c, "NoteRef"), c.line());
    }

    private List<VariableValue> values(XmlTree c) {
        List<VariableValue> out = new ArrayList<>();
        for (XmlTree v : c.all("VariableValue")) {
            XmlTree ref = v.child("VariableRef");
            String var = ref == null ? null : guidAttr(ref, "targetGUID");
            String kind = null, value = null;
            for (String k : VALUE_KINDS) if (v.child(k) != null) { kind = k; value = v.childText(k); }
            if (var == null || kind == null) {
                error(v, "VariableValue needs a VariableRef and one value element.", "Export the project again from your QDA tool.");
                continue;
            }
            out.add(new VariableValue(var, kind, value, v.line()));
        }
        return out;
    }

    private long position(XmlTree e, String attr) {
        String v = required(e, attr);
        if (v == null) return -1;
        try {
            long n = Long.parseLong(v.strip());
            if (n >= 0) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        error(e, e.name() + " " + e.attr("guid") + ": " + attr + "=\"" + v + "\" is not a position (a whole number from 0).",
                "Positions count characters from 0; export the project again from your QDA tool.");
        return -1;
    }

    private List<String> refs(XmlTree e, String element) {
        List<String> out = new ArrayList<>();
        for (XmlTree r : e.all(element)) {
            String g = guidAttr(r, "targetGUID");
            if (g != null) out.add(g);
        }
        return out;
    }

    private String guid(XmlTree e) {
        return guidAttr(e, "guid");
    }

    private String optGuid(XmlTree e, String attr) {
        return e.attr(attr) == null ? null : guidAttr(e, attr);
    }

    private String guidAttr(XmlTree e, String attr) {
        String raw = e.attr(attr);
        String g = normaliseGuid(raw);
        if (g == null && raw != null && LENIENT_ID.matcher(raw).matches()) {
            // some tools write ids that break the schema's GUID pattern: derive a stable GUID from the id
            // (the same id always gives the same GUID, so references still meet), and say so once
            g = java.util.UUID.nameUUIDFromBytes(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
            if (nonGuids++ == 0) {
                warnings.add(file + ":" + e.line() + ": " + e.name() + " " + attr + "=\"" + raw
                        + "\" is not a GUID (nor, perhaps, other ids in this file): GUIDs were derived from such ids; an export will carry the derived GUIDs.");
            }
        }
        if (g == null) {
            error(e, e.name() + (raw == null ? " has no " + attr + "." : ": " + attr + "=\"" + raw + "\" is not a GUID."),
                    "A GUID looks like 1b0b1791-be46-4557-9957-7333544cfaf2 (braces allowed).");
        }
        return g;
    }

    private String required(XmlTree e, String attr) {
        String v = e.attr(attr);
        if (v == null) error(e, e.name() + " " + (e.attr("guid") == null ? "" : e.attr("guid") + " ") + "has no " + attr + " attribute.",
                "QDA-XML requires it; export the project again from your QDA tool.");
        return v;
    }

    private void error(XmlTree e, String message, String hint) {
        problems.add(Problem.ofLine(ProblemId.QDA_ATTRIBUTE, file, e.line(), message, hint));
    }

    private void checkReferences(QdaProject p) {
        Set<String> codes = new HashSet<>();
        p.allCodes().forEach(c -> codes.add(c.guid()));
        Set<String> users = new HashSet<>(p.users());
        Set<String> notes = new HashSet<>();
        p.notes().forEach(n -> notes.add(n.guid()));
        Set<String> vars = new HashSet<>();
        p.variables().forEach(v -> vars.add(v.guid()));
        Set<String> sources = new HashSet<>();
        Set<String> selections = new HashSet<>();
        Set<String> codings = new HashSet<>();
        for (TextSource s : p.sources()) {
            sources.add(s.guid());
            for (Selection sel : s.selections()) {
                selections.add(sel.guid());
                sel.codings().forEach(c -> codings.add(c.guid()));
            }
        }
        Set<String> cases = new HashSet<>();
        p.cases().forEach(c -> cases.add(c.guid()));
        for (TextSource s : p.sources()) {
            noteRefs(s.noteRefs(), notes, s.line());
            for (Selection sel : s.selections()) {
                noteRefs(sel.noteRefs(), notes, sel.line());
                for (Coding c : sel.codings()) {
                    if (c.codeGuid() != null && !codes.contains(c.codeGuid())) {
                        dangling(c.line(), "Coding " + c.guid() + " has a CodeRef to " + c.codeGuid() + ", which is no code of the codebook.",
                                "Add the code to the CodeBook or remove the coding, then export again.");
                    }
                    if (c.creatingUser() != null && !users.contains(c.creatingUser()) && !p.users().isEmpty()) {
                        // harmless: the coder is still known by GUID, so this is a warning, not a refusal
                        warnings.add(file + ":" + c.line() + ": Coding " + c.guid() + " was made by user " + c.creatingUser()
                                + ", who is not among the project's Users; the coder is kept by GUID.");
                    }
                    noteRefs(c.noteRefs(), notes, c.line());
                }
            }
        }
        for (Code c : p.allCodes()) noteRefs(c.noteRefs(), notes, c.line());
        for (Case c : p.cases()) {
            check(c.codeRefs(), codes, c.line(), "Case " + c.guid(), "code");
            check(c.sourceRefs(), sources, c.line(), "Case " + c.guid(), "source");
            check(c.selectionRefs(), selections, c.line(), "Case " + c.guid(), "selection");
            for (VariableValue v : c.values()) check(List.of(v.variableGuid()), vars, v.line(), "Case " + c.guid(), "variable");
        }
        for (QdaSet s : p.sets()) {
            check(s.codes(), codes, s.line(), "Set " + s.guid(), "code");
            check(s.sources(), sources, s.line(), "Set " + s.guid(), "source");
            check(s.notes(), notes, s.line(), "Set " + s.guid(), "note");
        }
        Set<String> any = new HashSet<>();
        for (Set<String> s : List.of(codes, sources, selections, codings, notes, cases, vars, users)) any.addAll(s);
        p.sets().forEach(s -> any.add(s.guid()));
        for (Link l : p.links()) {
            if (l.originGuid() != null) check(List.of(l.originGuid()), any, l.line(), "Link " + l.guid(), "item");
            if (l.targetGuid() != null) check(List.of(l.targetGuid()), any, l.line(), "Link " + l.guid(), "item");
            noteRefs(l.noteRefs(), notes, l.line());
        }
        noteRefs(p.noteRefs(), notes, 0);
    }

    private void noteRefs(List<String> refs, Set<String> notes, int line) {
        check(refs, notes, line, "NoteRef", "note");
    }

    private void check(List<String> refs, Set<String> known, int line, String who, String kind) {
        for (String r : refs) {
            if (!known.contains(r)) {
                dangling(line, who + " refers to " + r + ", which is no " + kind + " of the project.",
                        "Remove the reference or add the " + kind + ", then export again.");
            }
        }
    }

    private void dangling(int line, String message, String hint) {
        problems.add(Problem.ofLine(ProblemId.QDA_REF_DANGLING, file, line, message, hint));
    }
}
