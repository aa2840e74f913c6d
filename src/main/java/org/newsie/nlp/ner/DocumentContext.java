package org.newsie.nlp.ner;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Context aggregation (Ratinov and Roth 2009, "Design challenges and misconceptions in named entity
 * recognition"): a capitalized word that occurs more than once in a document gets, at every occurrence,
 * the words around all its occurrences in the document, so that each occurrence is decided with what the
 * whole document says about the word. "Athens" opening a travel guide's heading is a place because the
 * guide also writes "in Athens" and "from Athens"; "Gloria" is a person because the article also writes
 * "Gloria developed" and "Gloria 's eczema".
 *
 * <p>Without it, the first occurrence is decided from its own sentence alone, and the outcome memory
 * ({@code pd=}) repeats that first decision through the document, right or wrong: before this feature,
 * the largest class of errors on the development sets (see models/README.md).
 *
 * <p>A word is matched case-insensitively, so that a headline's "ATHENS" gets the context of the body's
 * "Athens". The features are {@code ag-k=w} and {@code ag+k=w} for the lower-cased word {@code w} at
 * distance {@code k} (up to {@link #WINDOW}) before or after an occurrence ({@code <s>} and {@code </s>}
 * at the sentence's edges), each distinct feature once, at most {@link #MAX_FEATURES} per word, in the
 * order of the occurrences. They depend only on the document's tokens, never on outcomes, so they are the
 * same in training and in analysis.
 *
 * <p>Not thread-safe: per-document state, one instance per feature generator.
 */
final class DocumentContext {
    /** Words this far before and after each occurrence are taken. */
    static final int WINDOW = 2;
    /** At most this many features per word (a name repeated 30 times would otherwise bring 100). */
    static final int MAX_FEATURES = 40;

    private Map<String, Entry> entries = Map.of();

    /**
     * The features of one word in the document, and a place for a decoder to keep their summed weights:
     * they are the same at every occurrence of the word, and come first among a token's features, so a
     * decoder can add them up once per document (the same sum, bit for bit, as adding them at each token).
     */
    static final class Entry {
        final String[] features;
        double[] sums; // the decoder's, per document

        Entry(String[] features) {
            this.features = features;
        }
    }

    /** Reads a whole document (its sentences' token forms), replacing the one before. */
    void set(List<String[]> sentences) {
        Map<String, Integer> count = new HashMap<>();
        for (String[] s : sentences) {
            for (String t : s) {
                if (isCapitalized(t)) {
                    count.merge(t.toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        Map<String, Set<String>> found = new HashMap<>();
        for (String[] s : sentences) {
            for (int i = 0; i < s.length; i++) {
                if (!isCapitalized(s[i])) {
                    continue;
                }
                String key = s[i].toLowerCase(Locale.ROOT);
                if (count.get(key) < 2) {
                    continue;
                }
                Set<String> f = found.computeIfAbsent(key, k -> new LinkedHashSet<>());
                for (int k = 1; k <= WINDOW && f.size() < MAX_FEATURES; k++) {
                    if (i - k >= -1) {
                        f.add("ag-" + k + "=" + (i - k >= 0 ? s[i - k].toLowerCase(Locale.ROOT) : "<s>"));
                    }
                    if (i + k <= s.length && f.size() < MAX_FEATURES) {
                        f.add("ag+" + k + "=" + (i + k < s.length ? s[i + k].toLowerCase(Locale.ROOT) : "</s>"));
                    }
                }
            }
        }
        Map<String, Entry> out = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : found.entrySet()) {
            out.put(e.getKey(), new Entry(e.getValue().toArray(new String[0])));
        }
        entries = out;
    }

    /**
     * The features of a token, or null: {@code lower} is its lower-cased form, {@code token} the form itself
     * (only a capitalized token has any).
     */
    Entry entry(String token, String lower) {
        return isCapitalized(token) ? entries.get(lower) : null;
    }

    /** Forgets the document. */
    void clear() {
        entries = Map.of();
    }

    private static boolean isCapitalized(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
    }
}
