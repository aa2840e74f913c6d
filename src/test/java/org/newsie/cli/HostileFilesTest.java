package org.newsie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsie.analysis.ArticleAnalyzer;
import org.newsie.analysis.BatchRunner;
import org.newsie.analysis.Input;
import org.newsie.analysis.InputResolver;
import org.newsie.analysis.Outcome;
import org.newsie.cli.CliRunner.Result;
import org.newsie.output.JsonFormatter;
import org.newsie.text.InputReader;

/** Folders and files that try to break a batch: each costs at most itself, and outputs stay safe. */
class HostileFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> sources(String jsonl) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : jsonl.split("\n")) {
            if (!line.isEmpty()) {
                out.add(JSON.readTree(line).get("source").asText());
            }
        }
        return out;
    }

    @Test
    void symlinkLoopIsReportedAndTheRestAnalyzed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Text one.");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.txt"), "Text two.");
        Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
        Files.createSymbolicLink(dir.resolve("broken.txt"), dir.resolve("gone.txt"));
        Result r = CliRunner.run("analyze", "-f", "jsonl", dir.toString());
        assertEquals(1, r.code());
        assertEquals(List.of(dir + "/a.txt", dir + "/sub/b.txt"), sources(r.out()));
        assertTrue(r.err().contains(dir + "/sub/loop: symbolic link loop; skipped\n"), r.err());
        assertTrue(r.err().contains(dir + "/broken.txt: broken symbolic link\n"), r.err());
    }

    @Test
    void namesWithSpacesAndNonAsciiCharacters(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("my article.txt"), "One.");
        Files.writeString(dir.resolve("Zürich – café ✓.txt"), "Two.");
        Path out = dir.resolve("out put");
        Result r = CliRunner.run("analyze", "-f", "json", "-o", out.toString(), dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(out.resolve("my article.json")));
        assertTrue(Files.exists(out.resolve("Zürich – café ✓.json")));
    }

    @Test
    void fileDeletedWhileTheBatchRunsFailsAlone(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 6; i++) {
            Files.writeString(dir.resolve("f" + i + ".txt"), "Article " + i + ".");
        }
        List<Input> inputs = InputResolver.resolve(List.of(dir.toString()));
        Files.delete(dir.resolve("f3.txt"));
        List<Outcome> outcomes = new ArrayList<>();
        new BatchRunner(ArticleAnalyzer.withDefaultModels(), new InputReader(), new JsonFormatter(false)::format, 2)
                .run(inputs, InputStream.nullInputStream(), outcomes::add);
        assertEquals(6, outcomes.size());
        for (int i = 0; i < 6; i++) {
            assertEquals(i != 3, outcomes.get(i).ok(), "f" + i);
        }
        assertEquals("no such file", outcomes.get(3).error().orElseThrow());
    }

    @Test
    void existingOutputIsKeptUnlessForced(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("a.txt");
        Files.writeString(in, "Fresh text.");
        Path out = dir.resolve("a.json");
        Files.writeString(out, "precious");
        Result r = CliRunner.run("analyze", "-f", "json", "-o", out.toString(), in.toString());
        assertEquals(1, r.code());
        assertEquals("precious", Files.readString(out));
        assertTrue(r.err().contains("exists (use --force to overwrite)"), r.err());
        Result forced = CliRunner.run("analyze", "-f", "json", "--force", "-o", out.toString(), in.toString());
        assertEquals(0, forced.code(), forced.err());
        assertTrue(Files.readString(out).startsWith("{"));
    }

    @Test
    void outputFolderNeverWritesOutsideItself(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("sub/a.txt"), "Text.");
        Files.writeString(in.resolve("b.txt"), "Text.");
        Path out = dir.resolve("out");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("sub"), elsewhere);
        Result r = CliRunner.run("analyze", "-f", "json", "-o", out.toString(), in.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("leads outside the output folder"), r.err());
        try (var s = Files.list(elsewhere)) {
            assertFalse(s.findAny().isPresent(), "nothing may be written through the link");
        }
        assertTrue(Files.exists(out.resolve("b.json")));
    }

    @Test
    void inputsGivenWithDotsOrAbsolutePathsStayInsideTheOutputFolder(@TempDir Path dir) throws Exception {
        Path deep = Files.createDirectories(dir.resolve("x/y"));
        Path a = Files.writeString(dir.resolve("a.txt"), "Text A.");
        Path b = Files.writeString(deep.resolve("b.txt"), "Text B.");
        Path out = dir.resolve("x/y/out");
        String dotted = deep + "/../../a.txt";
        Result r = CliRunner.run("analyze", "-f", "json", "-o", out.toString(), dotted, b.toAbsolutePath().toString(),
                a.toString());
        // a.txt twice (by two names) maps to one output: the second is refused, not overwritten
        assertEquals(1, r.code());
        assertTrue(Files.exists(out.resolve("a.json")));
        assertTrue(Files.exists(out.resolve("b.json")));
        try (var s = Files.walk(dir)) {
            assertEquals(2, s.filter(p -> p.toString().endsWith(".json")).count());
        }
    }
}
