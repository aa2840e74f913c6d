import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.stream.IntStream;

/**
 * Builds newsie's second word-cluster set for the name finder, with the JDK only: skip-gram word
 * embeddings with negative sampling (word2vec, Mikolov et al. 2013), then spherical k-means over the
 * embeddings at three numbers of clusters (as the word2vec clusters of Agerri and Rigau 2016,
 * ixa-pipe-nerc).
 *
 * <p>Input: the unlabeled text ({@code .gz}, tokenized as {@code WordClusters.scan} does) and, after
 * {@code --names}, OpenNLP name-sample files whose text (markup removed, one sentence a line) is added
 * to the corpus. The tokenizer is {@code WordClusters}' (copied: a single-file program cannot use another). Word forms keep their case; forms seen fewer than {@code min-count} times are dropped
 * from the corpus, as word2vec does.
 *
 * <p>Training: window 5 (a random window of 1–5 per centre word, as word2vec), 5 negative samples from
 * the unigram distribution raised to 0.75, sub-sampling of frequent words (threshold 1e-4), learning
 * rate 0.025 decaying linearly, single-threaded with a seeded linear congruential generator: the same
 * input and arguments give the same vectors and the same file, byte for byte.
 *
 * <p>Output, one word a line, most frequent first (the format of {@code clusters.tsv}):
 * {@code word TAB cluster-of-k1 TAB cluster-of-k2 TAB cluster-of-k3}, for the {@code words} most frequent
 * forms.
 *
 * <p>Run: {@code java -Xmx4g src/scripts/WordEmbeddings.java OUT.tsv IN.txt.gz [--names FILE...] [--opt value]...}
 * with options {@code --words 100000 --min-count 5 --dims 100 --window 5 --negative 5 --epochs 3
 * --k 1000,500,100 --iterations 20 --seed 1}.
 */
public final class WordEmbeddings {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Path in = Path.of(args[1]);
        List<Path> names = new ArrayList<>();
        Map<String, String> opt = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--names")) {
                while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    names.add(Path.of(args[++i]));
                }
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                opt.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
        }
        int words = Integer.parseInt(opt.getOrDefault("words", "100000"));
        int minCount = Integer.parseInt(opt.getOrDefault("min-count", "5"));
        int dims = Integer.parseInt(opt.getOrDefault("dims", "100"));
        int window = Integer.parseInt(opt.getOrDefault("window", "5"));
        int negative = Integer.parseInt(opt.getOrDefault("negative", "5"));
        int epochs = Integer.parseInt(opt.getOrDefault("epochs", "3"));
        int iterations = Integer.parseInt(opt.getOrDefault("iterations", "20"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "1"));
        int[] ks = Arrays.stream(opt.getOrDefault("k", "1000,500,100").split(",")).mapToInt(Integer::parseInt).toArray();
        if (ks.length != 3) {
            throw new IllegalArgumentException("--k takes three numbers of clusters, finest first");
        }
        long t0 = System.nanoTime();

        // One pass: ids in order of first appearance, counts, the corpus as ids (-1 ends a sentence).
        Map<String, Integer> id = new HashMap<>(1 << 20);
        List<String> forms = new ArrayList<>();
        IntList counts = new IntList();
        IntList corpus = new IntList();
        Consumer<String> sink = tok -> {
            Integer i = id.get(tok);
            if (i == null) {
                i = forms.size();
                id.put(tok, i);
                forms.add(tok);
                counts.add(0);
            }
            counts.a[i]++;
            corpus.add(i);
        };
        scanText(in, sink, () -> corpus.add(-1));
        for (Path p : names) {
            scanNames(p, sink, () -> corpus.add(-1));
        }
        log(t0, "tokens " + (corpus.n) + " (with sentence ends), distinct forms " + forms.size());

        // Vocabulary: forms seen at least minCount times, most frequent first (ties by form).
        Integer[] order = new Integer[forms.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Integer.compare(counts.a[b], counts.a[a]);
            return c != 0 ? c : forms.get(a).compareTo(forms.get(b));
        });
        int[] remap = new int[forms.size()];
        Arrays.fill(remap, -1);
        int v = 0;
        while (v < order.length && counts.a[order[v]] >= minCount) {
            remap[order[v]] = v;
            v++;
        }
        final int vocab = v;
        String[] vocabForm = new String[vocab];
        long[] freq = new long[vocab];
        for (int i = 0; i < vocab; i++) {
            vocabForm[i] = forms.get(order[i]);
            freq[i] = counts.a[order[i]];
        }
        int len = 0;
        long trainWords = 0;
        int[] text = corpus.a;
        for (int i = 0; i < corpus.n; i++) {
            int t = text[i] < 0 ? -1 : remap[text[i]];
            if (t < 0 && text[i] >= 0) {
                continue; // rare form: dropped
            }
            if (t >= 0) {
                trainWords++;
            }
            text[len++] = t;
        }
        log(t0, "vocabulary " + vocab + " forms (min count " + minCount + "), " + trainWords + " tokens kept");

        float[] vec = train(text, len, freq, trainWords, vocab, dims, window, negative, epochs, seed, t0);

        int n = Math.min(words, vocab);
        float[][] unit = new float[n][dims];
        for (int i = 0; i < n; i++) {
            System.arraycopy(vec, i * dims, unit[i], 0, dims);
            normalize(unit[i]);
        }
        int[][] assign = new int[3][];
        for (int l = 0; l < 3; l++) {
            assign[l] = kmeans(unit, ks[l], iterations, new Random(seed * 31 + ks[l]), t0);
        }
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8))) {
            w.write("# newsie embedding clusters: built by src/scripts/WordEmbeddings.java (skip-gram with negative sampling,"
                    + " then spherical k-means) from " + in.getFileName() + " (public domain US Senate press releases)"
                    + (names.isEmpty() ? "" : " and the text of " + names.size() + " name-finder training files") + "\n");
            w.write("# words=" + n + " min-count=" + minCount + " dims=" + dims + " window=" + window + " negative="
                    + negative + " epochs=" + epochs + " k=" + ks[0] + "/" + ks[1] + "/" + ks[2] + " iterations="
                    + iterations + " seed=" + seed + "\n");
            w.write("# format: word TAB cluster (k=" + ks[0] + ") TAB cluster (k=" + ks[1] + ") TAB cluster (k=" + ks[2] + ")\n");
            for (int i = 0; i < n; i++) {
                w.write(vocabForm[i] + "\t" + assign[0][i] + "\t" + assign[1][i] + "\t" + assign[2][i] + "\n");
            }
        }
        log(t0, "wrote " + out);
    }

    /** Skip-gram with negative sampling; returns the input vectors, vocab × dims. */
    static float[] train(int[] text, int len, long[] freq, long trainWords, int vocab, int dims, int window,
            int negative, int epochs, long seed, long t0) {
        final double sample = 1e-4;
        final float startAlpha = 0.025f;
        long rnd = seed;
        float[] syn0 = new float[vocab * dims];
        float[] syn1 = new float[vocab * dims];
        for (int i = 0; i < syn0.length; i++) {
            rnd = rnd * 25214903917L + 11;
            syn0[i] = (((rnd & 0xFFFF) / 65536f) - 0.5f) / dims;
        }
        // unigram^0.75 table for negative samples
        int tableSize = 20_000_000;
        int[] table = new int[tableSize];
        double pow = 0;
        for (int i = 0; i < vocab; i++) {
            pow += Math.pow(freq[i], 0.75);
        }
        int wi = 0;
        double d1 = Math.pow(freq[0], 0.75) / pow;
        for (int a = 0; a < tableSize; a++) {
            table[a] = wi;
            if (a / (double) tableSize > d1 && wi < vocab - 1) {
                wi++;
                d1 += Math.pow(freq[wi], 0.75) / pow;
            }
        }
        // keep probability of each word (word2vec's sub-sampling formula)
        float[] keep = new float[vocab];
        for (int i = 0; i < vocab; i++) {
            double f = freq[i];
            keep[i] = (float) ((Math.sqrt(f / (sample * trainWords)) + 1) * (sample * trainWords) / f);
        }
        final int expTable = 1000;
        final float maxExp = 6;
        float[] sigmoid = new float[expTable + 1];
        for (int i = 0; i <= expTable; i++) {
            double x = Math.exp((i / (double) expTable * 2 - 1) * maxExp);
            sigmoid[i] = (float) (x / (x + 1));
        }
        float[] neu1e = new float[dims];
        int[] sen = new int[1000];
        long total = (long) epochs * trainWords;
        long done = 0;
        float alpha = startAlpha;
        for (int epoch = 0; epoch < epochs; epoch++) {
            int pos = 0;
            long nextLog = 0;
            while (pos < len) {
                // next sentence: up to 1000 kept words before a sentence end
                int sl = 0;
                while (pos < len && sl < sen.length) {
                    int wd = text[pos++];
                    if (wd < 0) {
                        break;
                    }
                    done++;
                    if (keep[wd] < 1) {
                        rnd = rnd * 25214903917L + 11;
                        if (keep[wd] < (rnd & 0xFFFF) / 65536f) {
                            continue;
                        }
                    }
                    sen[sl++] = wd;
                }
                alpha = Math.max(startAlpha * 1e-4f, startAlpha * (1 - done / (float) (total + 1)));
                for (int s = 0; s < sl; s++) {
                    int word = sen[s];
                    rnd = rnd * 25214903917L + 11;
                    int b = (int) Long.remainderUnsigned(rnd, window);
                    for (int a = b; a < window * 2 + 1 - b; a++) {
                        if (a == window) {
                            continue;
                        }
                        int c = s - window + a;
                        if (c < 0 || c >= sl) {
                            continue;
                        }
                        int l1 = sen[c] * dims;
                        Arrays.fill(neu1e, 0);
                        for (int d = 0; d <= negative; d++) {
                            int target;
                            float label;
                            if (d == 0) {
                                target = word;
                                label = 1;
                            } else {
                                rnd = rnd * 25214903917L + 11;
                                target = table[(int) ((rnd >>> 16) % tableSize)];
                                if (target == word) {
                                    continue;
                                }
                                label = 0;
                            }
                            int l2 = target * dims;
                            float f = 0;
                            for (int x = 0; x < dims; x++) {
                                f += syn0[l1 + x] * syn1[l2 + x];
                            }
                            float g;
                            if (f > maxExp) {
                                g = (label - 1) * alpha;
                            } else if (f < -maxExp) {
                                g = label * alpha;
                            } else {
                                g = (label - sigmoid[(int) ((f + maxExp) * (expTable / maxExp / 2))]) * alpha;
                            }
                            for (int x = 0; x < dims; x++) {
                                neu1e[x] += g * syn1[l2 + x];
                            }
                            for (int x = 0; x < dims; x++) {
                                syn1[l2 + x] += g * syn0[l1 + x];
                            }
                        }
                        for (int x = 0; x < dims; x++) {
                            syn0[l1 + x] += neu1e[x];
                        }
                    }
                }
                if (done >= nextLog) {
                    log(t0, String.format(Locale.ROOT, "epoch %d: %.1f%% of all, alpha %.5f", epoch + 1,
                            100.0 * done / total, alpha));
                    nextLog = done + 2_000_000;
                }
            }
        }
        return syn0;
    }

    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}[\\p{L}\\p{N}'&.\\-]*|\\p{N}[\\p{N},.:/\\-]*|[^\\s\\p{L}\\p{N}]");
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}{2})\\.(?=\\p{Lu}\\p{Ll})");
    private static final Set<String> ABBREV = Set.of("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt",
            "Col", "Sgt", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "St", "Mt", "Jan", "Feb", "Aug", "Sept", "Oct",
            "Nov", "Dec", "Prof", "Rev", "Capt", "Adm", "Maj", "Pres", "Dept", "No", "Ft");

    /** The unlabeled text, tokenized exactly as {@code WordClusters.scan} does; every line ends a sentence. */
    static void scanText(Path in, Consumer<String> sink, Runnable sentenceEnd) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(in), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                line = GLUED.matcher(line.replace('\u2019', '\'').replace('\u2018', '\'')
                        .replace('\u201C', '"').replace('\u201D', '"')).replaceAll(". ");
                Matcher m = TOKEN.matcher(line);
                while (m.find()) {
                    emit(m.group(), sink);
                }
                sentenceEnd.run();
            }
        }
    }

    private static void emit(String tok, Consumer<String> sink) {
        String lower = tok.toLowerCase(Locale.ROOT);
        if (tok.length() > 1 && tok.endsWith(".")) {
            String stem = tok.substring(0, tok.length() - 1);
            if (!stem.contains(".") && !ABBREV.contains(stem)) {
                emit(stem, sink);
                sink.accept(".");
                return;
            }
        }
        if (lower.length() > 3 && lower.endsWith("n't")) {
            sink.accept(tok.substring(0, tok.length() - 3));
            sink.accept(tok.substring(tok.length() - 3));
            return;
        }
        if (lower.length() > 2 && lower.endsWith("'s")) {
            sink.accept(tok.substring(0, tok.length() - 2));
            sink.accept(tok.substring(tok.length() - 2));
            return;
        }
        if (lower.length() > 1 && lower.endsWith("'")) {
            sink.accept(tok.substring(0, tok.length() - 1));
            sink.accept("'");
            return;
        }
        sink.accept(tok);
    }

    /** The text of an OpenNLP name-sample file: markup removed, one sentence a line. */
    static void scanNames(Path p, Consumer<String> sink, Runnable sentenceEnd) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                boolean any = false;
                for (String t : line.trim().split("\\s+")) {
                    if (t.isEmpty() || t.equals("<END>") || (t.startsWith("<START") && t.endsWith(">"))) {
                        continue;
                    }
                    sink.accept(t.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"'));
                    any = true;
                }
                if (any) {
                    sentenceEnd.run();
                }
            }
        }
    }

    private static void log(long t0, String msg) {
        System.err.printf(Locale.ROOT, "[%6.1fs] %s%n", (System.nanoTime() - t0) / 1e9, msg);
    }

    private static void normalize(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        if (s > 0) {
            float inv = (float) (1 / Math.sqrt(s));
            for (int d = 0; d < v.length; d++) {
                v[d] *= inv;
            }
        }
    }

    /** Spherical k-means (seeded initial centroids, at most {@code iterations} rounds); the cluster of every vector. */
    static int[] kmeans(float[][] vec, int k, int iterations, Random rnd, long t0) {
        int n = vec.length;
        int dims = vec[0].length;
        int[] perm = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        float[][] cent = new float[k][];
        for (int c = 0; c < k; c++) {
            cent[c] = vec[perm[c]].clone();
        }
        int[] assign = new int[n];
        Arrays.fill(assign, -1);
        for (int it = 0; it < iterations; it++) {
            final float[][] cc = cent;
            int[] next = IntStream.range(0, n).parallel().map(i -> {
                float[] x = vec[i];
                int best = 0;
                float bestDot = Float.NEGATIVE_INFINITY;
                for (int c = 0; c < cc.length; c++) {
                    float[] z = cc[c];
                    float dot = 0;
                    for (int d = 0; d < dims; d++) {
                        dot += x[d] * z[d];
                    }
                    if (dot > bestDot) {
                        bestDot = dot;
                        best = c;
                    }
                }
                return best;
            }).toArray();
            int changed = 0;
            for (int i = 0; i < n; i++) {
                if (next[i] != assign[i]) {
                    changed++;
                }
            }
            assign = next;
            cent = new float[k][dims];
            for (int i = 0; i < n; i++) {
                float[] z = cent[assign[i]];
                for (int d = 0; d < dims; d++) {
                    z[d] += vec[i][d];
                }
            }
            for (int c = 0; c < k; c++) {
                normalize(cent[c]);
                boolean zero = true;
                for (float x : cent[c]) {
                    zero &= x == 0;
                }
                if (zero) {
                    cent[c] = vec[rnd.nextInt(n)].clone(); // an empty cluster: re-seeded with a random word
                }
            }
            log(t0, "k=" + k + " iteration " + (it + 1) + ": " + changed + " changed");
            if (changed == 0) {
                break;
            }
        }
        return assign;
    }

    /** A growable int array. */
    static final class IntList {
        int[] a = new int[1 << 16];
        int n;

        void add(int x) {
            if (n == a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = x;
        }
    }
}
