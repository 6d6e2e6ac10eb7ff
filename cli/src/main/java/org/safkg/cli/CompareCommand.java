package org.safkg.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.ResultSetRewindable;
import org.safkg.query.CompetencyQuery;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safkg compare}: two studies side by side, concept by concept, through the compare-studies competency query. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        header = "Put two studies side by side, concept by concept.",
        description = {"For each concept of a scheme (skills, conditions, sources of authority, ...) seen in either study: "
                + "the episodes, sites and pieces of evidence in each, and whether it was seen in both or in one only.",
                "It runs the competency query compare-studies, so the same comparison is "
                + "'safkg query compare-studies --param firstStudyId=A --param secondStudyId=B --param schemeId=skill'."})
final class CompareCommand implements Callable<Integer> {
    static final String QUERY = "compare-studies";

    /** The schemes episodes are coded with, by their ids. */
    enum Scheme { skill, condition, authority, role, scale, characteristic, attribute, position, process }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STUDY_A", description = "The first study's id, e.g. vanguard-2022.")
    String first;

    @Parameters(index = "1", paramLabel = "STUDY_B", description = "The second study's id, e.g. fictional-icb-demo.")
    String second;

    @Option(names = "--by", paramLabel = "SCHEME", defaultValue = "skill",
            description = "The scheme to compare by: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Scheme by;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json or xml. Default: ${DEFAULT-VALUE}.")
    QueryCommand.Format format;

    @Mixin
    QueryTarget target;

    @Override
    public Integer call() {
        CompetencyQuery q = QueryCommand.catalog(null).find(QUERY).orElseThrow(
                () -> new IllegalStateException("the competency query " + QUERY + " is missing from queries/"));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("firstStudyId", first);
        params.put("secondStudyId", second);
        params.put("schemeId", by.name());
        ResultSetRewindable rs = target.select(q, params, spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        // the table is read by people: say which study is "first" and which "second"
        if (format == QueryCommand.Format.table) out.printf("by %s: first = %s, second = %s%n", by, first, second);
        out.print(QueryCommand.render(rs, format));
        out.flush();
        return 0;
    }
}
