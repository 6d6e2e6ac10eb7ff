package org.safkg.links;

import java.nio.file.Path;
import java.util.List;

/** A read and checked reference code list, e.g. the ONS list of Integrated Care Boards (ICB24CD, ICB24CDH, ICB24NM). */
public record ReferenceTable(Path file, String sha256, String prefix, boolean hasOdsCodes, List<ReferenceEntry> entries) {}
