package org.safkg.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.safkg.vocab.Namespaces;

/** The prefixes the pages' own queries are written with. */
final class Sparql {
    static final String PREFIXES = Namespaces.all().entrySet().stream()
            .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">").collect(Collectors.joining("\n", "", "\n"));

    private Sparql() {}

    static Map<String, String> prefixes() {
        return Namespaces.all();
    }
}
