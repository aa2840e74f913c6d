package org.newsie.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads newsie's line-based word lists and tables from the class path. */
public final class ResourceLines {
    private ResourceLines() {
    }

    /**
     * The lines of a UTF-8 class-path resource, stripped, without blank lines and {@code #} comment lines.
     *
     * @param owner the class the name is resolved against, as by {@link Class#getResourceAsStream}
     * @param name  the resource's name: relative to {@code owner}'s package, or absolute with a leading {@code /}
     * @throws IllegalStateException if the resource is missing (a broken build, not bad input)
     * @throws UncheckedIOException  if it cannot be read
     */
    public static List<String> read(Class<?> owner, String name) {
        String path = name.startsWith("/") ? name.substring(1)
                : owner.getPackageName().replace('.', '/') + "/" + name;
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (UncheckedIOException e) { // from the lines stream
            throw new UncheckedIOException("reading resource " + path, e.getCause());
        } catch (IOException e) { // from closing
            throw new UncheckedIOException("reading resource " + path, e);
        }
    }
}
