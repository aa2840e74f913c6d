package org.newsie.nlp.ner;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.model.Context;

/**
 * The weights of an OpenNLP perceptron model in a compact, immutable table: one record per predicate
 * (its label as modified UTF-8 bytes, its outcome pattern and its parameters, side by side) in one
 * byte array, found through an open-addressing hash table. It holds exactly what OpenNLP's
 * {@code PerceptronModel} holds in a quarter of the memory (10.5 MB instead of 41 MB for the shipped
 * model: a parameter is a 2-byte index into the model's few distinct values), and it is read straight
 * from the model file's bytes without making a {@code String} or a {@code Context} per predicate,
 * which was most of the name finder's start-up time.
 */
final class PerceptronWeights {
    private final String[] outcomes;
    private final int[][] patterns;  // outcome indexes of each pattern
    // the distinct parameter values: a perceptron's averaged weights take few values (2,613 in the
    // shipped model's 637,000 parameters), so a record holds 2-byte indexes into this small array, which
    // stays in the CPU cache, instead of 8-byte doubles (the same doubles, bit for bit)
    private final double[] values;
    private final boolean wideValues; // more than 65,536 distinct values: 4-byte indexes
    // one record per predicate, so that a lookup touches one place after the hash table: label length
    // (2 bytes), pattern (2 bytes), the label (modified UTF-8), the parameters (indexes into values)
    private final byte[] blob;
    private final int[] handles;     // predicate index -> its record's offset in blob
    private final long[] table;      // open addressing: label hash << 32 | handle + 1; 0 = empty
    private final int shift;
    private final int mask;

    /**
     * @param keys       holds the labels: predicate i's is keys[keyFrom[i], keyFrom[i] + keyLen[i])
     * @param params     the parameters as big-endian doubles; predicate i's start at byte paramsFrom + 8 * paramStart[i]
     */
    private PerceptronWeights(String[] outcomes, byte[] keys, int[] keyFrom, int[] keyLen, int[] keyHash, int[][] patterns,
            int[] predPattern, byte[] params, int paramsFrom, int[] paramStart) throws IOException {
        this.outcomes = outcomes;
        this.patterns = patterns;
        if (patterns.length > 0xffff) {
            throw new IOException("more than 65,535 outcome patterns");
        }
        int n = keyHash.length;
        // the distinct values, by their bits
        int total = 0;
        for (int i = 0; i < n; i++) {
            total += patterns[predPattern[i]].length;
        }
        ValueIndex index = new ValueIndex(Math.min(total, 1 << 16));
        int[] valueOf = new int[total];
        for (int i = 0, v = 0; i < n; i++) {
            int at = paramsFrom + 8 * paramStart[i];
            for (int j = patterns[predPattern[i]].length; j > 0; j--, v++, at += 8) {
                valueOf[v] = index.id(bits(params, at));
            }
        }
        this.values = index.values();
        this.wideValues = values.length > 1 << 16;
        int valueBytes = wideValues ? 4 : 2;
        this.handles = new int[n];
        long size = 0;
        for (int i = 0; i < n; i++) {
            size += 4 + keyLen[i] + (long) valueBytes * patterns[predPattern[i]].length;
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException("model too large: " + size + " bytes of weights");
        }
        this.blob = new byte[(int) size];
        int off = 0;
        for (int i = 0, v = 0; i < n; i++) {
            int len = keyLen[i];
            if (len > 0xffff) {
                throw new IOException("a predicate label longer than 65,535 bytes");
            }
            handles[i] = off;
            blob[off] = (byte) (len >>> 8);
            blob[off + 1] = (byte) len;
            blob[off + 2] = (byte) (predPattern[i] >>> 8);
            blob[off + 3] = (byte) predPattern[i];
            System.arraycopy(keys, keyFrom[i], blob, off + 4, len);
            off += 4 + len;
            for (int j = patterns[predPattern[i]].length; j > 0; j--, v++) {
                int id = valueOf[v];
                if (wideValues) {
                    blob[off++] = (byte) (id >>> 24);
                    blob[off++] = (byte) (id >>> 16);
                }
                blob[off++] = (byte) (id >>> 8);
                blob[off++] = (byte) id;
            }
        }
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(4, n * 2 - 1));
        this.table = new long[1 << bits];
        this.shift = 32 - bits;
        this.mask = table.length - 1;
        for (int i = 0; i < n; i++) {
            int slot = slot(keyHash[i]);
            long entry = (long) keyHash[i] << 32 | (handles[i] + 1);
            while (true) {
                long t = table[slot];
                if (t == 0) {
                    table[slot] = entry;
                    break;
                }
                // a repeated label: the later one wins, as in OpenNLP's map
                if ((int) (t >>> 32) == keyHash[i] && sameKey(handles[i], (int) t - 1)) {
                    table[slot] = entry;
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
    }

    /** The distinct doubles (by their bits) in first-seen order: an open-addressing map from bits to index. */
    private static final class ValueIndex {
        private long[] keys;
        private int[] ids; // id + 1; 0 = empty
        private double[] values;
        private int size;

        ValueIndex(int expected) {
            int cap = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
            keys = new long[cap];
            ids = new int[cap];
            values = new double[Math.max(16, expected)];
        }

        int id(long bits) {
            int m = keys.length - 1;
            int slot = (int) ((bits ^ (bits >>> 32)) * 0x9e3779b9L >>> 16) & m;
            while (ids[slot] != 0) {
                if (keys[slot] == bits) {
                    return ids[slot] - 1;
                }
                slot = (slot + 1) & m;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size] = Double.longBitsToDouble(bits);
            keys[slot] = bits;
            ids[slot] = ++size;
            if (size * 2 > keys.length) {
                rehash();
            }
            return size - 1;
        }

        private void rehash() {
            long[] oldKeys = keys;
            int[] oldIds = ids;
            keys = new long[oldKeys.length * 2];
            ids = new int[oldKeys.length * 2];
            int m = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldIds[i] != 0) {
                    long bits = oldKeys[i];
                    int slot = (int) ((bits ^ (bits >>> 32)) * 0x9e3779b9L >>> 16) & m;
                    while (ids[slot] != 0) {
                        slot = (slot + 1) & m;
                    }
                    keys[slot] = bits;
                    ids[slot] = oldIds[i];
                }
            }
        }

        double[] values() {
            return Arrays.copyOf(values, size);
        }
    }

    private static long bits(byte[] b, int at) {
        return (long) b[at] << 56 | (b[at + 1] & 0xffL) << 48 | (b[at + 2] & 0xffL) << 40 | (b[at + 3] & 0xffL) << 32
                | (b[at + 4] & 0xffL) << 24 | (b[at + 5] & 0xffL) << 16 | (b[at + 6] & 0xffL) << 8 | (b[at + 7] & 0xffL);
    }

    private int labelLength(int handle) {
        return (blob[handle] & 0xff) << 8 | (blob[handle + 1] & 0xff);
    }

    private int[] pattern(int handle) {
        return patterns[(blob[handle + 2] & 0xff) << 8 | (blob[handle + 3] & 0xff)];
    }

    /** The j-th parameter of the record whose parameters start at p. */
    private double param(int p, int j) {
        byte[] b = blob;
        if (wideValues) {
            int at = p + 4 * j;
            return values[(b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff)];
        }
        int at = p + 2 * j;
        return values[(b[at] & 0xff) << 8 | (b[at + 1] & 0xff)];
    }

    /**
     * Reads the binary perceptron format OpenNLP writes ({@code BinaryPerceptronModelWriter}): the
     * type "Perceptron", the outcome labels, the outcome patterns (a count of predicates followed by
     * outcome indexes), the predicate labels, then the parameters of each predicate, pattern by pattern.
     *
     * @return the weights, or {@code null} when the bytes are not a perceptron model
     */
    static PerceptronWeights read(byte[] model) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(model); // big-endian, as DataOutputStream writes
        try {
            if (!"Perceptron".equals(utf(in))) {
                return null;
            }
            String[] outcomes = new String[in.getInt()];
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = utf(in);
            }
            int[][] patterns = new int[in.getInt()][];
            int[] patternCount = new int[patterns.length];
            for (int i = 0; i < patterns.length; i++) {
                String[] f = utf(in).split(" ");
                patternCount[i] = Integer.parseInt(f[0]);
                patterns[i] = new int[f.length - 1];
                for (int j = 1; j < f.length; j++) {
                    patterns[i][j - 1] = Integer.parseInt(f[j]);
                }
            }
            int n = in.getInt();
            int[] keyFrom = new int[n];
            int[] keyLen = new int[n];
            int[] keyHash = new int[n];
            for (int i = 0; i < n; i++) {
                int len = in.getShort() & 0xffff;
                int start = in.position();
                keyFrom[i] = start;
                keyLen[i] = len;
                keyHash[i] = hash(model, start, start + len);
                in.position(start + len);
            }
            int[] predPattern = new int[n];
            int[] paramStart = new int[n];
            int pred = 0;
            long total = 0;
            for (int i = 0; i < patterns.length; i++) {
                for (int k = 0; k < patternCount[i]; k++, pred++) {
                    predPattern[pred] = i;
                    paramStart[pred] = (int) total;
                    total += patterns[i].length;
                }
            }
            if (pred != n) {
                throw new IOException("the outcome patterns cover " + pred + " predicates, not " + n);
            }
            if (in.remaining() != 8 * total) {
                throw new IOException(in.remaining() + " bytes of parameters, not " + 8 * total);
            }
            return new PerceptronWeights(outcomes, model, keyFrom, keyLen, keyHash, patterns, predPattern, model, in.position(),
                    paramStart);
        } catch (RuntimeException e) { // BufferUnderflowException, NumberFormatException …
            throw new IOException("not a readable perceptron model: " + e, e);
        }
    }

    /** The weights of a loaded model's predicate map (for models that were not read from bytes). */
    static PerceptronWeights of(Map<String, Context> predicates, String[] outcomes) {
        int n = predicates.size();
        byte[][] labels = new byte[n][];
        int[] keyFrom = new int[n];
        int[] keyLen = new int[n];
        int[] keyHash = new int[n];
        int[] predPattern = new int[n];
        Map<String, Integer> patternIds = new HashMap<>();
        List<int[]> patterns = new ArrayList<>();
        int[] paramStart = new int[n];
        int i = 0;
        int keyTotal = 0;
        int total = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            labels[i] = modifiedUtf8(e.getKey());
            keyFrom[i] = keyTotal;
            keyLen[i] = labels[i].length;
            keyTotal += labels[i].length;
            keyHash[i] = e.getKey().hashCode();
            int[] os = e.getValue().getOutcomes();
            predPattern[i] = patternIds.computeIfAbsent(Arrays.toString(os), k -> {
                patterns.add(os.clone());
                return patterns.size() - 1;
            });
            paramStart[i] = total;
            total += e.getValue().getParameters().length;
            i++;
        }
        byte[] keys = new byte[keyTotal];
        ByteBuffer params = ByteBuffer.allocate(8 * total); // big-endian, as in the model file
        i = 0;
        for (Context c : predicates.values()) {
            System.arraycopy(labels[i], 0, keys, keyFrom[i], labels[i].length);
            for (double d : c.getParameters()) {
                params.putDouble(d);
            }
            i++;
        }
        try {
            return new PerceptronWeights(outcomes.clone(), keys, keyFrom, keyLen, keyHash, patterns.toArray(new int[0][]),
                    predPattern, params.array(), 0, paramStart);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    String[] outcomes() {
        return outcomes;
    }

    int numPredicates() {
        return handles.length;
    }

    /** The handle of a predicate (for {@link #add(int, double[])}), or -1 when the model does not know it. */
    int predicate(String label) {
        int h = label.hashCode();
        int slot = slot(h);
        while (true) {
            long t = table[slot];
            if (t == 0) {
                return -1;
            }
            if ((int) (t >>> 32) == h && keyEquals((int) t - 1, label)) {
                return (int) t - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * Looks up many labels at once: {@code out[i]} becomes the handle of {@code labels[i]} (or -1), for
     * i &lt; n, as {@link #predicate(String)} would give. The table is far larger than the CPU's caches,
     * so a lookup mostly waits for memory; here the table entries of all labels are loaded first, then
     * the records they point to, then the labels are compared, so that the cache misses of different
     * labels overlap instead of following one another.
     *
     * @param slots   scratch space of at least n ints
     * @param entries scratch space of at least n longs
     */
    void predicates(String[] labels, int n, int[] out, int[] slots, long[] entries) {
        long[] t = table;
        for (int i = 0; i < n; i++) {
            int slot = slot(labels[i].hashCode());
            slots[i] = slot;
            entries[i] = t[slot];
        }
        // the records of the entries whose hash matches: their label lengths (used below)
        byte[] b = blob;
        for (int i = 0; i < n; i++) {
            long e = entries[i];
            if (e != 0 && (int) (e >>> 32) == labels[i].hashCode()) {
                int handle = (int) e - 1;
                out[i] = (b[handle] & 0xff) << 8 | (b[handle + 1] & 0xff);
            }
        }
        for (int i = 0; i < n; i++) {
            String label = labels[i];
            int h = label.hashCode();
            int slot = slots[i];
            long e = entries[i];
            int found = -1;
            while (e != 0) {
                if ((int) (e >>> 32) == h && keyEquals((int) e - 1, label)) {
                    found = (int) e - 1;
                    break;
                }
                slot = (slot + 1) & mask;
                e = t[slot];
            }
            out[i] = found;
        }
    }

    /** The handle of the predicate with this index (file order). */
    int handle(int index) {
        return handles[index];
    }

    /**
     * Adds a predicate's parameters to the outcome sums, in the order and with the arithmetic of
     * OpenNLP's {@code ArrayMath.sumFeatures} (feature value 1), so the sums are the same doubles.
     */
    void add(int handle, double[] sums) {
        int[] os = pattern(handle);
        int p = handle + 4 + labelLength(handle);
        for (int j = 0; j < os.length; j++) {
            sums[os[j]] += param(p, j) * 1d;
        }
    }

    /** Adds the feature's parameters when the model knows it. */
    void add(String feature, double[] sums) {
        int h = predicate(feature);
        if (h >= 0) {
            add(h, sums);
        }
    }

    /** The outcome indexes and parameters of a predicate, as OpenNLP's {@code Context} has them (for tests). */
    Context context(int handle) {
        int[] os = pattern(handle);
        int p = handle + 4 + labelLength(handle);
        double[] ps = new double[os.length];
        for (int j = 0; j < os.length; j++) {
            ps[j] = param(p, j);
        }
        return new Context(os, ps);
    }

    /** The label of a predicate (for tests). */
    String label(int handle) {
        return decode(blob, handle + 4, handle + 4 + labelLength(handle));
    }

    /** Fibonacci hashing: String hashes of similar labels differ mostly in their low bits. */
    private int slot(int h) {
        return (h * 0x9e3779b9) >>> shift;
    }

    private boolean sameKey(int a, int b) {
        return Arrays.equals(blob, a + 4, a + 4 + labelLength(a), blob, b + 4, b + 4 + labelLength(b));
    }

    /** Whether the predicate's label, decoded from modified UTF-8, is the string. */
    private boolean keyEquals(int handle, String s) {
        int p = handle + 4;
        int end = p + labelLength(handle);
        byte[] keys = blob;
        int n = s.length();
        int k = 0;
        while (p < end) {
            if (k == n) {
                return false;
            }
            int b = keys[p] & 0xff;
            char c;
            if (b < 0x80) {
                c = (char) b;
                p++;
            } else if ((b & 0xe0) == 0xc0) {
                c = (char) (((b & 0x1f) << 6) | (keys[p + 1] & 0x3f));
                p += 2;
            } else {
                c = (char) (((b & 0x0f) << 12) | ((keys[p + 1] & 0x3f) << 6) | (keys[p + 2] & 0x3f));
                p += 3;
            }
            if (c != s.charAt(k++)) {
                return false;
            }
        }
        return k == n;
    }

    /** String.hashCode() of the modified UTF-8 bytes' characters. */
    private static int hash(byte[] b, int from, int to) {
        int h = 0;
        int p = from;
        while (p < to) {
            int x = b[p] & 0xff;
            if (x < 0x80) {
                h = 31 * h + x;
                p++;
            } else if ((x & 0xe0) == 0xc0) {
                h = 31 * h + (((x & 0x1f) << 6) | (b[p + 1] & 0x3f));
                p += 2;
            } else {
                h = 31 * h + (char) (((x & 0x0f) << 12) | ((b[p + 1] & 0x3f) << 6) | (b[p + 2] & 0x3f));
                p += 3;
            }
        }
        return h;
    }

    private static String decode(byte[] b, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        int p = from;
        while (p < to) {
            int x = b[p] & 0xff;
            if (x < 0x80) {
                sb.append((char) x);
                p++;
            } else if ((x & 0xe0) == 0xc0) {
                sb.append((char) (((x & 0x1f) << 6) | (b[p + 1] & 0x3f)));
                p += 2;
            } else {
                sb.append((char) (((x & 0x0f) << 12) | ((b[p + 1] & 0x3f) << 6) | (b[p + 2] & 0x3f)));
                p += 3;
            }
        }
        return sb.toString();
    }

    /** DataOutputStream.writeUTF's encoding, without the length. */
    private static byte[] modifiedUtf8(String s) {
        byte[] out = new byte[s.length() * 3];
        int p = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x01 && c < 0x80) {
                out[p++] = (byte) c;
            } else if (c < 0x800) {
                out[p++] = (byte) (0xc0 | (c >> 6));
                out[p++] = (byte) (0x80 | (c & 0x3f));
            } else {
                out[p++] = (byte) (0xe0 | (c >> 12));
                out[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                out[p++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        return Arrays.copyOf(out, p);
    }

    private static String utf(ByteBuffer in) {
        int len = in.getShort() & 0xffff;
        String s = decode(in.array(), in.position(), in.position() + len);
        in.position(in.position() + len);
        return s;
    }
}
