package org.newsie.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceLinesTest {
    @Test
    void linesAreStrippedWithoutBlankAndCommentLines() {
        assertEquals(List.of("Hurricane", "Tropical Storm"), ResourceLines.read(ResourceLinesTest.class, "resource-lines.txt"));
        assertEquals(List.of("Hurricane", "Tropical Storm"),
                ResourceLines.read(ResourceLines.class, "/org/newsie/text/resource-lines.txt"));
    }

    @Test
    void aMissingResourceIsNamedInTheError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ResourceLines.read(ResourceLinesTest.class, "no-such-list.txt"));
        assertEquals("missing resource org/newsie/text/no-such-list.txt", e.getMessage());
    }
}
