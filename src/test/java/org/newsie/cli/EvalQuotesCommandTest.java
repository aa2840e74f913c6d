package org.newsie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsie eval quotes} through the real command line, on a made-up gold file. */
class EvalQuotesCommandTest {
    private static final String TEXT = "\u201CWe will win,\u201D Trump said.";

    private int run(StringWriter out, StringWriter err, String... args) {
        CliEnvironment env = new CliEnvironment(new ByteArrayInputStream(new byte[0]), false);
        return Main.commandLine(env, new PrintWriter(out, true), new PrintWriter(err, true), args).execute(args);
    }

    private Path gold(Path dir) throws Exception {
        ObjectMapper m = new ObjectMapper();
        var root = m.createObjectNode();
        root.put("id", "a1");
        root.put("text", TEXT);
        var q = root.putArray("quotes").addObject();
        q.put("text", "\u201CWe will win,\u201D");
        q.put("start", 0);
        q.put("end", 15);
        q.put("kind", "full");
        q.put("group", "E1");
        q.put("speaker", "Trump");
        q.put("speakerType", "person");
        q.put("speakerResolved", "Trump");
        q.put("closed", true);
        Path f = dir.resolve("gold.jsonl");
        Files.writeString(f, m.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void textReport(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.OK, run(out, err, "eval", "quotes", "--gold", gold(dir).toString()));
        assertTrue(out.toString().contains("F1 1.0000"), out::toString);
        assertTrue(out.toString().contains("speaker      accuracy 1.0000"), out::toString);
    }

    @Test
    void jsonReport(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.OK, run(out, err, "eval", "quotes", "--gold", gold(dir).toString(), "--format", "json"));
        JsonNode n = new ObjectMapper().readTree(out.toString());
        assertEquals(1.0, n.get("f1").asDouble(), 1e-9);
        assertEquals(1.0, n.get("speakerAccuracy").asDouble(), 1e-9);
        assertEquals(1, n.get("articles").asInt());
    }

    @Test
    void missingGoldFileFailsWithOneLine(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.INPUT_FAILED, run(out, err, "eval", "quotes", "--gold", dir.resolve("nope.jsonl").toString()));
        assertTrue(err.toString().startsWith("newsie: "), err::toString);
    }

    @Test
    void goldIsRequired() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.USAGE, run(out, err, "eval", "quotes"));
    }

    @Test
    void withoutEntities(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.OK, run(out, err, "eval", "quotes", "--no-entities", "--gold", gold(dir).toString()));
        assertTrue(out.toString().contains("F1 1.0000"), out::toString);
    }
}
