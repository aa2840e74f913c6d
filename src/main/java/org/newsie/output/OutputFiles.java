package org.newsie.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes output files safely: through a temporary file in the target's folder that is renamed (or
 * hard-linked) into place, so an interrupted run never leaves a half-written result; an existing file
 * is not overwritten unless asked to. Thread-safe.
 */
public final class OutputFiles {
    private final boolean overwrite;
    private final Set<Path> temporary = ConcurrentHashMap.newKeySet();

    public OutputFiles(boolean overwrite) {
        this.overwrite = overwrite;
    }

    public void write(Path target, String content) throws IOException {
        if (!overwrite && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target + " exists (use --force to overwrite)");
        }
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        temporary.add(tmp);
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            if (overwrite) {
                moveReplacing(tmp, target);
            } else {
                publishNew(tmp, target);
            }
        } finally {
            Files.deleteIfExists(tmp);
            temporary.remove(tmp);
        }
    }

    private static void moveReplacing(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A hard link fails atomically when the target exists, so a file that appeared meanwhile is not lost. */
    private static void publishNew(Path tmp, Path target) throws IOException {
        try {
            Files.createLink(target, tmp);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(target + " exists (use --force to overwrite)");
        } catch (UnsupportedOperationException | IOException e) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(target + " exists (use --force to overwrite)");
            }
            Files.move(tmp, target);
        }
    }

    /** Removes the temporary files of writes in progress (called when the run is interrupted). */
    public void deleteTemporaryFiles() {
        for (Path p : temporary) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // best effort while shutting down
            }
        }
    }
}
