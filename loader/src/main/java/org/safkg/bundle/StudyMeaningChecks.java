package org.safkg.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safkg.problems.Problem;
import org.safkg.problems.ProblemId;
import org.safkg.problems.Problems;
import org.safkg.study.QuoteRuns;

/**
 * Checks that a bundle's numbers and structures make sense once every cell has the right form: dates in order,
 * minimum at most maximum, the respondents table adding up, no cycles in group membership or concept hierarchies,
 * and (a warning: a leader may act beyond their own site) leaders and evidence from the episode's site. These span
 * rows and files, with a file:line:column for each; they read only the cells the load keeps of a row. Quotes outside
 * the excerpts are checked row by row as the rows are read ({@link #noQuoteOutsideExcerpts}).
 */
final class StudyMeaningChecks {
    private final Map<String, CsvTable> tables;
    private final Problems problems;
    private final List<Problem> warnings;

    StudyMeaningChecks(Map<String, CsvTable> tables, Problems problems, List<Problem> warnings) {
        this.tables = tables;
        this.problems = problems;
        this.warnings = warnings;
    }

    void check() {
        rows(BundleSchema.STUDY).stream().findFirst().ifPresent(study -> {
            ordered(study, "fieldwork_start", "fieldwork_end", ProblemId.DATE_ORDER, "the fieldwork cannot end before it starts");
            numbersOrdered(study, "focus_group_size_min", "focus_group_size_max");
            respondentTotal(study);
        });
        noCycle(BundleSchema.ACTORS, "member_of", "group membership");
        noCycle(BundleSchema.CONCEPTS, "broader", "concept hierarchy (broader)");
        sameSite();
    }

    private List<CsvRow> rows(String file) {
        CsvTable t = tables.get(file);
        return t == null ? List.of() : t.rows();
    }

    private void ordered(CsvRow r, String first, String second, ProblemId id, String why) {
        String a = r.get(first);
        String b = r.get(second);
        // YYYY-MM sorts as text; a malformed value was reported as value-invalid already
        if (a.matches("\\d{4}-\\d{2}") && b.matches("\\d{4}-\\d{2}") && a.compareTo(b) > 0) {
            problems.add(r.problem(id, second, "\"" + b + "\" is before " + first + " \"" + a + "\": " + why + ".",
                    "Swap the two months, or correct the one that is wrong."));
        }
    }

    private void numbersOrdered(CsvRow r, String min, String max) {
        Long a = number(r, min);
        Long b = number(r, max);
        if (a != null && b != null && a > b) {
            problems.add(r.problem(ProblemId.RANGE_ORDER, max, b + " is less than " + min + " " + a + ".",
                    "Swap the two numbers, or correct the one that is wrong."));
        }
    }

    /** Table 1: every respondent counted once per method, so the cells add up to the total plus those counted twice. */
    private void respondentTotal(CsvRow study) {
        Long total = number(study, "respondent_total");
        List<CsvRow> cells = rows(BundleSchema.RESPONDENT_COUNTS);
        if (total == null || cells.isEmpty()) return;
        long both = number(study, "respondents_in_both") == null ? 0 : number(study, "respondents_in_both");
        long sum = 0;
        Map<String, CsvRow> seen = new HashMap<>();
        for (CsvRow c : cells) {
            Long n = number(c, "count");
            if (n == null) return; // reported as value-invalid
            sum += n;
            String key = c.get("respondent_type") + " / " + c.get("method");
            CsvRow earlier = seen.putIfAbsent(key, c);
            if (earlier != null) {
                problems.add(c.problem(ProblemId.ID_DUPLICATE, "respondent_type", "the cell \"" + key + "\" is given twice (first on line " + earlier.line() + ").",
                        "Keep one row per respondent type and method."));
            }
        }
        if (sum != total + both) {
            problems.add(study.problem(ProblemId.TOTAL_MISMATCH, "respondent_total",
                    "the " + BundleSchema.RESPONDENT_COUNTS + " counts add up to " + sum + ", but respondent_total " + total
                            + " plus respondents_in_both " + both + " is " + (total + both) + ".",
                    "Correct the total or the table's cells (a respondent seen by two methods counts once in the total, once per method in the table)."));
        }
    }


    /**
     * No cell of the row that becomes a public literal repeats 6 or more consecutive words of an excerpt (checked row by
     * row as the first read reads them, excerpts.csv first).
     */
    static void noQuoteOutsideExcerpts(String fileName, List<String> header, CsvRow r, QuoteRuns quotes, Problems problems) {
        if (quotes.isEmpty()) return;
        for (String column : header) {
            if (fileName.equals(BundleSchema.EXCERPTS) && column.equals("text")) continue;
            quotes.firstIn(r.raw(column)).ifPresent(shared -> problems.add(r.problem(ProblemId.QUOTE_OUTSIDE_EXCERPTS, column,
                    "the value repeats the words \"" + shared.words() + "\" of excerpt " + shared.quoteId() + ", which only researchers may read.",
                    "Paraphrase it in fewer than " + QuoteRuns.WORDS + " consecutive words of the quote: this column is public.")));
        }
    }

    private void noCycle(String file, String column, String what) {
        Map<String, CsvRow> byId = new HashMap<>();
        for (CsvRow r : rows(file)) byId.putIfAbsent(r.get(BundleSchema.ID), r);
        Set<String> done = new HashSet<>();
        for (CsvRow start : rows(file)) {
            List<String> path = new ArrayList<>();
            cycleFrom(start.get(BundleSchema.ID), byId, column, path, new LinkedHashSet<>(), done).ifPresent(cycle -> {
                CsvRow at = byId.get(cycle.get(0));
                problems.add(at.problem(ProblemId.HIERARCHY_CYCLE, column, "the " + what + " goes round in a circle: " + String.join(" -> ", cycle) + ".",
                        "Remove one link of the circle: nothing can be (part of) itself."));
                done.addAll(cycle);
            });
        }
    }

    private java.util.Optional<List<String>> cycleFrom(String id, Map<String, CsvRow> byId, String column, List<String> path,
                                                       LinkedHashSet<String> onPath, Set<String> done) {
        if (done.contains(id)) return java.util.Optional.empty();
        if (onPath.contains(id)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            return java.util.Optional.of(cycle);
        }
        CsvRow r = byId.get(id);
        if (r == null) return java.util.Optional.empty();
        onPath.add(id);
        path.add(id);
        for (String next : r.getAll(column)) {
            var found = cycleFrom(next, byId, column, path, onPath, done);
            if (found.isPresent()) return found;
        }
        path.remove(path.size() - 1);
        onPath.remove(id);
        done.add(id);
        return java.util.Optional.empty();
    }

    /** An episode with a site is led and evidenced at that site; one that spans sites leaves its site empty. */
    private void sameSite() {
        Map<String, String> actorSite = siteOf(BundleSchema.ACTORS);
        Map<String, String> excerptSite = siteOf(BundleSchema.EXCERPTS);
        Map<String, String> sites = siteOf(BundleSchema.SITES);
        for (CsvRow e : rows(BundleSchema.EPISODES)) {
            String site = e.get("site");
            if (!sites.containsKey(site)) continue; // no site, or a dangling one (reported as ref-dangling)
            for (String leader : e.getAll("leaders")) mismatch(e, "leaders", leader, actorSite.get(leader), site);
            for (String ev : e.getAll("evidence")) mismatch(e, "evidence", ev, excerptSite.get(ev), site);
        }
    }

    private void mismatch(CsvRow e, String column, String id, String itsSite, String site) {
        if (itsSite != null && !itsSite.isEmpty() && !itsSite.equals(site)) {
            warnings.add(e.problem(ProblemId.SITE_MISMATCH, column, "\"" + id + "\" is from site " + itsSite + ", but the episode is at site " + site + ".",
                    "Correct the site of the episode or of " + id + "; an episode that spans sites leaves its site empty."));
        }
    }

    private Map<String, String> siteOf(String file) {
        Map<String, String> out = new HashMap<>();
        for (CsvRow r : rows(file)) out.putIfAbsent(r.get(BundleSchema.ID), r.get("site"));
        return out;
    }

    private static Long number(CsvRow r, String column) {
        String v = r.get(column);
        return v.matches("\\d{1,9}") ? Long.parseLong(v) : null;
    }
}
