package org.safkg.bundle;

import java.nio.file.Path;
import java.util.List;

/** A parsed CSV file: its header, its data rows, and the SHA-256 of the bytes they were parsed from (for provenance). */
public record CsvTable(Path file, String sha256, List<String> header, List<CsvRow> rows) {}
