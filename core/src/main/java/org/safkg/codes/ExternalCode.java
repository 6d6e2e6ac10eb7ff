package org.safkg.codes;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.safkg.problems.ProblemId;

/**
 * The external identifiers an organisation or a site may carry (NHS ODS code, ONS GSS code,
 * Wikidata item ID): their shape, the error a badly shaped one gives, and the IRIs they link to.
 * The only place these patterns and IRI prefixes are written.
 */
public enum ExternalCode {
    /** An NHS Organisation Data Service organisation code, e.g. QE1, RXH, 00L. */
    ODS("ods_code", "an ODS organisation code", Pattern.compile("[A-Z0-9]{3,6}"), ProblemId.ODS_CODE_INVALID,
            "An ODS organisation code is 3 to 6 upper-case letters and digits, e.g. QE1, RXH or 00L."),
    /** An ONS Government Statistical Service geography code, e.g. E54000008 (an ICB), E38000001 (a sub-ICB location). */
    GSS("gss_code", "a GSS code", Pattern.compile("[A-Z][0-9]{8}"), ProblemId.GSS_CODE_INVALID,
            "A GSS code is a capital letter and 8 digits, e.g. E54000008 (an Integrated Care Board) or E38000001 (a sub-ICB location)."),
    /** A Wikidata item ID, e.g. Q42. */
    WIKIDATA("wikidata", "a Wikidata item ID", Pattern.compile("Q[1-9][0-9]{0,11}"), ProblemId.WIKIDATA_ID_INVALID,
            "A Wikidata item ID is Q followed by digits, e.g. Q42: the ID, not the page's URL.");

    /** The FHIR identifier system of ODS organisation codes (NHS England's), which names the ODS scheme. */
    public static final String ODS_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";
    /** ONS linked-data IRIs of statistical geographies: this prefix + GSS code. */
    public static final String ONS_GEOGRAPHY = "http://statistics.data.gov.uk/id/statistical-geography/";
    /** Wikidata entity IRIs: this prefix + item ID. */
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    private static final Pattern WIKIDATA_IN_URL = Pattern.compile("(?:wiki|entity)/(Q[1-9][0-9]*)");

    private final String column;
    private final String what;
    private final Pattern shape;
    private final ProblemId problem;
    private final String hint;

    ExternalCode(String column, String what, Pattern shape, ProblemId problem, String hint) {
        this.column = column;
        this.what = what;
        this.shape = shape;
        this.problem = problem;
        this.hint = hint;
    }

    /** The bundle column that holds this kind of code. */
    public String column() {
        return column;
    }

    /** The code in words, e.g. "a GSS code". */
    public String what() {
        return what;
    }

    /** The error ID of a badly shaped code. */
    public ProblemId problem() {
        return problem;
    }

    /** How a valid code looks. */
    public String hint() {
        return hint;
    }

    public boolean matches(String value) {
        return shape.matcher(value).matches();
    }

    /** A valid code the user probably meant (upper-cased, or the item ID inside a Wikidata URL), if there is one. */
    public Optional<String> suggestion(String value) {
        if (this == WIKIDATA) {
            Matcher m = WIKIDATA_IN_URL.matcher(value);
            if (m.find()) return Optional.of(m.group(1));
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        return !upper.equals(value) && matches(upper) ? Optional.of(upper) : Optional.empty();
    }

    /** The linked-data IRI a valid code stands for: the ONS geography or the Wikidata entity; null for ODS, which has none. */
    public String iri(String code) {
        return switch (this) {
            case GSS -> ONS_GEOGRAPHY + code;
            case WIKIDATA -> WIKIDATA_ENTITY + code;
            case ODS -> null;
        };
    }
}
