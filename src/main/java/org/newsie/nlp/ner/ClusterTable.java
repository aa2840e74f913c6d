package org.newsie.nlp.ner;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The word-cluster file ({@code word TAB fine TAB mid TAB coarse}, most frequent word first) indexed
 * where it lies: one {@code String} of the whole file and an open-addressing hash table of line
 * offsets, instead of a map with a {@code String} and a record per word. Reading it is one pass over
 * the text; a word's {@link NerResources.Clusters} is made when it is looked up. Immutable.
 *
 * <p>It reads the file exactly as splitting its lines with {@code split("\t")} would: blank lines and
 * lines starting with {@code #} are skipped, lines with other than four fields are ignored, a word
 * listed twice keeps its last clusters.
 */
final class ClusterTable {
    private static final int REC = 6; // word start, tab 1, tab 2, tab 3, end of field 4 (byte offsets), rank

    private final byte[] data;
    private final int[] rec;
    private final String[][] decoded; // for lines with non-ASCII bytes: word and the three fields; else null
    private final long[] table;       // word hash << 32 | entry + 1; 0 = empty
    private final int shift;

    private ClusterTable(byte[] data, int[] rec, String[][] decoded, long[] table, int shift) {
        this.data = data;
        this.rec = rec;
        this.decoded = decoded;
        this.table = table;
        this.shift = shift;
    }

    /**
     * Indexes the file in one pass over its bytes (most of it runs before the JIT compiler has
     * compiled anything, so the loop is kept plain). Lines with non-ASCII bytes are decoded and
     * split as strings.
     */
    static ClusterTable read(byte[] data) {
        int n = data.length;
        int lines = 1;
        for (byte b : data) {
            if (b == '\n' || b == '\r') {
                lines++;
            }
        }
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(4, lines * 2 - 1));
        long[] table = new long[1 << bits];
        int shift = 32 - bits;
        int mask = table.length - 1;
        int[] rec = new int[REC * lines];
        String[][] decoded = new String[lines][];
        int[] tabs = new int[3];
        int entries = 0;
        int start = 0;
        while (start < n) {
            // one line: [start, end), the word's hash, its tabs, whether it is all ASCII
            int end = start;
            int h = 0;
            int ntabs = 0;
            int lastNonTab = start;
            boolean ascii = true;
            boolean blank = true;
            for (; end < n; end++) {
                byte b = data[end];
                if (b == '\n' || b == '\r') {
                    break;
                }
                if (b < 0) {
                    ascii = false;
                } else if (b == '\t') {
                    if (ntabs < 3) {
                        tabs[ntabs] = end;
                    }
                    ntabs++;
                    continue;
                } else if (blank && !Character.isWhitespace(b)) {
                    blank = false;
                }
                if (ntabs == 0) {
                    h = 31 * h + b;
                }
                lastNonTab = end + 1;
            }
            int next = end + 1;
            if (end + 1 < n && data[end] == '\r' && data[end + 1] == '\n') {
                next = end + 2;
            }
            String[] fields = null;
            boolean keep;
            int end4 = lastNonTab; // field 4 ends before trailing tabs (split drops trailing empty fields)
            if (ascii) {
                int tabsBeforeEnd = 0;
                for (int t = 0; t < Math.min(ntabs, 3); t++) {
                    if (tabs[t] < lastNonTab) {
                        tabsBeforeEnd++;
                    }
                }
                // exactly four fields: three tabs before the last non-tab byte and no fourth one
                keep = !blank && data[start] != '#' && tabsBeforeEnd == 3 && !tabAfter(data, tabs[2] + 1, lastNonTab);
            } else {
                String line = new String(data, start, end - start, StandardCharsets.UTF_8);
                fields = line.split("\t");
                keep = !line.isBlank() && !line.startsWith("#") && fields.length == 4;
                h = fields[0].hashCode();
            }
            if (keep) {
                int slot = (h * 0x9e3779b9) >>> shift;
                int entry = -1;
                while (table[slot] != 0) {
                    int e = (int) table[slot] - 1;
                    if ((int) (table[slot] >>> 32) == h && sameWord(data, rec, decoded, e, fields, start, ascii ? tabs[0] : -1)) {
                        entry = e; // listed again: the later line wins, its rank is the count of words before it
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
                int rank = entries;
                if (entry < 0) {
                    entry = entries++;
                    table[slot] = (long) h << 32 | (entry + 1);
                }
                int r = REC * entry;
                if (ascii) {
                    rec[r] = start;
                    rec[r + 1] = tabs[0];
                    rec[r + 2] = tabs[1];
                    rec[r + 3] = tabs[2];
                    rec[r + 4] = end4;
                    decoded[entry] = null;
                } else {
                    decoded[entry] = fields;
                }
                rec[r + 5] = rank;
            }
            start = next;
        }
        return new ClusterTable(data, rec, decoded, table, shift);
    }

    private static boolean tabAfter(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            if (data[i] == '\t') {
                return true;
            }
        }
        return false;
    }

    /** Whether entry e's word is the candidate's (given as split fields, or as ASCII bytes [from, to)). */
    private static boolean sameWord(byte[] data, int[] rec, String[][] decoded, int e, String[] fields, int from, int to) {
        String word = fields != null ? fields[0] : null;
        if (decoded[e] != null) {
            return word != null ? decoded[e][0].equals(word) : asciiEquals(data, from, to, decoded[e][0]);
        }
        int s = rec[REC * e];
        int t = rec[REC * e + 1];
        return word != null ? asciiEquals(data, s, t, word) : Arrays.equals(data, s, t, data, from, to);
    }

    private static boolean asciiEquals(byte[] data, int from, int to, String s) {
        if (to - from != s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (data[i] != s.charAt(i - from)) {
                return false;
            }
        }
        return true;
    }

    private int entry(String word) {
        int h = word.hashCode();
        int mask = table.length - 1;
        int slot = (h * 0x9e3779b9) >>> shift;
        while (true) {
            long t = table[slot];
            if (t == 0) {
                return -1;
            }
            int e = (int) t - 1;
            if ((int) (t >>> 32) == h) {
                if (decoded[e] != null ? decoded[e][0].equals(word) : asciiEquals(data, rec[REC * e], rec[REC * e + 1], word)) {
                    return e;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    private String field(int e, int f) {
        if (decoded[e] != null) {
            return decoded[e][f];
        }
        int r = REC * e;
        return new String(data, rec[r + f] + 1, rec[r + f + 1] - rec[r + f] - 1, StandardCharsets.ISO_8859_1);
    }

    /** The word's clusters (exact form), or null. */
    NerResources.Clusters get(String word) {
        int e = entry(word);
        return e < 0 ? null : new NerResources.Clusters("f" + field(e, 1), "m" + field(e, 2), "c" + field(e, 3));
    }

    /** The word's frequency rank (0 = first word of the file), or -1. */
    int rank(String word) {
        int e = entry(word);
        return e < 0 ? -1 : rec[REC * e + 5];
    }
}
