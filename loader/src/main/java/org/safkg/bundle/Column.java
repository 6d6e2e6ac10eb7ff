package org.safkg.bundle;

import java.util.List;

/**
 * One column of a bundle file: its name, whether a value is required, what kind of value it holds,
 * and, for references and concepts, what it points at (files or a concept scheme id).
 */
public record Column(String name, boolean required, ColumnKind kind, List<String> targets) {

    static Column id() {
        return new Column(BundleSchema.ID, true, ColumnKind.ID, List.of());
    }

    static Column text(String name, boolean required) {
        return new Column(name, required, ColumnKind.TEXT, List.of());
    }

    static Column of(String name, boolean required, ColumnKind kind, String... targets) {
        return new Column(name, required, kind, List.of(targets));
    }

    /** The scheme id of a concept column. */
    public String scheme() {
        return targets.isEmpty() ? null : targets.get(0);
    }
}
