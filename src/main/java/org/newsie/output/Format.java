package org.newsie.output;

/** Output formats of {@code newsie analyze}. */
public enum Format {
    /** A plain-text summary for people. */
    TEXT,
    /** One JSON document per input (an array when several inputs go to one stream). */
    JSON,
    /** One JSON object per line. */
    JSONL;

    /** The file extension of one output of this format in an output folder. */
    public String extension() {
        return this == TEXT ? ".txt" : ".json";
    }
}
