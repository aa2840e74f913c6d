package org.newsie.quote.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One article of the gold JSONL: its text and its quote segments. */
public record GoldArticle(String id, String text, List<GoldQuote> quotes) {
    public GoldArticle {
        quotes = List.copyOf(quotes);
    }

    /** Reads a JSONL file, one article per line. */
    public static List<GoldArticle> read(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<GoldArticle> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = mapper.readTree(line);
                } catch (IOException e) {
                    throw new IOException("line " + lineNo + ": " + e.getMessage(), e);
                }
                List<GoldQuote> qs = new ArrayList<>();
                for (JsonNode q : n.path("quotes")) {
                    qs.add(new GoldQuote(q.path("start").asInt(), q.path("end").asInt(), q.path("kind").asText(),
                            q.path("group").asText(""), opt(q, "speaker"), q.path("speakerType").asText("none"),
                            opt(q, "speakerResolved"), q.path("closed").asBoolean(true)));
                }
                out.add(new GoldArticle(n.path("id").asText("line" + lineNo), n.path("text").asText(), qs));
            }
        }
        return out;
    }

    private static Optional<String> opt(JsonNode q, String field) {
        JsonNode v = q.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText());
    }
}
