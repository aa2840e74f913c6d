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
 * The weights of an OpenNLP perceptron model in a compact, immutable table: the predicate strings as
 * modified UTF-8 bytes in one array with an open-addressing hash index, the parameters in one
 * {@code double[]}. It holds exactly what OpenNLP's {@code PerceptronModel} holds (a predicate's
 * outcomes and parameters, in file order), in about a fifth of the memory, and it is read straight
 * from the model file's bytes without making a {@code String} or a {@code Context} per predicate,
 * which is most of the name finder's start-up time.
 */
final class PerceptronWeights {
    private final String[] outcomes;
    private final byte[] keys;       // predicate labels, modified UTF-8, back to back
    // per predicate i: rec[3i] where its label starts in keys (it ends where predicate i + 1's starts),
    // rec[3i + 1] where its parameters start in params, rec[3i + 2] its outcome pattern
    private final int[] rec;
    private final int[][] patterns;  // outcome indexes of each pattern
    private final double[] params;
    private final long[] table;      // open addressing: label hash << 32 | predicate index + 1; 0 = empty
    private final int shift;

    private PerceptronWeights(String[] outcomes, byte[] keys, int[] keyStart, int[] keyHash, int[][] patterns,
            int[] predPattern, int[] paramStart, double[] params) {
        this.outcomes = outcomes;
        this.keys = keys;
        this.patterns = patterns;
        this.params = params;
        int n = keyHash.length;
        this.rec = new int[3 * n + 3];
        for (int i = 0; i < n; i++) {
            rec[3 * i] = keyStart[i];
            rec[3 * i + 1] = paramStart[i];
            rec[3 * i + 2] = predPattern[i];
        }
        rec[3 * n] = keyStart[n];
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(4, n * 2 - 1));
        this.table = new long[1 << bits];
        this.shift = 32 - bits;
        int mask = table.length - 1;
        for (int i = 0; i < n; i++) {
            int slot = slot(keyHash[i]);
            long entry = (long) keyHash[i] << 32 | (i + 1);
            while (true) {
                long t = table[slot];
                if (t == 0) {
                    table[slot] = entry;
                    break;
                }
                // a repeated label: the later one wins, as in OpenNLP's map
                if ((int) (t >>> 32) == keyHash[i] && sameKey(i, (int) t - 1)) {
                    table[slot] = entry;
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
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
            int[] keyStart = new int[n + 1];
            int[] keyHash = new int[n];
            int keysFrom = in.position();
            for (int i = 0; i < n; i++) {
                int len = in.getShort() & 0xffff;
                int start = in.position();
                keyStart[i] = start - keysFrom - 2 * (i + 1);
                keyHash[i] = hash(model, start, start + len);
                in.position(start + len);
            }
            int keysEnd = in.position();
            keyStart[n] = keysEnd - keysFrom - 2 * n;
            // the labels without their length prefixes
            byte[] keys = new byte[keyStart[n]];
            int p = keysFrom;
            for (int i = 0; i < n; i++) {
                int len = keyStart[i + 1] - keyStart[i];
                System.arraycopy(model, p + 2, keys, keyStart[i], len);
                p += 2 + len;
            }
            int[] predPattern = new int[n];
            int[] paramStart = new int[n];
            int pred = 0;
            int total = 0;
            for (int i = 0; i < patterns.length; i++) {
                for (int k = 0; k < patternCount[i]; k++, pred++) {
                    predPattern[pred] = i;
                    paramStart[pred] = total;
                    total += patterns[i].length;
                }
            }
            if (pred != n) {
                throw new IOException("the outcome patterns cover " + pred + " predicates, not " + n);
            }
            double[] params = new double[total];
            in.asDoubleBuffer().get(params);
            return new PerceptronWeights(outcomes, keys, keyStart, keyHash, patterns, predPattern, paramStart, params);
        } catch (RuntimeException e) { // BufferUnderflowException, NumberFormatException …
            throw new IOException("not a readable perceptron model: " + e, e);
        }
    }

    /** The weights of a loaded model's predicate map (for models that were not read from bytes). */
    static PerceptronWeights of(Map<String, Context> predicates, String[] outcomes) {
        int n = predicates.size();
        byte[][] labels = new byte[n][];
        int[] keyStart = new int[n + 1];
        int[] keyHash = new int[n];
        int[] predPattern = new int[n];
        Map<String, Integer> patternIds = new HashMap<>();
        List<int[]> patterns = new ArrayList<>();
        int[] paramStart = new int[n];
        int i = 0;
        int total = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            labels[i] = modifiedUtf8(e.getKey());
            keyStart[i + 1] = keyStart[i] + labels[i].length;
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
        byte[] keys = new byte[keyStart[n]];
        double[] params = new double[total];
        i = 0;
        for (Context c : predicates.values()) {
            System.arraycopy(labels[i], 0, keys, keyStart[i], labels[i].length);
            System.arraycopy(c.getParameters(), 0, params, paramStart[i], c.getParameters().length);
            i++;
        }
        return new PerceptronWeights(outcomes.clone(), keys, keyStart, keyHash, patterns.toArray(new int[0][]), predPattern,
                paramStart, params);
    }

    String[] outcomes() {
        return outcomes;
    }

    int numPredicates() {
        return rec.length / 3 - 1;
    }

    /** The index of a predicate, or -1 when the model does not know it. */
    int predicate(String label) {
        int h = label.hashCode();
        int mask = table.length - 1;
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
     * Adds a predicate's parameters to the outcome sums, in the order and with the arithmetic of
     * OpenNLP's {@code ArrayMath.sumFeatures} (feature value 1), so the sums are the same doubles.
     */
    void add(int predicate, double[] sums) {
        int[] os = patterns[rec[3 * predicate + 2]];
        int p = rec[3 * predicate + 1];
        for (int j = 0; j < os.length; j++) {
            sums[os[j]] += params[p + j] * 1d;
        }
    }

    /** Adds the feature's parameters when the model knows it. */
    void add(String feature, double[] sums) {
        int i = predicate(feature);
        if (i >= 0) {
            add(i, sums);
        }
    }

    /** The outcome indexes and parameters of a predicate, as OpenNLP's {@code Context} has them (for tests). */
    Context context(int predicate) {
        int[] os = patterns[rec[3 * predicate + 2]];
        int p = rec[3 * predicate + 1];
        return new Context(os, Arrays.copyOfRange(params, p, p + os.length));
    }

    /** The label of a predicate (for tests). */
    String label(int predicate) {
        return decode(keys, rec[3 * predicate], rec[3 * predicate + 3]);
    }

    /** Fibonacci hashing: String hashes of similar labels differ mostly in their low bits. */
    private int slot(int h) {
        return (h * 0x9e3779b9) >>> shift;
    }

    private boolean sameKey(int a, int b) {
        return Arrays.equals(keys, rec[3 * a], rec[3 * a + 3], keys, rec[3 * b], rec[3 * b + 3]);
    }

    /** Whether predicate i's label, decoded from modified UTF-8, is the string. */
    private boolean keyEquals(int i, String s) {
        int p = rec[3 * i];
        int end = rec[3 * i + 3];
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
