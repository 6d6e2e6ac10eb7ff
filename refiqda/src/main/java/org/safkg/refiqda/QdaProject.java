package org.safkg.refiqda;

import java.util.List;

/**
 * A REFI-QDA project (or codebook) as read from QDA-XML, before mapping. GUIDs are normalised
 * (lower case, no braces); users keep only their GUID, because their names must not enter the graph.
 * {@code created} is the project's creationDateTime as written, or null.
 */
public record QdaProject(String name, String origin, String description, List<String> users, List<Code> codes,
                         List<Variable> variables, List<Case> cases, List<TextSource> sources, List<Note> notes,
                         List<Link> links, List<QdaSet> sets, List<String> noteRefs, String created) {

    /** A code of the codebook, with its sub-codes. */
    public record Code(String guid, String name, boolean codable, String color, String description,
                       List<String> noteRefs, List<Code> children, int line) {}

    /** A case variable (an attribute of respondents or sites). */
    public record Variable(String guid, String name, String type, String description) {}

    /** A case's value of a variable; {@code kind} is the QDA-XML element, e.g. TextValue. */
    public record VariableValue(String variableGuid, String kind, String value, int line) {}

    /** A case: a respondent or a site, with the codes, sources and selections that belong to it. */
    public record Case(String guid, String name, String description, List<String> codeRefs, List<VariableValue> values,
                       List<String> sourceRefs, List<String> selectionRefs, int line) {}

    /** A text document: its text is in {@code plainTextContent} or in the file at {@code plainTextPath}. */
    public record TextSource(String guid, String name, String description, String plainTextPath, String plainTextContent,
                             List<Selection> selections, List<String> noteRefs, int line) {}

    /** A span of a text source, in the file's own offsets (see {@link OffsetMode}). */
    public record Selection(String guid, String name, String description, long start, long end,
                            List<Coding> codings, List<String> noteRefs, int line) {}

    /** The application of a code to a selection, by a coder. */
    public record Coding(String guid, String codeGuid, String creatingUser, List<String> noteRefs, int line) {}

    /** A memo. */
    public record Note(String guid, String name, String plainTextPath, String plainTextContent, int line) {}

    /** A link between two project items (codes, sources, selections, cases, notes...). */
    public record Link(String guid, String name, String direction, String color, String originGuid, String targetGuid,
                       List<String> noteRefs, int line) {}

    /** A set: a named collection of codes, sources and notes. */
    public record QdaSet(String guid, String name, String description, List<String> codes, List<String> sources,
                         List<String> notes, int line) {}

    /** All codes, depth first. */
    public List<Code> allCodes() {
        List<Code> out = new java.util.ArrayList<>();
        java.util.ArrayDeque<Code> stack = new java.util.ArrayDeque<>();
        for (int i = codes.size() - 1; i >= 0; i--) stack.push(codes.get(i));
        while (!stack.isEmpty()) {
            Code c = stack.pop();
            out.add(c);
            for (int i = c.children().size() - 1; i >= 0; i--) stack.push(c.children().get(i));
        }
        return out;
    }

    /** All selections of all sources. */
    public List<Selection> allSelections() {
        return sources.stream().flatMap(s -> s.selections().stream()).toList();
    }
}
