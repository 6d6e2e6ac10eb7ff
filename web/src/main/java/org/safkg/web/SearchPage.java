package org.safkg.web;

import java.util.List;

/** The model of the text search page: the words searched and the ranked hits with highlighted snippets. */
public record SearchPage(boolean researcher, String words, List<Hit> hits, String problem) {
    /** One excerpt found: its rank, page, speaker, snippet parts, and the episodes it is evidence for. */
    public record Hit(int rank, Value excerpt, Value speaker, List<Part> snippet, List<Value> episodes) {}

    /** A run of snippet text, highlighted where it matched. */
    public record Part(String text, boolean match) {}
}
