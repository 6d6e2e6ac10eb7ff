package org.safkg.links;

/** One row of a reference code list: an area's GSS code, the ODS code of the organisation it is the area of (or empty), and its name. */
public record ReferenceEntry(int line, String gssCode, String odsCode, String name) {}
