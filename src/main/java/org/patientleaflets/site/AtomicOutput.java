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
 * the last good output exactly as it was.
 */
public final class AtomicOutput {

    private final Path target;
    private final Path staging;
    private final Path retired;

    public AtomicOutput(Path target) {
        this.target = target;
        this.staging = target.resolveSibling("." + target.getFileName() + ".staging");
        this.retired = target.resolveSibling("." + target.getFileName() + ".retired");
    }

    /** An empty folder to write the new output into; leftovers of an interrupted build are removed first. */
    public Path begin() throws IOException {
        deleteTree(staging);
        deleteTree(retired);
        Files.createDirectories(staging);
        return staging;
    }

    /** Replaces the target with the staged output. */
    public void commit() throws IOException {
        if (Files.exists(target)) {
            Files.move(target, retired, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(retired);
    }

    /** Drops the staged output, leaving the target untouched. */
    public void abandon() throws IOException {
        deleteTree(staging);
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
