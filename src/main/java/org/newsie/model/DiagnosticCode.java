package org.newsie.model;

/** Problems inside an input that do not stop its analysis. */
public enum DiagnosticCode {
    /** The bytes were not valid UTF-8 and were decoded as Windows-1252. */
    NOT_UTF8,
    /** The bytes began with a UTF-16 byte-order mark and were decoded as UTF-16. */
    UTF16,
    /** A quotation mark that opens a quote which is never closed. */
    UNCLOSED_QUOTE,
    /** A closing quotation mark with no opening mark before it. */
    UNOPENED_QUOTE,
    /** The text contains control characters other than tab and line ends. */
    CONTROL_CHARACTERS,
    /** The text looks like HTML or XML source rather than article text. */
    MARKUP,
    /** A stage skipped part of the text (for example a sentence too long to tag). */
    SKIPPED
}
