package se.samverkan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The application's clock in integration tests: the system clock until a test sets it, so that tests move time
 * instead of waiting. A test that moves it resets it afterwards ({@link #reset()}), as the context is shared.
 */
public final class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant fixed;

    public MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    /** A clock that stands at {@code start} until moved. */
    public MutableClock(Instant start, ZoneId zone) {
        this.zone = zone;
        this.fixed = start;
    }

    public void set(ZonedDateTime time) {
        fixed = time.toInstant();
    }

    public void advance(Duration duration) {
        fixed = instant().plus(duration);
    }

    /** Back to the system clock. */
    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : Clock.fixed(instant(), other);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now == null ? Instant.now() : now;
    }
}
