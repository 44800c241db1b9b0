package org.patientleaflets.site;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A lock file beside an output folder, which keeps two builds from writing that folder at the same time. */
final class OutputLock {

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code target}.
     *
     * @throws OutputBusyException when another build holds it
     */
    static OutputLock take(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path file = target.resolveSibling("." + target.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new OutputBusyException(target);
        }
        return new OutputLock(channel, lock);
    }

    void release() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
