package org.safkg.bundle;

import java.nio.file.Path;
import java.util.List;

/** A parsed CSV file: its header and its data rows. */
public record CsvTable(Path file, List<String> header, List<CsvRow> rows) {

    public static CsvTable absent(Path file) {
        return new CsvTable(file, List.of(), List.of());
    }
}
