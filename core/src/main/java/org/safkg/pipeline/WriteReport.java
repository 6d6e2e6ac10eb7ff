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
 */
public record WriteReport(String destination, Map<String, Long> graphs) {

    public WriteReport {
        graphs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(graphs));
    }

    /** The triples written, all graphs together. */
    public long triples() {
        return graphs.values().stream().mapToLong(Long::longValue).sum();
    }

    public List<String> graphNames() {
        return new ArrayList<>(graphs.keySet());
    }
}
