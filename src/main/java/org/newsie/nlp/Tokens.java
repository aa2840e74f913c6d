package org.newsie.nlp;

import java.util.List;

import org.newsie.model.Token;

/**
 * Token post-processing shared by analysis and training, so the name finder sees the same tokens in
 * both: clitics are split off the way CoNLL-2003 (Penn Treebank style) has them.
 */
public final class Tokens {
    /** Suffixes split off a word, longest first; matched case-insensitively on the normalized text. */
    private static final String[] CLITICS = {"n't", "'s", "'m", "'re", "'ve", "'ll", "'d"};

    private Tokens() {
    }

    /**
     * Adds the token {@code [ts, te)} to {@code out}, split in two when it ends in a clitic.
     *
     * @param norm      normalized text of the stretch starting at {@code normStart}
     */
    static void addSplit(String text, String norm, int normStart, int ts, int te, List<Token> out) {
        int cut = clitic(norm, ts - normStart, te - normStart);
        if (cut > 0) {
            int at = ts + cut;
            out.add(new Token(ts, at, text.substring(ts, at)));
            out.add(new Token(at, te, text.substring(at, te)));
        } else {
            out.add(new Token(ts, te, text.substring(ts, te)));
        }
    }

    /**
     * Where the clitic at the end of {@code s[from, to)} begins, relative to {@code from}; 0 when there
     * is none. The word before the clitic must end in a letter.
     */
    static int clitic(String s, int from, int to) {
        int len = to - from;
        for (String c : CLITICS) {
            int cl = c.length();
            if (len > cl && s.regionMatches(true, to - cl, c, 0, cl)) {
                int cut = len - cl;
                if (Character.isLetter(s.charAt(from + cut - 1))) {
                    return cut;
                }
            }
        }
        return 0;
    }

    /**
     * Splits {@code text[from, to)} (no whitespace inside) into runs of letters and digits, each other
     * character a token of its own; used for chunks too long for the statistical tokenizer.
     */
    static void splitByClass(String text, int from, int to, List<Token> out) {
        int i = from;
        while (i < to) {
            int j = i + 1;
            if (Character.isLetterOrDigit(text.charAt(i))) {
                while (j < to && Character.isLetterOrDigit(text.charAt(j))) {
                    j++;
                }
            } else if (Character.isHighSurrogate(text.charAt(i)) && j < to && Character.isLowSurrogate(text.charAt(j))) {
                j++;
            }
            out.add(new Token(i, j, text.substring(i, j)));
            i = j;
        }
    }

    /**
     * The token's text as the name finder sees it: normalized quotation marks and apostrophes
     * (the training data has straight ones).
     */
    public static String forModel(Token t) {
        return TextNormalizer.normalize(t.text());
    }
}
