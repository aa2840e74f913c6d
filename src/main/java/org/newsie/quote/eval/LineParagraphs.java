package org.newsie.quote.eval;

import java.util.ArrayList;
import java.util.List;

import org.newsie.model.Paragraph;
import org.newsie.model.ParagraphRole;

/**
 * The simplest layout: one BODY paragraph per non-empty line (line ends and surrounding spaces
 * excluded). For evaluation and tests until the real layout stage is wired in.
 */
public final class LineParagraphs {
    private LineParagraphs() {
    }

    public static List<Paragraph> split(String text) {
        List<Paragraph> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int e = i;
            while (e < n && text.charAt(e) != '\n' && text.charAt(e) != '\r') {
                e++;
            }
            int s = i;
            int t = e;
            while (s < t && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (t > s && Character.isWhitespace(text.charAt(t - 1))) {
                t--;
            }
            if (t > s) {
                out.add(new Paragraph(s, t, ParagraphRole.BODY));
            }
            i = e + 1;
        }
        return out;
    }
}
