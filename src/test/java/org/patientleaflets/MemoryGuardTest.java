package org.patientleaflets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A build whose heap is too small is stopped within seconds of the collector running back to back. */
class MemoryGuardTest {

    private static final long SECOND = 1_000_000_000L;

    /** A JVM whose collectors take {@code share} of each second, leaving the heap {@code fullness} full. */
    private static final class Jvm {
        long now;
        double share;
        double fullness;
        double collectedMillis;

        MemoryGuard.Sample sample(long nanos) {
            return new MemoryGuard.Sample(nanos, Math.round(collectedMillis), fullness);
        }

        /** Lets {@code millis} pass at the current share of collecting. */
        void pass(long millis) {
            now += millis * 1_000_000;
            collectedMillis += millis * share;
        }
    }

    private final Jvm jvm = new Jvm();
    private final List<String> told = new ArrayList<>();
    private final MemoryGuard guard = new MemoryGuard(
            new Progress() {
                @Override
                public void advanced(String phase, int done, int total) {
                    told.add(phase + " " + done + "/" + total);
                }

                @Override
                public void finished(String phase, int count, Duration took) {
                    told.add(phase + " " + count);
                }
            },
            () -> jvm.now,
            jvm::sample);

    /** Advances a phase every {@code everyMillis} for {@code seconds}. */
    private void steps(int seconds, long everyMillis) {
        for (long elapsed = 0; elapsed < seconds * 1000L; elapsed += everyMillis) {
            jvm.pass(everyMillis);
            guard.advanced("leaflets read", 1, 2);
        }
    }

    /** Advances as {@link #steps} does, which must stop the build with {@code message}. */
    private void assertStopsWith(int seconds, long everyMillis, String message) {
        assertThatThrownBy(() -> steps(seconds, everyMillis))
                .isInstanceOf(OutOfMemoryError.class)
                .hasMessage(message);
    }

    @Test
    void aHeapLeftNearlyFullByACollectorBusyMostOfTenSecondsStopsTheBuild() {
        jvm.share = 0.95;
        jvm.fullness = 0.99;

        assertStopsWith(60, 100, "the garbage collector took 95 % of the last 10 s and left the heap 99 % full");
        assertThat(jvm.now).isLessThanOrEqualTo(11 * SECOND);
    }

    @Test
    void aHealthyLargeBuildIsNotStoppedThoughItsHeapIsFullAfterCollections() {
        // A build of 10,000 pages in 384 MB: a tenth of its time collecting, 93 % full after a collection.
        jvm.share = 0.1;
        jvm.fullness = 0.93;

        assertThatCode(() -> steps(120, 100)).doesNotThrowAnyException();
        assertThat(told).hasSize(1200).allMatch(line -> line.equals("leaflets read 1/2"));
    }

    @Test
    void muchCollectingInAHeapWithRoomLeftIsNotStopped() {
        jvm.share = 0.9;
        jvm.fullness = 0.6;

        assertThatCode(() -> steps(60, 100)).doesNotThrowAnyException();
        assertThat(told).hasSize(600);
    }

    @Test
    void aFewSecondsOfCollectingBackToBackAreNotEnough() {
        jvm.fullness = 0.99;

        assertThatCode(() -> {
                    jvm.share = 0.1;
                    steps(20, 100);
                    jvm.share = 1.0;
                    steps(4, 100);
                    jvm.share = 0.1;
                    steps(20, 100);
                })
                .doesNotThrowAnyException();
        assertThat(told).hasSize(440);
    }

    @Test
    void stepsFarApartAreMeasuredOverTheirWholeSpan() {
        jvm.share = 0.6;
        jvm.fullness = 0.95;

        assertStopsWith(60, 7000, "the garbage collector took 60 % of the last 14 s and left the heap 95 % full");
    }

    @Test
    void finishedPhasesAreToldAsTheyCome() {
        guard.finished("texts read", 3, Duration.ofSeconds(1));

        assertThat(told).containsExactly("texts read 3");
    }
}
