package org.newsie.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import org.newsie.model.Analysis;
import org.newsie.model.Diagnostic;
import org.newsie.model.Entity;
import org.newsie.model.Mention;
import org.newsie.model.Metadata;
import org.newsie.model.Paragraph;
import org.newsie.model.Quote;
import org.newsie.model.Sentence;
import org.newsie.model.Speaker;
import org.newsie.model.Stats;
import org.newsie.model.TextSpan;

/**
 * Writes an {@link Analysis} as JSON (schema: {@code schema/analysis.schema.json}). Field order is
 * fixed, so the same analysis always gives the same bytes. Thread-safe.
 */
public final class JsonFormatter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final boolean pretty;

    public JsonFormatter(boolean pretty) {
        this.pretty = pretty;
    }

    /** The analysis as one JSON document, without a trailing line end. */
    public String format(Analysis a) {
        StringWriter w = new StringWriter(Math.max(1024, a.text().length()));
        write(a, w);
        return w.toString();
    }

    public void write(Analysis a, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
                g.setPrettyPrinter(pp);
            }
            writeAnalysis(g, a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeAnalysis(JsonGenerator g, Analysis a) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", Analysis.SCHEMA_VERSION);
        g.writeStringField("source", a.article().source());
        writeMetadata(g, a.layout().metadata());
        writeStats(g, a.stats());

        g.writeArrayFieldStart("paragraphs");
        for (Paragraph p : a.layout().paragraphs()) {
            g.writeStartObject();
            g.writeNumberField("start", p.start());
            g.writeNumberField("end", p.end());
            g.writeStringField("role", lower(p.role().name()));
            g.writeBooleanField("boilerplate", p.boilerplate());
            if (p.boilerplateRule().isPresent()) {
                g.writeStringField("rule", p.boilerplateRule().get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("sentences");
        for (Sentence s : a.sentences()) {
            g.writeStartObject();
            g.writeNumberField("start", s.start());
            g.writeNumberField("end", s.end());
            g.writeNumberField("paragraph", s.paragraph());
            g.writeNumberField("tokens", s.tokens().size());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("entities");
        for (Entity e : a.entities()) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("type", e.type().name());
            g.writeStringField("name", e.name());
            if (e.gender() != org.newsie.model.Gender.UNKNOWN) {
                g.writeStringField("gender", lower(e.gender().name()));
            }
            g.writeArrayFieldStart("mentions");
            for (Mention m : e.mentions()) {
                g.writeStartObject();
                writeSpan(g, m.start(), m.end(), m.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("quotes");
        for (Quote q : a.quotes()) {
            writeQuote(g, q);
        }
        g.writeEndArray();

        g.writeArrayFieldStart("diagnostics");
        for (Diagnostic d : a.diagnostics()) {
            g.writeStartObject();
            g.writeStringField("code", d.code().name());
            g.writeStringField("message", d.message());
            if (d.span().isPresent()) {
                TextSpan s = d.span().get();
                writeSpan(g, s.start(), s.end(), s.text());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeMetadata(JsonGenerator g, Metadata m) throws IOException {
        g.writeObjectFieldStart("metadata");
        if (m.headline().isPresent()) {
            g.writeStringField("headline", m.headline().get().text());
        }
        g.writeArrayFieldStart("authors");
        for (String name : m.authorNames()) {
            g.writeString(name);
        }
        g.writeEndArray();
        if (m.dateline().isPresent()) {
            g.writeStringField("dateline", m.dateline().get().text());
        }
        g.writeArrayFieldStart("spans");
        writeField(g, "headline", m.headline());
        for (TextSpan s : m.authors()) {
            writeField(g, "author", Optional.of(s));
        }
        writeField(g, "dateline", m.dateline());
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeField(JsonGenerator g, String field, Optional<TextSpan> span) throws IOException {
        if (span.isEmpty()) {
            return;
        }
        g.writeStartObject();
        g.writeStringField("field", field);
        writeSpan(g, span.get().start(), span.get().end(), span.get().text());
        g.writeEndObject();
    }

    private static void writeStats(JsonGenerator g, Stats s) throws IOException {
        g.writeObjectFieldStart("stats");
        g.writeNumberField("characters", s.characters());
        g.writeNumberField("paragraphs", s.paragraphs());
        g.writeNumberField("boilerplateParagraphs", s.boilerplateParagraphs());
        g.writeNumberField("sentences", s.sentences());
        g.writeNumberField("tokens", s.tokens());
        g.writeNumberField("mentions", s.mentions());
        g.writeNumberField("entities", s.entities());
        g.writeNumberField("quotes", s.quotes());
        g.writeNumberField("attributedQuotes", s.attributedQuotes());
        g.writeEndObject();
    }

    private static void writeQuote(JsonGenerator g, Quote q) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        writeSpan(g, q.start(), q.end(), q.text());
        g.writeStringField("content", q.content().text());
        g.writeNumberField("contentStart", q.content().start());
        g.writeNumberField("contentEnd", q.content().end());
        g.writeStringField("kind", q.kind().jsonName());
        g.writeBooleanField("closed", q.closed());
        g.writeStringField("group", q.group());
        if (q.speaker().isPresent()) {
            Speaker s = q.speaker().get();
            g.writeObjectFieldStart("speaker");
            g.writeStringField("name", s.name());
            if (s.entity().isPresent()) {
                g.writeStringField("entity", s.entity().get());
            }
            writeSpan(g, s.mention().start(), s.mention().end(), s.mention().text());
            g.writeStringField("rule", s.rule());
            g.writeEndObject();
        }
        if (q.cue().isPresent()) {
            TextSpan c = q.cue().get();
            g.writeObjectFieldStart("cue");
            writeSpan(g, c.start(), c.end(), c.text());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeSpan(JsonGenerator g, int start, int end, String text) throws IOException {
        g.writeNumberField("start", start);
        g.writeNumberField("end", end);
        g.writeStringField("text", text);
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }
}
