package org.newsie.text;

import java.util.Optional;

import org.newsie.model.Diagnostic;
import org.newsie.model.DiagnosticCode;

/**
 * Notices HTML or XML source given instead of article text. The text is still analyzed as it is
 * (offsets must stay those of the input); the diagnostic tells the user why the result looks odd.
 */
public final class MarkupDetector {
    private static final String[] OPENINGS = {"<!doctype", "<html", "<?xml", "<head", "<body", "<div", "<p>", "<p "};

    private MarkupDetector() {
    }

    public static Optional<Diagnostic> check(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        for (String o : OPENINGS) {
            if (text.regionMatches(true, i, o, 0, o.length())) {
                return Optional.of(diagnostic());
            }
        }
        // many tags: at least 20, and tag characters make up a visible share of the text
        int tags = 0;
        for (int k = 0; k + 1 < text.length(); k++) {
            if (text.charAt(k) == '<') {
                char c = text.charAt(k + 1);
                if (c == '/' || Character.isLetter(c)) {
                    tags++;
                }
            }
        }
        if (tags >= 20 && tags * 200L >= text.length()) {
            return Optional.of(diagnostic());
        }
        return Optional.empty();
    }

    private static Diagnostic diagnostic() {
        return new Diagnostic(DiagnosticCode.MARKUP,
                "the text looks like HTML or XML source; it is analyzed as plain text (extract the article text first)");
    }
}
