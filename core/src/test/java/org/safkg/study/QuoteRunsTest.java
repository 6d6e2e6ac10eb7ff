package org.safkg.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Six consecutive words of a quote, found whatever the case and punctuation, and exactly as a plain map of word runs finds them. */
class QuoteRunsTest {

    @Test
    void aRunOfSixWordsIsAQuoteAndFiveAreNot() {
        QuoteRuns runs = new QuoteRuns().add("Q1", "We had to earn the trust of the GPs, slowly.").add("Q2", "Nothing in common here at all, really.");
        assertEquals(Optional.of(new QuoteRuns.Shared("earn the trust of the gps slowly", "Q1")),
                runs.firstIn("They say: EARN the trust, of the GPs -- slowly!"));
        assertEquals(Optional.empty(), runs.firstIn("earn the trust of the"));
        assertEquals(Set.of("in common here at all really", "nothing in common here at all"), runs.allIn("nothing in common here at all really"));
        assertTrue(new QuoteRuns().isEmpty());
    }

    @Test
    void wordsAreWhatTheWordPatternFindsInTheLowerCasedTextWhateverTheCharacters() {
        // letters of several scripts, a dotted capital I (two chars once lower-cased), digits, a Roman numeral, a
        // superscript, fractions, apostrophes, a combining mark, an emoji (a surrogate pair), punctuation and spaces
        String alphabet = "aZéÉİıßΣσжЖ字ー09٣Ⅻⅻ²½'’\u0307😀-.,;:!? \t\n_/\"";
        int[] cps = alphabet.codePoints().toArray();
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) text.appendCodePoint(cps[random.nextInt(cps.length)]);
            List<String> expected = new ArrayList<>();
            java.util.regex.Matcher m = QuoteRuns.WORD.matcher(text.toString().toLowerCase(java.util.Locale.ROOT));
            while (m.find()) expected.add(m.group());
            assertEquals(expected, QuoteRuns.words(text.toString()), "words of \"" + text + "\"");
        }
    }

    /** The reference: what the check did before runs were hashed, a map from each run to the first quote that has it. */
    private static Optional<QuoteRuns.Shared> reference(Map<List<String>, String> map, String text) {
        List<String> w = QuoteRuns.words(text);
        for (int i = 0; i + 6 <= w.size(); i++) {
            String q = map.get(w.subList(i, i + 6));
            if (q == null) continue;
            int end = i + 6;
            while (end < w.size() && map.containsKey(w.subList(end - 5, end + 1))) end++;
            return Optional.of(new QuoteRuns.Shared(String.join(" ", w.subList(i, end)), q));
        }
        return Optional.empty();
    }

    @Test
    void generatedTextsGiveWhatAMapOfWordRunsGives() {
        Random random = new Random(18);
        int hits = 0;
        String[] vocabulary = {"trust", "the", "gps", "we", "had", "to", "lead", "it", "site", "was", "care", "and"};
        for (int round = 0; round < 50; round++) {
            QuoteRuns runs = new QuoteRuns();
            Map<List<String>, String> map = new HashMap<>();
            List<List<String>> quotes = new ArrayList<>();
            for (int q = 0; q < 20; q++) {
                String text = text(random, vocabulary, 5 + random.nextInt(30));
                quotes.add(QuoteRuns.words(text));
                runs.add("Q" + q, text);
                List<String> w = QuoteRuns.words(text);
                for (int i = 0; i + 6 <= w.size(); i++) map.putIfAbsent(w.subList(i, i + 6), "Q" + q);
            }
            for (int t = 0; t < 40; t++) {
                // random words around a slice of 3 to 10 words of a quote: some repeat a quote, some nearly do
                List<String> quote = quotes.get(random.nextInt(quotes.size()));
                int from = random.nextInt(quote.size()), to = Math.min(quote.size(), from + 3 + random.nextInt(8));
                String text = text(random, vocabulary, random.nextInt(6)) + " " + String.join(" ", quote.subList(from, to)) + " "
                        + text(random, vocabulary, random.nextInt(6));
                if (reference(map, text).isPresent()) hits++;
                assertEquals(reference(map, text), runs.firstIn(text), text);
                Set<String> all = new TreeSet<>();
                List<String> w = QuoteRuns.words(text);
                for (int i = 0; i + 6 <= w.size(); i++) if (map.containsKey(w.subList(i, i + 6))) all.add(String.join(" ", w.subList(i, i + 6)));
                assertEquals(all, runs.allIn(text), text);
            }
        }
        assertTrue(hits > 300 && hits < 1700, "texts that repeat a quote: " + hits + " of 2000");
    }

    private static String text(Random random, String[] vocabulary, int words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            String word = vocabulary[random.nextInt(vocabulary.length)];
            out.add(random.nextInt(5) == 0 ? word.toUpperCase() + "," : word);
        }
        return String.join(" ", out);
    }
}
