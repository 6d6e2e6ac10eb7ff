package org.safkg.bundle;

import static org.safkg.bundle.ColumnKind.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safkg.codes.ExternalCode;

/**
 * The study bundle format (documented in data/README.md): which files there are and which columns
 * each has. Readers, validators and the mapper all take column names from here.
 */
public final class BundleSchema {
    private BundleSchema() {}

    public static final String ID = "id";
    public static final String SOURCE = "source";
    public static final String INFERRED = "inferred";

    public static final String STUDY = "study.csv";
    public static final String PROGRAMMES = "programmes.csv";
    public static final String ORGANISATIONS = "organisations.csv";
    public static final String SITES = "sites.csv";
    public static final String ACTORS = "actors.csv";
    public static final String EXCERPTS = "excerpts.csv";
    public static final String STATEMENTS = "statements.csv";
    public static final String EPISODES = "episodes.csv";
    public static final String FINDINGS = "findings.csv";
    public static final String RESPONDENT_COUNTS = "respondent-counts.csv";
    public static final String CONCEPTS = "concepts.csv";

    /** Values of actors.csv's kind column. */
    public static final List<String> ACTOR_KINDS = List.of("respondent", "person", "group", "focus-group");
    /** Values of programmes.csv's kind column. */
    public static final List<String> PROGRAMME_KINDS = List.of("programme", "model-type");
    /** Values of concepts.csv's match column. */
    public static final List<String> MATCH_KINDS = List.of("exact", "close", "broad", "narrow", "related");

    public static final List<FileSchema> FILES = List.of(
            file(STUDY, true, Column.id(),
                    Column.text("title", true),
                    Column.text("citation", true),
                    Column.of("doi", true, DOI),
                    Column.of("licence", true, IRI),
                    Column.of("programme", false, REF, PROGRAMMES),
                    Column.of("fieldwork_start", false, YEAR_MONTH),
                    Column.of("fieldwork_end", false, YEAR_MONTH),
                    Column.text("methods", false),
                    Column.text("analysis_software", false),
                    Column.of("funder", false, REF, ORGANISATIONS),
                    Column.text("funding_programme", false),
                    Column.text("grant_number", false),
                    Column.text("ethics_reference", false),
                    Column.of("respondent_total", false, INTEGER),
                    Column.of("respondents_in_both", false, INTEGER),
                    Column.of("focus_group_count", false, INTEGER),
                    Column.of("focus_group_size_min", false, INTEGER),
                    Column.of("focus_group_size_max", false, INTEGER),
                    Column.of("unused_concepts", false, ANY_CONCEPTS)),
            file(PROGRAMMES, false, Column.id(),
                    Column.of("kind", true, ENUM, PROGRAMME_KINDS.toArray(String[]::new)),
                    Column.text("label", true),
                    Column.text("abbreviation", false),
                    Column.of("part_of", false, REF, PROGRAMMES),
                    Column.of("in_study", false, YES_NO),
                    Column.of("sites_in_study", false, INTEGER),
                    Column.text("exclusion_reason", false)),
            file(ORGANISATIONS, false, Column.id(),
                    Column.text("label", true),
                    Column.of("type", true, CONCEPT, "organisation-type"),
                    Column.of("site", false, REF, SITES),
                    externalCode(ExternalCode.ODS),
                    externalCode(ExternalCode.GSS),
                    externalCode(ExternalCode.WIKIDATA)),
            file(SITES, true, Column.id(),
                    Column.text("label", true),
                    Column.of("programme", false, REF, PROGRAMMES),
                    Column.of("model_type", false, REF, PROGRAMMES),
                    externalCode(ExternalCode.ODS),
                    externalCode(ExternalCode.GSS),
                    externalCode(ExternalCode.WIKIDATA)),
            file(ACTORS, true, Column.id(),
                    Column.of("kind", true, ENUM, ACTOR_KINDS.toArray(String[]::new)),
                    Column.text("label", true),
                    Column.text("cited_as", false),
                    Column.of("site", false, REF, SITES),
                    Column.of("organisation", false, REF, ORGANISATIONS),
                    Column.of("post", false, CONCEPT, "post"),
                    Column.of("member_of", false, REFS, ACTORS),
                    Column.of("respondent_type", false, CONCEPT, "respondent-type")),
            file(EXCERPTS, true, Column.id(),
                    Column.of("speaker", true, REF, ACTORS),
                    Column.of("site", false, REF, SITES),
                    Column.text("text", true),
                    Column.of("codes", true, ANY_CONCEPTS)),
            file(STATEMENTS, false, Column.id(),
                    Column.text("text", true)),
            file(EPISODES, true, Column.id(),
                    Column.text("label", true),
                    Column.of("leaders", true, REFS, ACTORS),
                    Column.of("roles", false, ColumnKind.CONCEPTS, "role"),
                    Column.of("skills", false, ColumnKind.CONCEPTS, "skill"),
                    Column.of("authority", false, ColumnKind.CONCEPTS, "authority"),
                    Column.of("position", false, ColumnKind.CONCEPTS, "position"),
                    Column.of("attributes", false, ColumnKind.CONCEPTS, "attribute"),
                    Column.of("characteristics", false, ColumnKind.CONCEPTS, "characteristic"),
                    Column.of("enabling_conditions", false, ColumnKind.CONCEPTS, "condition"),
                    Column.of("constraining_conditions", false, ColumnKind.CONCEPTS, "condition"),
                    Column.of("processes", false, ColumnKind.CONCEPTS, "process"),
                    Column.of("site", false, REF, SITES),
                    Column.of("scale", false, CONCEPT, "scale"),
                    Column.of("intervention", false, REF, PROGRAMMES),
                    Column.text("when", false),
                    Column.text("outcome", false),
                    Column.of("evidence", true, REFS, EXCERPTS, STATEMENTS)),
            file(FINDINGS, false, Column.id(),
                    Column.text("label", true),
                    Column.of("scope", true, CONCEPT, "scope"),
                    Column.text("hedging", false),
                    Column.of("about", true, ANY_CONCEPTS),
                    Column.of("sites", false, REFS, SITES),
                    Column.of("programme", false, REF, PROGRAMMES),
                    Column.of("evidence", true, REFS, EXCERPTS, STATEMENTS),
                    Column.of("illustrated_by", false, REFS, EPISODES),
                    Column.of("qualified_by", false, REFS, EPISODES),
                    Column.of("contradicted_by", false, REFS, EPISODES)),
            new FileSchema(RESPONDENT_COUNTS, false, false, withProvenance(List.of(
                    Column.of("respondent_type", true, CONCEPT, "respondent-type"),
                    Column.of("method", true, CONCEPT, "method"),
                    Column.of("count", true, INTEGER)))),
            file(CONCEPTS, false, Column.id(),
                    Column.text("scheme", true),
                    Column.text("label", true),
                    Column.text("definition", true),
                    Column.text("broader", false),
                    Column.of("match", false, ENUM, MATCH_KINDS.toArray(String[]::new)),
                    Column.text("match_target", false)));

    /** The files a load keeps whole: one row, or a few (the study, its programmes, its codebook, its respondents table). */
    static final java.util.Set<String> KEPT_WHOLE = java.util.Set.of(STUDY, PROGRAMMES, RESPONDENT_COUNTS, CONCEPTS);

    /**
     * Of each other file, the columns besides the id that checks across rows (reference kinds, cycles, sites) and the
     * mapper's look-ups (members, cited_as) read: the load keeps these of a row, and reads the row again to map it.
     */
    static final Map<String, List<String>> KEPT_COLUMNS = Map.of(
            ORGANISATIONS, List.of(ID),
            SITES, List.of(ID),
            ACTORS, List.of(ID, "kind", "site", "member_of", "cited_as"),
            EXCERPTS, List.of(ID, "site"),
            STATEMENTS, List.of(ID),
            EPISODES, List.of(ID, "site", "leaders", "evidence"),
            FINDINGS, List.of(ID));

    private static Column externalCode(ExternalCode code) {
        return Column.of(code.column(), false, EXTERNAL_CODE, code.name());
    }

    private static FileSchema file(String name, boolean required, Column... columns) {
        return new FileSchema(name, required, true, withProvenance(List.of(columns)));
    }

    private static List<Column> withProvenance(List<Column> columns) {
        List<Column> all = new ArrayList<>(columns);
        all.add(Column.text(SOURCE, true));
        all.add(Column.text(INFERRED, false));
        return List.copyOf(all);
    }

    public static Optional<FileSchema> schema(String fileName) {
        return FILES.stream().filter(f -> f.fileName().equals(fileName)).findFirst();
    }
}
