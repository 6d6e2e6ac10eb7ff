package org.safkg.problems;

/** Stable identifiers of input errors; each has an entry in docs/errors.md. */
public enum ProblemId {
    FILE_MISSING("file-missing"),
    FILE_EMPTY("file-empty"),
    ENCODING("encoding"),
    MALFORMED_CSV("malformed-csv"),
    COLUMN_MISSING("column-missing"),
    COLUMN_UNKNOWN("column-unknown"),
    COLUMN_DUPLICATE("column-duplicate"),
    FIELD_COUNT("field-count"),
    VALUE_MISSING("value-missing"),
    VALUE_INVALID("value-invalid"),
    ID_INVALID("id-invalid"),
    ID_DUPLICATE("id-duplicate"),
    ID_RESERVED("id-reserved"),
    IRI_INVALID("iri-invalid"),
    CONTROL_CHARACTER("control-character"),
    RELOAD_SHRINKS("reload-shrinks"),
    FILE_NOT_REGULAR("file-not-regular"),
    FILE_TOO_LARGE("file-too-large"),
    FILE_CHANGED("file-changed"),
    LIST_ITEM_EMPTY("list-item-empty"),
    DATE_ORDER("date-order"),
    RANGE_ORDER("range-order"),
    TOTAL_MISMATCH("total-mismatch"),
    HIERARCHY_CYCLE("hierarchy-cycle"),
    SITE_MISMATCH("site-mismatch"),
    QUOTE_OUTSIDE_EXCERPTS("quote-outside-excerpts"),
    REF_DANGLING("ref-dangling"),
    REF_WRONG_KIND("ref-wrong-kind"),
    CONCEPT_UNKNOWN("concept-unknown"),
    CONCEPT_WRONG_SCHEME("concept-wrong-scheme"),
    ROW_COUNT("row-count"),
    SHAPE_VIOLATION("shape-violation"),
    ODS_CODE_INVALID("ods-code-invalid"),
    GSS_CODE_INVALID("gss-code-invalid"),
    WIKIDATA_ID_INVALID("wikidata-id-invalid"),
    // REFI-QDA import (refiqda module)
    QDA_NOT_ZIP("qda-not-zip"),
    QDA_UNSAFE_ZIP("qda-unsafe-zip"),
    QDA_NO_PROJECT("qda-no-project"),
    QDA_XML_MALFORMED("qda-xml-malformed"),
    QDA_XML_DTD("qda-xml-dtd"),
    QDA_NOT_QDA_XML("qda-not-qda-xml"),
    QDA_ATTRIBUTE("qda-attribute"),
    QDA_REF_DANGLING("qda-ref-dangling"),
    QDA_SOURCE_MISSING("qda-source-missing"),
    QDA_SELECTION_OUT_OF_RANGE("qda-selection-out-of-range"),
    QDA_MAPPING("qda-mapping"),
    QDA_EMPTY_PROJECT("qda-empty-project"),
    QDA_STUDY_TAKEN("qda-study-taken");

    private final String code;

    ProblemId(String code) {
        this.code = code;
    }

    /** The ID as printed in messages and in docs/errors.md. */
    public String code() {
        return code;
    }
}
