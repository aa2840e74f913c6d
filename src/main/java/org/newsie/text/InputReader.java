package org.newsie.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.newsie.model.Article;
import org.newsie.model.Diagnostic;
import org.newsie.model.DiagnosticCode;

/**
 * Reads an article's bytes and decodes them: strict UTF-8 (a byte-order mark is dropped); UTF-16 when
 * the bytes begin with a UTF-16 byte-order mark; otherwise, when the bytes are not UTF-8, Windows-1252
 * with a diagnostic. Binary files (NUL bytes) and files over the size limit are refused. Thread-safe.
 */
public final class InputReader {
    /** The default size limit: 10 MiB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final long maxBytes;

    public InputReader(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes < 0");
        }
        this.maxBytes = maxBytes;
    }

    public InputReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** Reads and decodes a file; {@code source} is the name the result and errors carry. */
    public Article read(Path path, String source) throws InputException {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new InputException("is a directory");
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                throw tooLarge(size);
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = readLimited(in);
            }
        } catch (NoSuchFileException e) {
            throw new InputException("no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException("permission denied", e);
        } catch (IOException e) {
            throw new InputException("cannot read: " + describe(e), e);
        }
        return decode(bytes, source);
    }

    /** Reads a stream (stdin) to its end, refusing more than the size limit. */
    public Article read(InputStream in, String source) throws InputException {
        byte[] bytes;
        try {
            bytes = readLimited(in);
        } catch (IOException e) {
            throw new InputException("cannot read: " + describe(e), e);
        }
        return decode(bytes, source);
    }

    private byte[] readLimited(InputStream in) throws IOException, InputException {
        long limit = Math.min(maxBytes, Integer.MAX_VALUE - 16);
        byte[] bytes = in.readNBytes((int) limit + 1);
        if (bytes.length > limit) {
            throw new InputException("larger than the limit of " + formatSize(maxBytes) + " (see --max-size)");
        }
        return bytes;
    }

    private InputException tooLarge(long size) {
        return new InputException("too large: " + formatSize(size) + ", over the limit of " + formatSize(maxBytes)
                + " (see --max-size)");
    }

    /** Decodes bytes as described in the class comment. */
    public Article decode(byte[] bytes, String source) throws InputException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String text;
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            Charset cs = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            try {
                text = strict(cs).decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
            } catch (CharacterCodingException e) {
                throw new InputException("has a UTF-16 byte-order mark but is not valid UTF-16");
            }
            diagnostics.add(new Diagnostic(DiagnosticCode.UTF16, "decoded as " + cs.name() + " (byte-order mark)"));
            if (text.indexOf('\0') >= 0) {
                throw binary();
            }
            return new Article(source, text, diagnostics);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw binary();
            }
        }
        int offset = 0;
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            offset = 3;
        }
        try {
            text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
            diagnostics.add(new Diagnostic(DiagnosticCode.NOT_UTF8,
                    "not valid UTF-8; decoded as Windows-1252"));
        }
        if (hasControlCharacters(text)) {
            diagnostics.add(new Diagnostic(DiagnosticCode.CONTROL_CHARACTERS,
                    "contains control characters; they are kept and treated as spaces"));
        }
        return new Article(source, text, diagnostics);
    }

    private static InputException binary() {
        return new InputException("binary file (contains NUL bytes)");
    }

    private static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** A byte count for people: {@code 10 MiB}, {@code 2.9 KiB}, {@code 300 bytes}. */
    public static String formatSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return v == Math.rint(v)
                ? String.format(java.util.Locale.ROOT, "%d %s", (long) v, units[u])
                : String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
