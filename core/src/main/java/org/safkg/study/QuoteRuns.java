package org.safkg.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runs of six consecutive words of the restricted quotes: a public text that repeats one quotes a respondent.
 * Used by the load's check (quote-outside-excerpts) and by the tests that look for quote text in what the server answers.
 */
public final class QuoteRuns {
    /** Words in a run this long, shared with a quote, are a quote. */
    public static final int WORDS = 6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    /** Where a text repeats a quote: the shared words (as long a run as they go on) and the quote's id. */
    public record Shared(String words, String quoteId) {}

    private final Map<List<String>, String> runs = new HashMap<>();

    /** Adds a quote's runs. */
    public QuoteRuns add(String quoteId, String text) {
        List<String> w = words(text);
        for (int i = 0; i + WORDS <= w.size(); i++) runs.putIfAbsent(w.subList(i, i + WORDS), quoteId);
        return this;
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }

    /** The first place the text repeats a quote, if it does. */
    public Optional<Shared> firstIn(String text) {
        List<String> w = words(text);
        for (int i = 0; i + WORDS <= w.size(); i++) {
            String quote = runs.get(w.subList(i, i + WORDS));
            if (quote == null) continue;
            int end = i + WORDS;
            while (end < w.size() && runs.containsKey(w.subList(end - WORDS + 1, end + 1))) end++;
            return Optional.of(new Shared(String.join(" ", w.subList(i, end)), quote));
        }
        return Optional.empty();
    }

    /** Every six-word run of a quote that the text holds. */
    public Set<String> allIn(String text) {
        Set<String> out = new TreeSet<>();
        List<String> w = words(text);
        for (int i = 0; i + WORDS <= w.size(); i++) if (runs.containsKey(w.subList(i, i + WORDS))) out.add(String.join(" ", w.subList(i, i + WORDS)));
        return out;
    }

    /** The text's words, lower-cased: letters, digits and apostrophes. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }
}
