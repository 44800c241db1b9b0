package org.patientleaflets.site;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Builds a folder beside its final place and swaps it in whole, so that a failed or killed build leaves
 * the last good output exactly as it was. A lock file keeps two builds from staging at the same time.
 */
public final class AtomicOutput {

    private final Path target;
    private final Path staging;
    private final Path retired;
    private OutputLock lock;

    public AtomicOutput(Path target) {
        this.target = target;
        this.staging = target.resolveSibling("." + target.getFileName() + ".staging");
        this.retired = target.resolveSibling("." + target.getFileName() + ".retired");
    }

    /**
     * Takes the lock and returns an empty folder to write the new output into. Leftovers of a build that
     * was killed are cleared first; one killed between the two moves of {@link #commit} left the last good
     * output aside, and it is put back.
     *
     * @throws OutputBusyException when another build holds the lock
     */
    public Path begin() throws IOException {
        lock = OutputLock.take(target);
        if (!Files.exists(target) && Files.exists(retired)) {
            Files.move(retired, target, StandardCopyOption.ATOMIC_MOVE);
        }
        deleteTree(staging);
        deleteTree(retired);
        Files.createDirectories(staging);
        return staging;
    }

    /** Replaces the target with the staged output and releases the lock. */
    public void commit() throws IOException {
        try {
            if (Files.exists(target)) {
                Files.move(target, retired, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(retired);
        } finally {
            release();
        }
    }

    /** Drops the staged output, leaving the target untouched, and releases the lock. */
    public void abandon() throws IOException {
        try {
            deleteTree(staging);
        } finally {
            release();
        }
    }

    private void release() throws IOException {
        if (lock != null) {
            lock.release();
            lock = null;
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
