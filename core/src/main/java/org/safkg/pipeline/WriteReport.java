package org.safkg.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a sink wrote: where, and each named graph with its number of triples, in the order written.
 *
 * @param destination the target as messages name it (a folder, a file, an endpoint; never credentials)
 * @param graphs      graph IRI to the number of triples written to it
 * @param change      what a reload changed, in words (e.g. {@code before: 12 episodes, ...; now: ...}), or empty
 */
public record WriteReport(String destination, Map<String, Long> graphs, String change) {

    public WriteReport {
        graphs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(graphs));
        change = change == null ? "" : change;
    }

    /** A report of a sink that cannot tell what it replaced. */
    public WriteReport(String destination, Map<String, Long> graphs) {
        this(destination, graphs, "");
    }

    /** The triples written, all graphs together. */
    public long triples() {
        return graphs.values().stream().mapToLong(Long::longValue).sum();
    }

    public List<String> graphNames() {
        return new ArrayList<>(graphs.keySet());
    }
}
