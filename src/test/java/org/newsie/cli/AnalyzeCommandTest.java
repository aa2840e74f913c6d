package org.newsie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsie.cli.CliRunner.Result;
import org.newsie.testing.SpanAssertions;

class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE = "Senate Passes Bill\n\nWASHINGTON — The Senate passed the bill on Tuesday. "
            + "“It is a good day,” said Sen. Jane Smith.\n\nThe House votes next week.\n";

    private static Path write(Path dir, String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void helpListsOptionsAndExitCodes() {
        Result r = CliRunner.run("analyze", "--help");
        assertEquals(0, r.code());
        for (String s : List.of("--format", "--output", "--jobs", "--pretty", "--quiet", "--verbose", "--max-size",
                "Exit codes", "3   a model is missing")) {
            assertTrue(r.out().contains(s), "help lacks " + s + ":\n" + r.out());
        }
        Result top = CliRunner.run("--help");
        assertEquals(0, top.code());
        for (String command : List.of("analyze", "train", "eval")) {
            assertTrue(top.out().contains("  " + command + " "), "top help lacks " + command + ":\n" + top.out());
        }
    }

    @Test
    void anAnalyzeRunBuildsOnlyTheAnalyzeCommand() {
        // start-up: picocli reads no other command's options for newsie analyze …
        CliEnvironment env = new CliEnvironment(java.io.InputStream.nullInputStream(), true);
        java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
        assertEquals(java.util.Set.of("analyze"),
                Main.commandLine(env, sink, sink, "analyze", "x.txt").getSubcommands().keySet());
        assertEquals(java.util.Set.of("train", "eval", "analyze"),
                Main.commandLine(env, sink, sink, "eval", "ner").getSubcommands().keySet());
        assertEquals(java.util.Set.of("train", "eval", "analyze"),
                Main.commandLine(env, sink, sink).getSubcommands().keySet());
    }

    @Test
    void versionComesFromThePom() {
        Result r = CliRunner.run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().matches("(?s)newsie \\d+\\.\\d+\\.\\d+.*"), r.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Result r = CliRunner.run("analyze", "--frobnicate", "x.txt");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("newsie: Unknown option: '--frobnicate'"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void badValuesAreUsageErrors(@TempDir Path dir) throws Exception {
        Path f = write(dir, "a.txt", ARTICLE);
        assertEquals(2, CliRunner.run("analyze", "--format", "xml", f.toString()).code());
        assertEquals(2, CliRunner.run("analyze", "--jobs", "0", f.toString()).code());
        assertEquals(2, CliRunner.run("analyze", "--max-size", "lots", f.toString()).code());
        assertEquals(2, CliRunner.run("analyze", "-", "-").code());
    }

    @Test
    void noInputWithATerminalIsAUsageError() {
        Result r = CliRunner.run("analyze");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no INPUT"), r.err());
    }

    @Test
    void stdinGivesTheSameResultAsTheFileWithSourceStdin(@TempDir Path dir) throws Exception {
        Path f = write(dir, "a.txt", ARTICLE);
        Result fromFile = CliRunner.run("analyze", "-f", "json", f.toString());
        Result fromStdin = CliRunner.run(ARTICLE.getBytes(StandardCharsets.UTF_8), "analyze", "-f", "json", "-");
        Result implicit = CliRunner.run(ARTICLE.getBytes(StandardCharsets.UTF_8), "analyze", "-f", "json");
        assertEquals(0, fromStdin.code());
        assertEquals(fromStdin.out(), implicit.out());
        JsonNode a = JSON.readTree(fromFile.out());
        JsonNode b = JSON.readTree(fromStdin.out());
        assertEquals("<stdin>", b.get("source").asText());
        ((com.fasterxml.jackson.databind.node.ObjectNode) a).put("source", "<stdin>");
        assertEquals(a, b);
        assertTrue(SpanAssertions.assertSpans(ARTICLE, b) > 5);
    }

    @Test
    void aMissingFileAmongSeveralFailsAloneAndExitsOne(@TempDir Path dir) throws Exception {
        Path a = write(dir, "a.txt", ARTICLE);
        Path c = write(dir, "c.txt", "Another article.\n");
        Result r = CliRunner.run("analyze", "-f", "jsonl", a.toString(), dir.resolve("b.txt").toString(), c.toString());
        assertEquals(1, r.code());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length);
        assertEquals(a.toString(), JSON.readTree(lines[0]).get("source").asText());
        assertEquals(c.toString(), JSON.readTree(lines[1]).get("source").asText());
        assertTrue(r.err().contains("newsie: " + dir.resolve("b.txt") + ": no such file\n"), r.err());
    }

    @Test
    void folderInputsAreSortedAndRecursive(@TempDir Path dir) throws Exception {
        write(dir, "b.txt", "B text.");
        write(dir, "a/z.txt", "Z text.");
        write(dir, "a/y.TXT", "Y text.");
        write(dir, "c.md", "not an article");
        write(dir, "A.txt", "capital A.");
        Result r = CliRunner.run("analyze", "-f", "jsonl", dir.toString());
        assertEquals(0, r.code(), r.err());
        List<String> sources = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            sources.add(JSON.readTree(line).get("source").asText());
        }
        String d = dir.toString();
        assertEquals(List.of(d + "/A.txt", d + "/a/y.TXT", d + "/a/z.txt", d + "/b.txt"), sources);
    }

    @Test
    void jsonForSeveralInputsIsAnArray(@TempDir Path dir) throws Exception {
        write(dir, "a.txt", ARTICLE);
        write(dir, "b.txt", "Short one.");
        Result r = CliRunner.run("analyze", "-f", "json", "--pretty", dir.toString());
        JsonNode arr = JSON.readTree(r.out());
        assertTrue(arr.isArray());
        assertEquals(2, arr.size());
        Result empty = CliRunner.run("analyze", "-f", "json", Files.createDirectory(dir.resolve("empty")).toString());
        assertEquals(0, JSON.readTree(empty.out()).size());
    }

    @Test
    void textSummariesComeUnderAHeaderEach(@TempDir Path dir) throws Exception {
        write(dir, "a.txt", ARTICLE);
        write(dir, "b.txt", "Short one.");
        Result r = CliRunner.run("analyze", dir.toString());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("=== " + dir + "/a.txt ===\n"));
        assertTrue(r.out().contains("\n=== " + dir + "/b.txt ===\n"));
        assertTrue(r.out().contains("Headline  Senate Passes Bill\n"), r.out());
        for (String line : r.out().split("\n")) {
            assertTrue(line.codePointCount(0, line.length()) <= 80 || line.startsWith("==="), line);
        }
    }

    @Test
    void jobsDoNotChangeTheOutput(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 24; i++) {
            write(dir, String.format("f%02d.txt", i), ARTICLE.repeat(1 + i % 4) + "Item " + i + ".");
        }
        Result one = CliRunner.run("analyze", "-f", "jsonl", "-j", "1", dir.toString());
        Result four = CliRunner.run("analyze", "-f", "jsonl", "-j", "4", dir.toString());
        assertEquals(0, four.code());
        assertEquals(24, one.out().split("\n").length);
        assertEquals(one.out(), four.out());
    }

    @Test
    void badInputsFailAloneWithTheirReason(@TempDir Path dir) throws Exception {
        write(dir, "1-good.txt", ARTICLE);
        Files.write(dir.resolve("2-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        Files.write(dir.resolve("3-latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '.'});
        write(dir, "4-big.txt", "x".repeat(3000));
        write(dir, "5-empty.txt", "");
        Result r = CliRunner.run("analyze", "-f", "jsonl", "--max-size", "2K", dir.toString());
        assertEquals(1, r.code());
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r.out());
        assertTrue(lines[0].contains("1-good.txt"));
        JsonNode latin = JSON.readTree(lines[1]);
        assertEquals("NOT_UTF8", latin.get("diagnostics").get(0).get("code").asText());
        JsonNode empty = JSON.readTree(lines[2]);
        assertEquals(0, empty.get("stats").get("characters").asInt());
        assertTrue(r.err().contains("2-binary.txt: binary file (contains NUL bytes)\n"), r.err());
        assertTrue(r.err().contains("3-latin1.txt: warning: not valid UTF-8; decoded as Windows-1252\n"), r.err());
        assertTrue(r.err().contains("4-big.txt: too large: 2.9 KiB"), r.err());
        assertTrue(r.err().contains("newsie: 3 analyzed, 2 failed"), r.err());
    }

    @Test
    void errorsAreOneLineWithoutAStackTraceUnlessVerbose(@TempDir Path dir) {
        String missing = dir.resolve("nope.txt").toString();
        Result r = CliRunner.run("analyze", missing);
        assertEquals(1, r.code());
        assertEquals("newsie: " + missing + ": no such file\n", r.err());
        Result v = CliRunner.run("analyze", "--verbose", missing);
        assertTrue(v.err().contains("NoSuchFileException"), v.err());
    }

    @Test
    void quietPrintsOnlyErrors(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '.'});
        write(dir, "b.txt", ARTICLE);
        Result r = CliRunner.run("analyze", "-q", "-f", "jsonl", dir.toString());
        assertEquals(0, r.code());
        assertEquals("", r.err());
    }

    @Test
    void outputFileForOneInput(@TempDir Path dir) throws Exception {
        Path a = write(dir, "a.txt", ARTICLE);
        Path out = dir.resolve("out/a.json");
        Result r = CliRunner.run("analyze", "-f", "json", "-o", out.toString(), a.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        JsonNode doc = JSON.readTree(Files.readString(out));
        assertEquals(a.toString(), doc.get("source").asText());
    }

    @Test
    void outputFolderMirrorsTheInputs(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        write(in, "x/one.txt", ARTICLE);
        write(in, "two.txt", "Two.");
        Path out = dir.resolve("out");
        Result r = CliRunner.run("analyze", "-f", "json", "-o", out.toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(out.resolve("x/one.json")));
        assertTrue(Files.exists(out.resolve("two.json")));
        Result text = CliRunner.run("analyze", "-o", dir.resolve("txt").toString(), in.toString());
        assertEquals(0, text.code());
        assertTrue(Files.readString(dir.resolve("txt/x/one.txt")).startsWith("=== "));
        try (var files = Files.list(out)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void outputFolderThatIsAFileIsAUsageError(@TempDir Path dir) throws Exception {
        Path a = write(dir, "a.txt", ARTICLE);
        Path b = write(dir, "b.txt", ARTICLE);
        Result r = CliRunner.run("analyze", "-o", a.toString(), a.toString(), b.toString());
        assertEquals(2, r.code());
    }
}
