package org.newsie.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.newsie.model.Diagnostic;
import org.newsie.model.DiagnosticCode;
import org.newsie.model.Paragraph;
import org.newsie.model.TextSpan;

/**
 * Finds quoted stretches at character level, one paragraph at a time, in linear time.
 *
 * <p>Double quotes: curly “…” (a ” that opens a paragraph or follows a space and precedes a letter
 * counts as an opening mark), „…“, straight "…" (opening or closing decided by the characters
 * around it, else by whether a quote is open), the doubled apostrophes ''…'' and ``…'' of NYT
 * texts, and any mix of these (a straight opening mark closed by a curly one). Single quotes
 * ‘…’ and '…' are quotes only at top level (not inside a double quote, where they are part of the
 * enclosing quote's content) and only when an opening and a closing candidate pair up inside the
 * paragraph; apostrophes inside words (Trump’s, don’t), before digits (’90s) and in ’n’ are never
 * marks. A quote never runs past its paragraph: a quote still open at a paragraph's end is a
 * segment with {@code closed=false} when the next analyzed paragraph opens with a quotation mark
 * (the convention for quotes over several paragraphs), else an {@link DiagnosticCode#UNCLOSED_QUOTE}
 * diagnostic. A closing mark with nothing open gives {@link DiagnosticCode#UNOPENED_QUOTE}.
 */
final class QuoteScanner {
    /** A quoted stretch found by the scanner; {@code group} is a scanner-local group number. */
    record Segment(int start, int end, int contentStart, int contentEnd, boolean closed, int paragraph, int group,
                   boolean single) {
    }

    record Result(List<Segment> segments, List<Diagnostic> diagnostics) {
    }

    private enum Dir { OPEN, CLOSE, AMBIGUOUS }

    private static final int MAX_SINGLE = 300;

    private QuoteScanner() {
    }

    static Result scan(String text, List<Paragraph> paragraphs) {
        List<Segment> out = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>();
        int nextGroup = 0;
        int carriedGroup = -1; // group of a quote running on from the previous analyzed paragraph
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph para = paragraphs.get(p);
            if (!para.role().analyzed()) {
                carriedGroup = -1;
                continue;
            }
            int ps = para.start();
            int pe = trimEnd(text, ps, para.end());
            int open = -1;
            int openLen = 0;
            int openGroup = -1;
            int single = -1;
            int i = ps;
            while (i < pe) {
                char c = text.charAt(i);
                int len = 1;
                Dir dir = null;
                boolean isSingle = false;
                if ((c == '`' || c == '\'') && i + 1 < pe && text.charAt(i + 1) == c) {
                    len = 2;
                    dir = c == '`' ? Dir.OPEN : direction(text, ps, pe, i, 2);
                } else if (c == '\u201C' || c == '\u201E' || c == '\u00AB') {
                    dir = Dir.OPEN;
                } else if (c == '\u201D' || c == '\u00BB') {
                    dir = opensWord(text, ps, pe, i, 1) ? Dir.OPEN : Dir.CLOSE;
                } else if (c == '"') {
                    dir = direction(text, ps, pe, i, 1);
                } else if (c == '\u2018' || c == '\u2019' || c == '\'') {
                    isSingle = true;
                }
                if (isSingle) {
                    if (open < 0) {
                        Dir sd = singleDirection(text, ps, pe, i, c);
                        if (sd == Dir.OPEN) {
                            single = i;
                        } else if (sd == Dir.CLOSE && single >= 0) {
                            if (i - single - 1 > 0 && i - single <= MAX_SINGLE) {
                                out.add(new Segment(single, i + 1, single + 1, i, true, p, nextGroup++, true));
                            }
                            single = -1;
                        }
                    }
                    i++;
                    continue;
                }
                if (dir == null) {
                    i++;
                    continue;
                }
                if (dir == Dir.AMBIGUOUS) {
                    dir = open >= 0 ? Dir.CLOSE : Dir.OPEN;
                }
                if (dir == Dir.OPEN) {
                    if (open >= 0) {
                        diags.add(new Diagnostic(DiagnosticCode.UNCLOSED_QUOTE, "quotation mark opened but not closed",
                                Optional.of(TextSpan.of(text, open, open + openLen))));
                    }
                    open = i;
                    openLen = len;
                    openGroup = carriedGroup >= 0 && open == firstMarkCandidate(text, ps, pe) ? carriedGroup : -1;
                    single = -1;
                } else {
                    if (open >= 0) {
                        int g = openGroup >= 0 ? openGroup : nextGroup++;
                        out.add(new Segment(open, i + len, open + openLen, i, true, p, g, false));
                        open = -1;
                    } else {
                        diags.add(new Diagnostic(DiagnosticCode.UNOPENED_QUOTE, "closing quotation mark with none open",
                                Optional.of(TextSpan.of(text, i, i + len))));
                    }
                }
                i += len;
            }
            carriedGroup = -1;
            if (open >= 0) {
                if (nextOpensWithMark(text, paragraphs, p + 1)) {
                    int g = openGroup >= 0 ? openGroup : nextGroup++;
                    out.add(new Segment(open, pe, open + openLen, pe, false, p, g, false));
                    carriedGroup = g;
                } else {
                    diags.add(new Diagnostic(DiagnosticCode.UNCLOSED_QUOTE, "quotation mark opened but not closed",
                            Optional.of(TextSpan.of(text, open, open + openLen))));
                }
            }
        }
        return new Result(out, diags);
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int firstMarkCandidate(String text, int ps, int pe) {
        int i = ps;
        while (i < pe && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean nextOpensWithMark(String text, List<Paragraph> paragraphs, int p) {
        if (p >= paragraphs.size() || !paragraphs.get(p).role().analyzed()) {
            return false;
        }
        Paragraph next = paragraphs.get(p);
        int i = firstMarkCandidate(text, next.start(), next.end());
        if (i >= next.end()) {
            return false;
        }
        char c = text.charAt(i);
        if (c == '\u201C' || c == '\u201E' || c == '"' || c == '\u00AB' || c == '\u201D') {
            return true;
        }
        return i + 1 < next.end() && (c == '`' || c == '\'') && text.charAt(i + 1) == c;
    }

    /** Characters before which a mark opens: start, spaces, brackets, dashes, slashes, other marks. */
    private static boolean leftBoundary(String text, int ps, int i) {
        if (i <= ps) {
            return true;
        }
        char b = text.charAt(i - 1);
        return Character.isWhitespace(b) || "([{\u2014\u2013\u2015-/\u201C\u2018\u00AB".indexOf(b) >= 0;
    }

    /** Characters after which a mark closes: end, spaces, punctuation. */
    private static boolean rightBoundary(String text, int pe, int after) {
        if (after >= pe) {
            return true;
        }
        char a = text.charAt(after);
        return Character.isWhitespace(a) || ".,;:!?)]}\u2014\u2013\u2015-\u2026\u201D\u2019'\"/".indexOf(a) >= 0;
    }

    private static boolean opensWord(String text, int ps, int pe, int i, int len) {
        return leftBoundary(text, ps, i) && i + len < pe && Character.isLetterOrDigit(text.charAt(i + len));
    }

    private static Dir direction(String text, int ps, int pe, int i, int len) {
        boolean left = leftBoundary(text, ps, i);
        boolean right = rightBoundary(text, pe, i + len);
        if (left && !right) {
            return Dir.OPEN;
        }
        if (right && !left) {
            return Dir.CLOSE;
        }
        return Dir.AMBIGUOUS;
    }

    /** Opening, closing or neither (an apostrophe) for a single quotation mark. */
    private static Dir singleDirection(String text, int ps, int pe, int i, char c) {
        char b = i > ps ? text.charAt(i - 1) : ' ';
        char a = i + 1 < pe ? text.charAt(i + 1) : ' ';
        if (Character.isLetterOrDigit(b) && Character.isLetterOrDigit(a)) {
            return null; // don’t, Trump’s
        }
        boolean left = leftBoundary(text, ps, i);
        if (left && Character.isLetterOrDigit(a)) {
            if (Character.isDigit(a) && c != '\u2018') {
                return null; // ’90s
            }
            // ’n’ as in rock ’n’ roll
            if ((a == 'n' || a == 'N') && i + 2 < pe && (text.charAt(i + 2) == '\u2019' || text.charAt(i + 2) == '\'')) {
                return null;
            }
            return c == '\u2019' ? null : Dir.OPEN;
        }
        if (c == '\u2018') {
            return null;
        }
        if (!left && rightBoundary(text, pe, i + 1)) {
            // ’n’ closing part
            if (i >= ps + 2 && (b == 'n' || b == 'N')
                    && (text.charAt(i - 2) == '\u2019' || text.charAt(i - 2) == '\'')) {
                return null;
            }
            return Dir.CLOSE;
        }
        return null;
    }
}
