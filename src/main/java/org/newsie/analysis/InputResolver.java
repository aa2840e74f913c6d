package org.newsie.analysis;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Turns the command line's INPUT arguments into the list of articles: a file stands for itself; a
 * folder for every {@code *.txt} file beneath it, recursively (symbolic links followed, loops
 * reported), in sorted path order; {@code -} for standard input. Problems found while listing a
 * folder become failed inputs, so they are reported in order with the rest.
 */
public final class InputResolver {
    private InputResolver() {
    }

    /** The inputs of the given arguments, in argument order, each folder's files sorted. */
    public static List<Input> resolve(List<String> args) {
        List<Input> out = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                out.add(Input.stdin());
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                listFolder(arg, path, out);
            } else {
                out.add(Input.file(arg, path, relativeName(path)));
            }
        }
        return out;
    }

    /** Whether the arguments can stand for more than one article (several arguments, or a folder). */
    public static boolean isBatch(List<String> args) {
        return args.size() > 1 || args.stream().anyMatch(a -> !a.equals("-") && Files.isDirectory(Path.of(a)));
    }

    private static void listFolder(String arg, Path root, List<Input> out) {
        List<Input> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
                                return FileVisitResult.CONTINUE;
                            }
                            String rel = slashes(root.relativize(file));
                            if (attrs.isRegularFile()) {
                                found.add(Input.file(join(arg, rel), file, rel));
                            } else if (attrs.isSymbolicLink()) {
                                found.add(Input.failed(join(arg, rel), "broken symbolic link"));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String rel = slashes(root.relativize(file));
                            String name = join(arg, rel);
                            if (e instanceof FileSystemLoopException) {
                                found.add(Input.failed(name, "symbolic link loop; skipped"));
                            } else if (e instanceof AccessDeniedException) {
                                found.add(Input.failed(name, "permission denied"));
                            } else if (file.getFileName() != null
                                    && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
                                found.add(Input.failed(name, "cannot read: " + e.getMessage()));
                            } else if (Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                                    || Files.isSymbolicLink(file)) {
                                found.add(Input.failed(name, "cannot list: " + e.getMessage()));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            found.add(Input.failed(arg, "cannot list: " + e.getMessage()));
        }
        found.sort(Comparator.comparing(Input::relativePath));
        out.addAll(found);
    }

    private static String join(String folderArg, String rel) {
        return folderArg.endsWith("/") || folderArg.endsWith(java.io.File.separator) ? folderArg + rel : folderArg + "/" + rel;
    }

    static String slashes(Path p) {
        StringBuilder b = new StringBuilder();
        for (Path part : p) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(part);
        }
        return b.toString();
    }

    /** Where a file given directly goes in an output folder: its normalized relative path, or its name. */
    private static String relativeName(Path path) {
        Path norm = path.normalize();
        if (norm.isAbsolute() || norm.startsWith("..") || norm.getFileName() == null) {
            Path name = path.getFileName();
            return name == null ? "input.txt" : name.toString();
        }
        return slashes(norm);
    }
}
