package org.newsie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code train ner} and {@code eval ner} through picocli, with captured output. */
class NerCommandsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path data() throws IOException {
        List<String> lines = new ArrayList<>();
        String[] people = {"Maria Lopez", "John Smith", "Anna Berg"};
        String[] places = {"Berlin", "Ottawa", "Lima"};
        for (int r = 0; r < 3; r++) {
            for (int i = 0; i < 3; i++) {
                lines.add("<START:person> " + people[i] + " <END> flew to <START:location> " + places[(i + r) % 3]
                        + " <END> on Monday .");
                lines.add("");
            }
        }
        Path f = dir.resolve("data.txt");
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void trainThenEvalTextAndJson() throws IOException {
        Path data = data();
        Path model = dir.resolve("m.bin");
        int code = run(new TrainCommand(), "ner", "--data", data.toString(), "--dev", data.toString(), "--out",
                model.toString(), "--iterations", "10", "--cutoff", "0");
        assertEquals(ExitCodes.OK, code, err.toString());
        assertTrue(Files.size(model) > 0);
        assertTrue(err.toString().contains("training perceptron"), err.toString());
        assertTrue(out.toString().contains("overall"), out.toString());

        out.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, run(new EvalCommand(), "ner", "--data", data.toString(), "--model", model.toString(),
                "--format", "json"), err.toString());
        assertTrue(out.toString().contains("\"f1\""), out.toString());
        assertTrue(out.toString().contains("\"person\""), out.toString());
    }

    @Test
    void exitCodes() throws IOException {
        Path data = data();
        assertEquals(ExitCodes.MODEL, run(new EvalCommand(), "ner", "--data", data.toString(), "--model",
                dir.resolve("none.bin").toString()));
        assertEquals(ExitCodes.USAGE, run(new TrainCommand(), "ner", "--data", data.toString(), "--out",
                dir.resolve("m.bin").toString(), "--algorithm", "svm"));
        assertEquals(ExitCodes.USAGE, run(new EvalCommand(), "ner"));
        assertEquals(ExitCodes.INPUT_FAILED, run(new TrainCommand(), "ner", "--data", dir.resolve("absent.txt").toString(),
                "--out", dir.resolve("m.bin").toString()));
        assertTrue(err.toString().contains("absent.txt"), err.toString());
    }
}
