package org.safkg.paper;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The paper's paragraphs as listed in {@code paper/paragraphs.csv}, each located in the text by its
 * incipit: a paragraph runs from its incipit to the next paragraph's (the list is in the text's order).
 */
public final class PaperParagraphs {
    /** Sections whose paragraphs must be cited or excused: the paper's findings, discussion and conclusions. */
    public static boolean isFindings(String section) {
        return section.equals("Results") || section.startsWith("Results >") || section.equals("Discussion and conclusions");
    }

    /** One paragraph: where it is in the normalised text and how the bundle covers it. */
    public record Paragraph(String section, int number, String kind, String incipit, Set<String> citedBy,
                            String excused, int start, int end, long line) {
        public String name() {
            return section + " ¶" + number;
        }
    }

    private final List<Paragraph> paragraphs;

    private PaperParagraphs(List<Paragraph> paragraphs) {
        this.paragraphs = paragraphs;
    }

    /** Reads the list and locates each paragraph; a paragraph whose incipit is not found after the previous one is an error. */
    public static PaperParagraphs read(Path csv, PaperText paper) {
        List<CSVRecord> records = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord rec : p) records.add(rec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] starts = new int[records.size()];
        int from = 0;
        for (int i = 0; i < records.size(); i++) {
            CSVRecord rec = records.get(i);
            int at = paper.indexOf(rec.get("incipit"), from);
            if (at < 0) {
                throw new IllegalStateException(csv.getFileName() + ":" + (rec.getRecordNumber() + 1)
                        + ": incipit \"" + rec.get("incipit") + "\" is not in the paper after the previous paragraph");
            }
            starts[i] = at;
            from = at + 1;
        }
        List<Paragraph> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            CSVRecord rec = records.get(i);
            int end = i + 1 < records.size() ? starts[i + 1] : paper.text().length();
            Set<String> cited = new LinkedHashSet<>();
            Arrays.stream(rec.get("cited_by").split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).forEach(cited::add);
            out.add(new Paragraph(rec.get("section"), Integer.parseInt(rec.get("paragraph")), rec.get("kind"),
                    rec.get("incipit"), cited, rec.get("excused").strip(), starts[i], end, rec.getRecordNumber() + 1));
        }
        return new PaperParagraphs(List.copyOf(out));
    }

    public List<Paragraph> all() {
        return paragraphs;
    }

    /** The paragraph that holds the text position {@code at}, or null before the first. */
    public Paragraph at(int at) {
        Paragraph found = null;
        for (Paragraph p : paragraphs) if (p.start() <= at) found = p;
        return found;
    }

    /** The sections listed (a row's source must name one of them). */
    public Set<String> sections() {
        Set<String> s = new LinkedHashSet<>();
        paragraphs.forEach(p -> s.add(p.section()));
        return s;
    }
}
