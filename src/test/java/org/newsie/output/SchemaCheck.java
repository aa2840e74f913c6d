package org.newsie.output;

import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Validates JSON output against the schema newsie publishes ({@code analysis.schema.json}). */
final class SchemaCheck {
    private static final JsonSchema SCHEMA = load();

    private SchemaCheck() {
    }

    private static JsonSchema load() {
        try (InputStream in = JsonFormatter.class.getResourceAsStream("analysis.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> errors(JsonNode doc) {
        return SCHEMA.validate(doc).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
