package org.safkg.links;

import java.util.Locale;
import java.util.regex.Pattern;

import org.safkg.vocab.Namespaces;

/** The IRIs of one reference dataset's graph, provenance and resources; the only place their patterns are written. */
public record ReferenceIris(String name) {
    /** Where the resources SAF-KG mints for reference datasets live. */
    public static final String BASE = "https://w3id.org/safkg/reference/";
    /** The prefix of every reference dataset's graph. */
    public static final String GRAPH_BASE = Namespaces.GRAPH + "reference/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public ReferenceIris {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("reference dataset name '" + name + "' is not valid: use lower-case letters, digits and '-', e.g. icb-2024");
        }
    }

    /** The name a file's reference dataset gets by default: its file name without extension, lower-cased, '_' and spaces as '-'. */
    public static String defaultName(String fileName) {
        String stem = fileName.replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT);
        return stem.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** The named graph that holds the reference dataset. */
    public String graph() {
        return GRAPH_BASE + name;
    }

    /** The named graph that records how the reference dataset was loaded. */
    public String provenanceGraph() {
        return graph() + "/provenance";
    }

    /** A resource of the reference dataset: {@code kind} is a path segment such as "organisation". */
    public String of(String kind, String id) {
        return BASE + name + "/" + kind + "/" + id;
    }
}
