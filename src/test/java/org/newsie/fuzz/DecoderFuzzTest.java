package org.newsie.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.newsie.model.Article;
import org.newsie.text.InputException;
import org.newsie.text.InputReader;

/**
 * Fuzzes the decoder: any bytes either decode or are refused with a one-line {@link InputException};
 * nothing else is thrown. Runs its seed inputs in every {@code mvn verify}, and fuzzes for a short while
 * in the {@code fuzz-*} Surefire executions (see the README for longer local runs).
 */
class DecoderFuzzTest {
    private static final InputReader READER = new InputReader(1 << 20);

    @FuzzTest(maxDuration = FuzzSettings.SHORT_RUN)
    void decodeAnyBytes(byte[] bytes) {
        try {
            Article a = READER.decode(bytes, "fuzz");
            boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF;
            if (bom && a.diagnostics().isEmpty()) {
                // exactly one byte-order mark is dropped; what follows is kept as it is (even a second one)
                assertEquals(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), a.text());
            }
        } catch (InputException e) {
            assertFalse(e.getMessage().contains("\n"), "errors are one line");
        }
    }
}
