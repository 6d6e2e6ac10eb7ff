package org.safkg.paper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The text of a study's source publication, normalised so that a bundle's quotes can be found in it
 * verbatim: the manuscript's line and page numbers, the converter's emphasis marks, curly quotes and
 * runs of white space are the only differences ignored (data/vanguard-2022/paper/README.md).
 */
public final class PaperText {
    /** A line holding only line or page numbers (the manuscript numbers its lines 1-60 on every page). */
    private static final Pattern NUMBERS_ONLY = Pattern.compile("[\\s-]*\\d+(\\s+\\d+)*\\s*");
    /** Line numbers at the start of a line of text. */
    private static final Pattern LEADING_NUMBERS = Pattern.compile("^[\\s-]*\\d+(\\s+\\d+)*(\\s+|$)");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final String text;

    private PaperText(String text) {
        this.text = text;
    }

    /** The paper shipped in a bundle's {@code paper/} folder. */
    public static PaperText read(Path file) {
        try {
            StringBuilder sb = new StringBuilder();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (NUMBERS_ONLY.matcher(line).matches()) continue;
                // only lines that start with a number lose it: "60 ...", never a number inside a line
                sb.append(LEADING_NUMBERS.matcher(line).replaceFirst("")).append('\n');
            }
            return new PaperText(normalise(sb.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The normalisation applied to both sides of a comparison: no emphasis marks, straight quotes, single spaces. */
    public static String normalise(String s) {
        String t = s.replace("*", "")
                .replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u201C', '"').replace('\u201D', '"');
        return SPACE.matcher(t).replaceAll(" ").strip();
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /** Where a passage (normalised here) starts in the text, or -1. */
    public int indexOf(String passage) {
        return text.indexOf(normalise(passage));
    }

    /** Where a passage (normalised here) starts in the text at or after {@code from}, or -1. */
    public int indexOf(String passage, int from) {
        return text.indexOf(normalise(passage), from);
    }

    /** How many times a passage occurs in the text. */
    public int occurrences(String passage) {
        String p = normalise(passage);
        int n = 0;
        for (int i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) n++;
        return n;
    }
}
