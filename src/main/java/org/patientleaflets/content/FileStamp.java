package org.patientleaflets.content;

import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A file's size and modification time, by which a build tells that a file it read before is unchanged
 * without reading it again. A file modified shortly before it is stamped could be written again within the
 * same tick of the file system's clock and keep its size: it gets no stamp, and is read again next time.
 */
public record FileStamp(long size, long modified) {

    /** How long after its last change a file's stamp can be trusted, as coarse as the clocks of FAT disks. */
    static final Duration SETTLED = Duration.ofSeconds(2);

    /** The stamp of a file with these attributes, looked at {@code now}, unless it changed too recently. */
    public static Optional<FileStamp> of(BasicFileAttributes attributes, Instant now) {
        if (attributes.lastModifiedTime().toInstant().isAfter(now.minus(SETTLED))) {
            return Optional.empty();
        }
        return Optional.of(
                new FileStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
    }
}
