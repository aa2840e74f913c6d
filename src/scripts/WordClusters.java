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
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

/**
 * Builds newsie's word clusters for the name finder from unlabeled text, with the JDK only.
 *
 * <p>Method (distributional clustering, in the spirit of Clark 2003 / the k-means-over-vectors clusters
 * of Agerri and Rigau 2016): every one of the most frequent {@code words} word forms (case kept) gets a
 * context vector of its immediate left and right neighbours (the {@code contexts} most frequent forms,
 * plus one "other" slot per side), weighted by positive PMI, reduced to {@code dims} dimensions by a
 * seeded Gaussian random projection and L2-normalized; spherical k-means (seeded, fixed iterations)
 * groups them into {@code k} fine clusters; the fine centroids are clustered again into 2 coarser
 * levels. Output, one word a line: {@code word TAB fine TAB mid TAB coarse}, most frequent first.
 *
 * <p>Run: {@code java -Xmx3g src/scripts/WordClusters.java IN.txt.gz OUT.tsv [words contexts dims k mid coarse iterations window]}
 * (Java 17 single-file launch; deterministic for the same input and arguments).
 */
public final class WordClusters {
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}[\\p{L}\\p{N}'&.\\-]*|\\p{N}[\\p{N},.:/\\-]*|[^\\s\\p{L}\\p{N}]");
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}{2})\\.(?=\\p{Lu}\\p{Ll})");
    private static final Set<String> ABBREV = Set.of("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt",
            "Col", "Sgt", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "St", "Mt", "Jan", "Feb", "Aug", "Sept", "Oct",
            "Nov", "Dec", "Prof", "Rev", "Capt", "Adm", "Maj", "Pres", "Dept", "No", "Ft");

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int words = arg(args, 2, 60000);
        int contexts = arg(args, 3, 1000);
        int dims = arg(args, 4, 160);
        int k = arg(args, 5, 800);
        int mid = arg(args, 6, 160);
        int coarse = arg(args, 7, 40);
        int iterations = arg(args, 8, 15);
        int window = arg(args, 9, 1); // 1: neighbours at -1, +1; 2: also at -2, +2
        long t0 = System.nanoTime();

        Map<String, int[]> counts = new HashMap<>(1 << 20);
        long[] total = {0};
        scan(in, tok -> {
            counts.computeIfAbsent(tok, x -> new int[1])[0]++;
            total[0]++;
        });
        List<String> vocab = new ArrayList<>(counts.keySet());
        vocab.sort((a, b) -> {
            int c = Integer.compare(counts.get(b)[0], counts.get(a)[0]);
            return c != 0 ? c : a.compareTo(b);
        });
        log(t0, "tokens " + total[0] + ", distinct " + vocab.size());
        int n = Math.min(words, vocab.size());
        int nc = Math.min(contexts, vocab.size());
        Map<String, Integer> id = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            id.put(vocab.get(i), i);
        }
        int block = nc + 1;
        int width = 2 * window * block;
        int[][] cooc = new int[n][width];
        int[] prev = {-1, -1}; // ids of the previous two tokens (n for an out-of-vocabulary one)
        scan(in, tok -> {
            Integer cur = id.get(tok);
            int c = cur == null ? n : cur;
            for (int d = 1; d <= window; d++) {
                int p = prev[d - 1];
                if (p < 0) {
                    continue;
                }
                if (c < n) { // context of cur at -d = p
                    cooc[c][(2 * (d - 1)) * block + (p < nc ? p : nc)]++;
                }
                if (p < n) { // context of p at +d = cur
                    cooc[p][(2 * (d - 1) + 1) * block + (c < nc ? c : nc)]++;
                }
            }
            prev[1] = prev[0];
            prev[0] = c;
        });
        log(t0, "co-occurrences counted for " + n + " words");

        // PPMI weighting, random projection, normalization.
        double[] colSum = new double[width];
        double grand = 0;
        double[] rowSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < width; j++) {
                colSum[j] += cooc[i][j];
                rowSum[i] += cooc[i][j];
            }
            grand += rowSum[i];
        }
        Random rnd = new Random(20260124L);
        float[][] proj = new float[width][dims];
        for (float[] row : proj) {
            for (int d = 0; d < dims; d++) {
                row[d] = (float) rnd.nextGaussian();
            }
        }
        float[][] vec = new float[n][];
        final double g = grand;
        IntStream.range(0, n).parallel().forEach(i -> {
            float[] v = new float[dims];
            for (int j = 0; j < width; j++) {
                int c = cooc[i][j];
                if (c == 0 || rowSum[i] == 0) {
                    continue;
                }
                double pmi = Math.log(c * g / (rowSum[i] * Math.pow(colSum[j], 0.75) * Math.pow(g, 0.25)));
                if (pmi > 0) {
                    float w = (float) pmi;
                    float[] r = proj[j];
                    for (int d = 0; d < dims; d++) {
                        v[d] += w * r[d];
                    }
                }
            }
            normalize(v);
            vec[i] = v;
        });
        log(t0, "vectors ready");

        int[] fine = kmeans(vec, k, iterations, new Random(7), t0, "fine");
        float[][] fineCentroids = centroids(vec, fine, k, dims);
        int[] midOfFine = kmeans(fineCentroids, mid, iterations * 2, new Random(11), t0, "mid");
        float[][] midCentroids = centroids(fineCentroids, midOfFine, mid, dims);
        int[] coarseOfMid = kmeans(midCentroids, coarse, iterations * 2, new Random(13), t0, "coarse");

        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8))) {
            w.write("# newsie word clusters: built by src/scripts/WordClusters.java from " + in.getFileName()
                    + " (public domain US Senate press releases); words=" + n + " contexts=" + nc + " dims=" + dims
                    + " k=" + k + "/" + mid + "/" + coarse + " iterations=" + iterations + " window=" + window + "\n");
            w.write("# format: word TAB fine-cluster TAB mid-cluster TAB coarse-cluster\n");
            for (int i = 0; i < n; i++) {
                int f = fine[i];
                int m = midOfFine[f];
                w.write(vocab.get(i) + "\t" + f + "\t" + m + "\t" + coarseOfMid[m] + "\n");
            }
        }
        log(t0, "wrote " + out);
    }

    private static int arg(String[] args, int i, int def) {
        return args.length > i ? Integer.parseInt(args[i]) : def;
    }

    private static void log(long t0, String msg) {
        System.err.printf(Locale.ROOT, "[%6.1fs] %s%n", (System.nanoTime() - t0) / 1e9, msg);
    }

    /** Tokenizes the text roughly the way the name finder's training data is (PTB-style clitics). */
    static void scan(Path in, Consumer<String> sink) throws IOException {
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

    /** Spherical k-means; returns the cluster of every vector. */
    static int[] kmeans(float[][] vec, int k, int iterations, Random rnd, long t0, String name) {
        int n = vec.length;
        int dims = vec[0].length;
        k = Math.min(k, n);
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
            int[] changed = new int[1];
            int kk = k;
            int[] next = IntStream.range(0, n).parallel().map(i -> {
                float[] v = vec[i];
                int best = 0;
                float bestDot = Float.NEGATIVE_INFINITY;
                for (int c = 0; c < kk; c++) {
                    float[] z = cc[c];
                    float dot = 0;
                    for (int d = 0; d < dims; d++) {
                        dot += v[d] * z[d];
                    }
                    if (dot > bestDot) {
                        bestDot = dot;
                        best = c;
                    }
                }
                return best;
            }).toArray();
            for (int i = 0; i < n; i++) {
                if (next[i] != assign[i]) {
                    changed[0]++;
                }
            }
            assign = next;
            cent = centroids(vec, assign, k, dims);
            // re-seed empty clusters with random points
            for (int c = 0; c < k; c++) {
                if (isZero(cent[c])) {
                    cent[c] = vec[rnd.nextInt(n)].clone();
                }
            }
            log(t0, name + " k-means iteration " + (it + 1) + ": " + changed[0] + " changed");
            if (changed[0] == 0) {
                break;
            }
        }
        return assign;
    }

    static float[][] centroids(float[][] vec, int[] assign, int k, int dims) {
        float[][] cent = new float[k][];
        int[] size = new int[k];
        for (int i = 0; i < vec.length; i++) {
            int c = assign[i];
            if (cent[c] == null) {
                cent[c] = new float[dims];
            }
            for (int d = 0; d < dims; d++) {
                cent[c][d] += vec[i][d];
            }
            size[c]++;
        }
        for (int c = 0; c < k; c++) {
            if (cent[c] == null) {
                cent[c] = new float[dims];
            }
            normalize(cent[c]);
        }
        return cent;
    }

    private static boolean isZero(float[] v) {
        for (float x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
