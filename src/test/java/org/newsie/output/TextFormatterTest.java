package org.newsie.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextFormatterTest {
    @Test
    void wrapsAtEightyColumnsWithHangingIndent() {
        StringBuilder b = new StringBuilder();
        TextFormatter.wrap(b, "word ".repeat(40).strip(), "    ", "      ");
        for (String line : b.toString().split("\n")) {
            assertTrue(line.length() <= 80, line);
        }
        assertTrue(b.toString().startsWith("    word"));
        assertTrue(b.toString().split("\n")[1].startsWith("      word"));
    }

    @Test
    void breaksWordsLongerThanALine() {
        StringBuilder b = new StringBuilder();
        TextFormatter.wrap(b, "x".repeat(200), "", "");
        assertEquals("x".repeat(80) + "\n" + "x".repeat(80) + "\n" + "x".repeat(40) + "\n", b.toString());
    }

    @Test
    void valuesLoseTheirLineEnds() {
        assertEquals("a b c", TextFormatter.oneLine(" a\r\nb\t\tc\n"));
    }
}
