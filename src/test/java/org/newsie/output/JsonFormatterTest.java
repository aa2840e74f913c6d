package org.newsie.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.newsie.model.Analysis;
import org.newsie.model.Article;
import org.newsie.model.Diagnostic;
import org.newsie.model.DiagnosticCode;
import org.newsie.model.Entity;
import org.newsie.model.EntityType;
import org.newsie.model.Gender;
import org.newsie.model.Layout;
import org.newsie.model.Mention;
import org.newsie.model.Metadata;
import org.newsie.model.Paragraph;
import org.newsie.model.ParagraphRole;
import org.newsie.model.Quote;
import org.newsie.model.QuoteKind;
import org.newsie.model.Speaker;
import org.newsie.model.TextSpan;
import org.newsie.testing.SpanAssertions;

/** The JSON of a hand-built analysis with every optional part filled: schema, offsets, field order. */
class JsonFormatterTest {
    private static final String TEXT = "“You have my assurance,” Trump told Fox News.";

    private static Analysis sample() {
        Mention trump = new Mention(25, 30, "Trump", EntityType.PERSON, 0);
        Mention fox = new Mention(36, 44, "Fox News", EntityType.ORGANIZATION, 0);
        Entity e1 = new Entity("e1", EntityType.PERSON, "Donald Trump", Gender.MALE, List.of(trump));
        Entity e2 = new Entity("e2", EntityType.ORGANIZATION, "Fox News", Gender.UNKNOWN, List.of(fox));
        Quote q = new Quote("q1", 0, 24, TEXT.substring(0, 24), TextSpan.of(TEXT, 1, 23), QuoteKind.FULL, true, "g1",
                Optional.of(new Speaker("Donald Trump", Optional.of("e1"), TextSpan.of(TEXT, 25, 30), "quote-cue-name")),
                Optional.of(TextSpan.of(TEXT, 31, 35)));
        Layout layout = new Layout(List.of(new Paragraph(0, TEXT.length(), ParagraphRole.BODY)),
                new Metadata(Optional.empty(), List.of(), Optional.empty()));
        return new Analysis(new Article("x.txt", TEXT), layout, List.of(), List.of(trump, fox), List.of(e1, e2),
                List.of(q), List.of(new Diagnostic(DiagnosticCode.UNCLOSED_QUOTE, "m", Optional.of(TextSpan.of(TEXT, 0, 1)))));
    }

    @Test
    void fullAnalysisMatchesTheSchemaAndOffsets() throws Exception {
        String json = new JsonFormatter(false).format(sample());
        JsonNode tree = new ObjectMapper().readTree(json);
        assertEquals(List.of(), SchemaCheck.errors(tree));
        assertTrue(SpanAssertions.assertSpans(TEXT, tree) >= 6);
        JsonNode speaker = tree.get("quotes").get(0).get("speaker");
        assertEquals("e1", speaker.get("entity").asText());
        assertEquals("Trump", speaker.get("text").asText());
        assertEquals("told", tree.get("quotes").get(0).get("cue").get("text").asText());
        assertEquals("male", tree.get("entities").get(0).get("gender").asText());
        assertFalse(tree.get("entities").get(1).has("gender"));
    }

    @Test
    void outputIsStableAndCompactUnlessPretty() {
        String a = new JsonFormatter(false).format(sample());
        assertEquals(a, new JsonFormatter(false).format(sample()));
        assertFalse(a.contains("\n"));
        assertTrue(a.startsWith("{\"schemaVersion\":1,\"source\":\"x.txt\",\"metadata\":"));
        assertTrue(new JsonFormatter(true).format(sample()).contains("\n  \"source\" : \"x.txt\""));
    }

    @Test
    void schemaRejectsABrokenDocument() throws Exception {
        JsonNode bad = new ObjectMapper().readTree("{\"schemaVersion\":2,\"source\":1}");
        assertFalse(SchemaCheck.errors(bad).isEmpty());
    }
}
