package org.safkg.bundle;

/** What a bundle column holds, which decides how its cells are checked. */
public enum ColumnKind {
    /** This file's identifier: unique, IRI-safe. */
    ID,
    /** Free text, kept as written. */
    TEXT,
    /** One identifier of a row in another file. */
    REF,
    /** Several identifiers ({@code a | b}) of rows in other files. */
    REFS,
    /** One concept of a given scheme. */
    CONCEPT,
    /** Several concepts of a given scheme. */
    CONCEPTS,
    /** Several concepts of any scheme. */
    ANY_CONCEPTS,
    /** A non-negative integer. */
    INTEGER,
    /** A month: YYYY-MM. */
    YEAR_MONTH,
    /** yes or no. */
    YES_NO,
    /** One of a fixed list of words. */
    ENUM,
    /** An absolute IRI (http or https). */
    IRI,
    /** A DOI without its resolver prefix. */
    DOI,
    /** An external code of an organisation or site (ODS, GSS, Wikidata): the target names its {@link org.safkg.codes.ExternalCode}. */
    EXTERNAL_CODE
}
