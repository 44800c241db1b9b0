package org.patientleaflets;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * Stops a build that has run out of memory in all but name. When the content needs more than the heap holds,
 * the garbage collector runs back to back, each time freeing a little, and the JVM goes on for many minutes
 * before it gives up: twelve, for 20,000 pages in a 384 MB heap. So at each step of a long phase this looks
 * at the last seconds, and when collecting took most of them and the heap stayed nearly full after it, it
 * throws the {@link OutOfMemoryError} the JVM would have thrown much later.
 *
 * <p>A healthy build of 10,000 pages in that heap spends at most a tenth of any ten seconds collecting, with
 * the heap up to 93 % full after a collection: the bars below are well clear of both.
 */
final class MemoryGuard implements Progress {

    /** How long the collector must have been busy before a build is stopped. */
    static final Duration WINDOW = Duration.ofSeconds(10);
    /** The share of the window spent collecting, at least. */
    static final double COLLECTING = 0.5;
    /** How full the heap is after the last collection, at least. */
    static final double FULL = 0.9;

    private static final long SAMPLE_EVERY = Duration.ofMillis(250).toNanos();

    /**
     * The collector's state at one moment.
     *
     * @param nanos when, on the clock of {@link System#nanoTime()}
     * @param collecting the milliseconds every collector has taken since the JVM started
     * @param fullness the share of the heap's fullest old generation still in use after its last collection
     */
    record Sample(long nanos, long collecting, double fullness) {}

    private final Progress progress;
    private final LongSupplier clock;
    private final LongFunction<Sample> sampler;
    private final Deque<Sample> window = new ArrayDeque<>();

    MemoryGuard(Progress progress, LongSupplier nanoClock, LongFunction<Sample> sampler) {
        this.progress = progress;
        this.clock = nanoClock;
        this.sampler = sampler;
    }

    /** {@code progress}, watched over by a guard reading this JVM's collectors. */
    static Progress watching(Progress progress) {
        return new MemoryGuard(progress, System::nanoTime, MemoryGuard::sample);
    }

    @Override
    public void advanced(String phase, int done, int total) {
        look();
        progress.advanced(phase, done, total);
    }

    @Override
    public void finished(String phase, int count, Duration took) {
        progress.finished(phase, count, took);
    }

    private synchronized void look() {
        long now = clock.getAsLong();
        if (!window.isEmpty() && now - window.peekLast().nanos() < SAMPLE_EVERY) {
            return;
        }
        Sample latest = sampler.apply(now);
        window.addLast(latest);
        // Keep one sample at least a window old, as the start of the span measured.
        while (window.size() > 2 && latest.nanos() - secondOldest().nanos() >= WINDOW.toNanos()) {
            window.removeFirst();
        }
        Sample start = window.peekFirst();
        long span = latest.nanos() - start.nanos();
        if (span < WINDOW.toNanos()) {
            return;
        }
        double collecting = (latest.collecting() - start.collecting()) * 1e6 / span;
        if (collecting >= COLLECTING && latest.fullness() >= FULL) {
            throw new OutOfMemoryError(String.format(
                    Locale.ROOT,
                    "the garbage collector took %.0f %% of the last %d s and left the heap %.0f %% full",
                    collecting * 100,
                    Math.round(span / 1e9),
                    latest.fullness() * 100));
        }
    }

    private Sample secondOldest() {
        var samples = window.iterator();
        samples.next();
        return samples.next();
    }

    private static Sample sample(long nanos) {
        long collecting = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            collecting += Math.max(0, collector.getCollectionTime());
        }
        double fullness = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            // The pools whose use can be watched against a threshold are those that keep objects for long:
            // the old generation, or the whole heap under a collector without generations.
            if (pool.getType() == MemoryType.HEAP && pool.isUsageThresholdSupported()) {
                MemoryUsage afterCollection = pool.getCollectionUsage();
                if (afterCollection != null && afterCollection.getMax() > 0) {
                    fullness = Math.max(fullness, (double) afterCollection.getUsed() / afterCollection.getMax());
                }
            }
        }
        return new Sample(nanos, collecting, fullness);
    }
}
