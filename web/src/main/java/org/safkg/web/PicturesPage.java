package org.safkg.web;

import java.util.List;

/** The model of the pictures index: the networks per study and per site, and Table 1 as a bar chart. */
public record PicturesPage(boolean researcher, List<Link> studies, List<Link> sites, List<Bar> table1, long table1Max) {
    /** One respondent type's counts in Table 1 (interviews and focus groups). */
    public record Bar(String type, long interviewed, long focusGroups) {}

    /** The chart's width for a count, in the SVG's units. */
    public int width(long n) {
        return table1Max == 0 ? 0 : (int) Math.round(360.0 * n / table1Max);
    }
}
