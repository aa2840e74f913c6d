package org.newsie.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The in-place cluster table reads the file exactly as splitting its lines into maps would. */
class ClusterTableTest {
    /** What NerResources did before: lines, {@code split("\t")}, two maps. */
    private static void reference(List<String> lines, Map<String, NerResources.Clusters> clusters, Map<String, Integer> rank) {
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length == 4) {
                rank.put(f[0], rank.size());
                clusters.put(f[0], new NerResources.Clusters("f" + f[1], "m" + f[2], "c" + f[3]));
            }
        }
    }

    private static List<String> lines(String text) throws IOException {
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    private static void compare(String text, List<String> probes) throws IOException {
        Map<String, NerResources.Clusters> clusters = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        reference(lines(text), clusters, rank);
        ClusterTable t = ClusterTable.read(text.getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, NerResources.Clusters> e : clusters.entrySet()) {
            assertEquals(e.getValue(), t.get(e.getKey()), e.getKey());
            assertEquals((int) rank.get(e.getKey()), t.rank(e.getKey()), e.getKey());
        }
        for (String p : probes) {
            assertEquals(clusters.get(p), t.get(p), p);
            assertEquals(rank.getOrDefault(p, -1), t.rank(p), p);
        }
    }

    @Test
    void shippedClusters() throws IOException {
        String text;
        try (InputStream in = NerResources.class.getResourceAsStream(NerResources.DIR + "clusters.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        compare(text, List.of("Trump", "trump", "zzzz-not-a-word", "", "the", "The", "#", "caf\u00e9"));
    }

    @Test
    void edgeCases() throws IOException {
        String text = "# comment\tx\ty\tz\r\n"
                + "the\t1\t2\t3\r\n"
                + "\n"
                + "  \t \n"
                + "short\t1\t2\n"
                + "long\t1\t2\t3\t4\n"
                + "trailing\t4\t5\t6\t\t\n"
                + "empty\t\t5\t6\n"
                + "the\t7\t8\t9\r"
                + "caf\u00e9\t1\t1\t1\n"
                + "\t1\t2\t3\n"
                + "caf\u00e9\t2\t2\t2\n"
                + "ascii\t\u00e9\t1\t1\n"
                + "ascii\t1\t1\t1\t\n"
                + "m\u00fcller\t1\t2\n"
                + "\u2003\t\n"
                + "tabs\t\t\t\t\n"
                + "four\t1\t\t3\n"
                + "cr\t1\t2\t3\rlf\t4\t5\t6\n"
                + "last\t9\t9\t9";
        compare(text, List.of("short", "long", "# comment", "the", "x", "caf\u00e9", "", "last", "trailing", "ascii",
                "m\u00fcller", "tabs", "four", "cr", "lf"));
        ClusterTable t = ClusterTable.read(text.getBytes(StandardCharsets.UTF_8));
        assertNull(t.get("short"));
        assertEquals(new NerResources.Clusters("f7", "m8", "c9"), t.get("the"));
    }

    @Test
    void whitespaceSplitIsTheRegexSplit() throws IOException {
        for (String file : List.of("countries.txt", "regions.txt")) {
            try (InputStream in = NerResources.class.getResourceAsStream(NerResources.DIR + file);
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line : r.lines().filter(l -> !l.isBlank()).toList()) {
                    assertArrayEquals(line.trim().split("\\s+"), NerResources.splitWhitespace(line.trim()), line);
                }
            }
        }
        for (String s : List.of("a", "a b", "a  \t b\u000bc", "a\u00a0b", "x\fy\rz")) {
            assertArrayEquals(s.split("\\s+"), NerResources.splitWhitespace(s), s);
        }
    }
}
