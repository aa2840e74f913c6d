package org.newsie.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsie.model.Article;
import org.newsie.model.DiagnosticCode;

class InputReaderTest {
    private final InputReader reader = new InputReader(1000);

    @Test
    void utf8IsReadAsIs() throws Exception {
        Article a = reader.decode("Zelensky’s “plan” — ok".getBytes(StandardCharsets.UTF_8), "x");
        assertEquals("Zelensky’s “plan” — ok", a.text());
        assertTrue(a.diagnostics().isEmpty());
    }

    @Test
    void byteOrderMarkIsDropped() throws Exception {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
        Article a = reader.decode(bytes, "x");
        assertEquals("Hi", a.text());
        assertTrue(a.diagnostics().isEmpty());
    }

    @Test
    void notUtf8IsDecodedAsWindows1252WithADiagnostic() throws Exception {
        byte[] bytes = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'q', (byte) 0x94};
        Article a = reader.decode(bytes, "x");
        assertEquals("café “q”", a.text());
        assertEquals(List.of(DiagnosticCode.NOT_UTF8), a.diagnostics().stream().map(d -> d.code()).toList());
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws Exception {
        byte[] le = "\uFEFFHello “you”".getBytes(StandardCharsets.UTF_16LE);
        Article a = reader.decode(le, "x");
        assertEquals("Hello “you”", a.text());
        assertEquals(DiagnosticCode.UTF16, a.diagnostics().get(0).code());
        byte[] be = "\uFEFFHi".getBytes(StandardCharsets.UTF_16BE);
        assertEquals("Hi", reader.decode(be, "x").text());
    }

    @Test
    void nulBytesAreRefusedAsBinary() {
        InputException e = assertThrows(InputException.class, () -> reader.decode(new byte[] {'a', 0, 'b'}, "x"));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void emptyInputGivesAnEmptyArticle() throws Exception {
        assertEquals("", reader.decode(new byte[0], "x").text());
    }

    @Test
    void lineEndsAreKept() throws Exception {
        assertEquals("a\r\nb\rc\n", reader.decode("a\r\nb\rc\n".getBytes(StandardCharsets.UTF_8), "x").text());
    }

    @Test
    void controlCharactersGiveADiagnostic() throws Exception {
        Article a = reader.decode("a\u0007b".getBytes(StandardCharsets.UTF_8), "x");
        assertEquals(DiagnosticCode.CONTROL_CHARACTERS, a.diagnostics().get(0).code());
    }

    @Test
    void oversizedFileIsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.txt");
        Files.write(f, new byte[1001]);
        InputException e = assertThrows(InputException.class, () -> reader.read(f, "big.txt"));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }

    @Test
    void oversizedStreamIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> reader.read(new ByteArrayInputStream(new byte[5000]), Article.STDIN));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
    }

    @Test
    void fileAtTheLimitIsRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ok.txt");
        Files.write(f, "a".repeat(1000).getBytes(StandardCharsets.UTF_8));
        assertEquals(1000, reader.read(f, "ok.txt").text().length());
    }

    @Test
    void missingFileAndFolderAreRefused(@TempDir Path dir) {
        assertEquals("no such file",
                assertThrows(InputException.class, () -> reader.read(dir.resolve("nope.txt"), "nope.txt")).getMessage());
        assertEquals("is a directory", assertThrows(InputException.class, () -> reader.read(dir, "d")).getMessage());
    }

    @Test
    void unreadableFileIsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("secret.txt");
        Files.writeString(f, "x");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(f), "running as a user who can read anything (root)");
        InputException e = assertThrows(InputException.class, () -> reader.read(f, "secret.txt"));
        assertEquals("permission denied", e.getMessage());
    }
}
