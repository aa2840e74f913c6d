package org.newsie.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks every span in a JSON analysis against the original text. */
public final class SpanAssertions {
    private SpanAssertions() {
    }

    /**
     * Walks the whole tree: every object with {@code start} and {@code end} lies within the text, and
     * where it has {@code text}, {@code text.substring(start, end)} equals it; likewise
     * {@code contentStart/contentEnd/content}. Returns how many spans were checked.
     */
    public static int assertSpans(String text, JsonNode node) {
        return walk(text, node, "$");
    }

    private static int walk(String text, JsonNode node, String path) {
        int n = 0;
        if (node.isObject()) {
            n += check(text, node, "start", "end", "text", path);
            n += check(text, node, "contentStart", "contentEnd", "content", path);
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                n += walk(text, e.getValue(), path + "." + e.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                n += walk(text, node.get(i), path + "[" + i + "]");
            }
        }
        return n;
    }

    private static int check(String text, JsonNode node, String s, String e, String t, String path) {
        if (!node.has(s) || !node.has(e)) {
            return 0;
        }
        int start = node.get(s).asInt();
        int end = node.get(e).asInt();
        assertTrue(0 <= start && start <= end && end <= text.length(), path + ": bad span [" + start + ", " + end + ")");
        if (node.has(t) && node.get(t).isTextual()) {
            assertEquals(text.substring(start, end), node.get(t).asText(), path + ": text differs from the span");
        }
        return 1;
    }
}
