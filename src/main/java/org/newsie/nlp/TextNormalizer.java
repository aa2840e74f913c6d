package org.newsie.nlp;

/**
 * Same-length character substitutions that bring news text closer to the text OpenNLP's models
 * were trained on: curly quotation marks and apostrophes become straight ones, exotic spaces and control
 * characters become plain spaces. Because every character maps to exactly one character, offsets into the normalized
 * text are offsets into the original text.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** The normalized form of one character. */
    public static char normalize(char c) {
        switch (c) {
            case '\u2018': // ‘
            case '\u2019': // ’
            case '\u201A': // ‚
            case '\u201B': // ‛
            case '\u2032': // ′
            case '\u00B4': // ´
            case '`':
                return '\'';
            case '\u201C': // “
            case '\u201D': // ”
            case '\u201E': // „
            case '\u201F': // ‟
            case '\u2033': // ″
            case '\u00AB': // «
            case '\u00BB': // »
                return '"';
            case '\u00A0': // no-break space
            case '\u2007':
            case '\u2009':
            case '\u200A':
            case '\u202F':
            case '\u2002':
            case '\u2003':
            case '\t':
                return ' ';
            default:
                // other control characters (not line ends) count as spaces
                return (c < 0x20 && c != '\n' && c != '\r') || c == 0x7F ? ' ' : c;
        }
    }

    /** {@code text.substring(start, end)} normalized; same length. */
    public static String normalize(String text, int start, int end) {
        char[] out = new char[end - start];
        for (int i = start; i < end; i++) {
            out[i - start] = normalize(text.charAt(i));
        }
        return new String(out);
    }

    public static String normalize(String text) {
        return normalize(text, 0, text.length());
    }
}
