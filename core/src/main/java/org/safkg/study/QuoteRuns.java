package org.safkg.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The runs of six consecutive words of the restricted quotes: a public text that repeats one quotes a respondent.
 * Used by the load's check (quote-outside-excerpts) and by the tests that look for quote text in what the server answers.
 *
 * <p>A run is kept as one {@code long} (40 bits of its hash, 24 of its quote's number) in a sorted array, not as a map
 * of word lists: a study of 150,000 quotes holds 9 million runs. A hash match is confirmed against the quote's own words,
 * so two runs that share a hash never count as a quote.
 */
public final class QuoteRuns {
    /** Words in a run this long, shared with a quote, are a quote. */
    public static final int WORDS = 6;
    /** A word: letters, numbers and apostrophes ({@link #words} scans for it by hand). */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    /** Where a text repeats a quote: the shared words (as long a run as they go on) and the quote's id. */
    public record Shared(String words, String quoteId) {}

    private final List<String> ids = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private long[] runs = new long[1024];
    private int size;
    private volatile boolean sorted = true;

    /** Adds a quote's runs (not while other threads look for runs). */
    public synchronized QuoteRuns add(String quoteId, String text) {
        if (ids.size() > INDEX_MASK) throw new IllegalStateException("more than " + INDEX_MASK + " quotes");
        int index = ids.size();
        ids.add(quoteId);
        texts.add(text);
        List<String> w = words(text);
        for (int i = 0; i + WORDS <= w.size(); i++) {
            if (size == runs.length) runs = Arrays.copyOf(runs, runs.length * 2);
            runs[size++] = (hash(w, i) << INDEX_BITS) | index;
        }
        sorted = false;
        return this;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The first place the text repeats a quote, if it does. */
    public Optional<Shared> firstIn(String text) {
        List<String> w = words(text);
        for (int i = 0; i + WORDS <= w.size(); i++) {
            int quote = quoteOf(w, i);
            if (quote < 0) continue;
            int end = i + WORDS;
            while (end < w.size() && quoteOf(w, end - WORDS + 1) >= 0) end++;
            return Optional.of(new Shared(String.join(" ", w.subList(i, end)), ids.get(quote)));
        }
        return Optional.empty();
    }

    /** Every six-word run of a quote that the text holds. */
    public Set<String> allIn(String text) {
        Set<String> out = new TreeSet<>();
        List<String> w = words(text);
        for (int i = 0; i + WORDS <= w.size(); i++) if (quoteOf(w, i) >= 0) out.add(String.join(" ", w.subList(i, i + WORDS)));
        return out;
    }

    /** The text's words, lower-cased: letters, digits and apostrophes. */
    public static List<String> words(String text) {
        // what WORD matches, scanned by hand: the check reads every public text of a study, and the regex cost a third of it
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            boolean inWord = cp == '\'' || Character.isLetter(cp) || isNumber(cp);
            if (inWord && start < 0) start = i;
            if (!inWord && start >= 0) {
                out.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) out.add(lower.substring(start));
        return out;
    }

    /** \p{N}: a digit, a letter-like number (Roman numerals) or another number (fractions, superscripts). */
    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The number of the first quote (in the order added) that holds the run of words at {@code from}, or -1. */
    private int quoteOf(List<String> w, int from) {
        if (!sorted) sort();
        long key = hash(w, from);
        // the runs with this hash are together, ordered by quote number
        int at = Arrays.binarySearch(runs, 0, size, key << INDEX_BITS);
        if (at < 0) at = -at - 1;
        List<String> run = w.subList(from, from + WORDS);
        for (; at < size && runs[at] >>> INDEX_BITS == key; at++) {
            int quote = (int) (runs[at] & INDEX_MASK);
            if (Collections.indexOfSubList(words(texts.get(quote)), run) >= 0) return quote;
        }
        return -1;
    }

    private synchronized void sort() {
        if (sorted) return;
        Arrays.sort(runs, 0, size);
        sorted = true;
    }

    /** 40 bits of a hash of six words. */
    private static long hash(List<String> w, int from) {
        long h = 1125899906842597L;
        for (int i = from; i < from + WORDS; i++) {
            String s = w.get(i);
            for (int k = 0; k < s.length(); k++) h = 31 * h + s.charAt(k);
            h = 31 * h + ' ';
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h >>> (64 - 40);
    }
}
