package org.safkg.bundle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The expected columns of one bundle file. */
public record FileSchema(String fileName, boolean required, boolean hasId, List<Column> columns) {

    public Map<String, Column> byName() {
        Map<String, Column> m = new LinkedHashMap<>();
        columns.forEach(c -> m.put(c.name(), c));
        return m;
    }

    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }
}
