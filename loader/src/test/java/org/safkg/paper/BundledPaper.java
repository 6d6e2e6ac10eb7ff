package org.safkg.paper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.safkg.bundle.StudyBundle;
import org.safkg.bundle.StudyBundleReader;
import org.safkg.study.StudyGraphs;
import org.safkg.mapping.StudyMapper;
import org.safkg.testing.TestBundles;

/** The Vanguard bundle read once, its graphs (study and excerpts, as one model), and the paper it comes from. */
final class BundledPaper {
    static final Path FOLDER = TestBundles.vanguard();
    private static BundledPaper instance;

    final StudyBundle bundle;
    final Model graph;
    final PaperText paper;
    final PaperParagraphs paragraphs;

    private BundledPaper() {
        bundle = new StudyBundleReader().read(FOLDER);
        StudyGraphs g = StudyMapper.map(bundle);
        graph = ModelFactory.createModelForGraph(g.study()).union(ModelFactory.createModelForGraph(g.excerpts()));
        paper = PaperText.read(FOLDER.resolve("paper/coleman-2022-socially-skilled-leader.txt"));
        paragraphs = PaperParagraphs.read(FOLDER.resolve("paper/paragraphs.csv"), paper);
    }

    static synchronized BundledPaper get() {
        if (instance == null) instance = new BundledPaper();
        return instance;
    }

    /** The sections a source cell names ({@code A > B; C}). */
    static List<String> sections(String source) {
        List<String> out = new ArrayList<>();
        Arrays.stream(source.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }

    /**
     * The paragraph of one of {@code sections} in which {@code text} occurs verbatim, or null: a passage
     * printed twice (e.g. in the Abstract and the Discussion) counts where its row says it comes from.
     */
    PaperParagraphs.Paragraph locate(String text, List<String> sections) {
        String t = PaperText.normalise(text);
        for (int at = paper.text().indexOf(t); at >= 0; at = paper.text().indexOf(t, at + 1)) {
            PaperParagraphs.Paragraph p = paragraphs.at(at);
            if (p != null && sections.contains(p.section()) && at + t.length() <= p.end()) return p;
        }
        return null;
    }
}
