package dev.fakeokta.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The fake's clock, under the test's control. It drives the {@code Date} header, token {@code
 * iat}/{@code exp}, expiry checks and rate-limit windows, so "the token expired" needs no sleeping.
 *
 * <p>By default it follows the system clock. {@link #set(Instant)} and {@link #advance(Duration)}
 * move it; it keeps ticking in real time from there, so a retry that really waits one second sees
 * one second pass. {@link #reset()} puts it back on the system clock. It is a {@link Clock} (in
 * UTC), so it can be handed to any code that takes one.
 *
 * <pre>{@code
 * okta.clock().advance(Duration.ofHours(2));   // tokens minted an hour ago have now expired
 * okta.clock().set(Instant.parse("2030-01-01T00:00:00Z"));
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class FakeClock extends Clock {

  private final Clock system;
  private volatile Duration offset = Duration.ZERO;

  /** A clock that follows the system clock until it is moved. */
  public FakeClock() {
    this(Clock.systemUTC());
  }

  /**
   * A clock that follows {@code base} until it is moved.
   *
   * @param base the clock to follow; must not be {@code null}
   */
  public FakeClock(Clock base) {
    this.system = Objects.requireNonNull(base, "base clock must not be null");
  }

  @Override
  public Instant instant() {
    return system.instant().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /**
   * Always throws: the fake's clock is a UTC clock.
   *
   * @param zone ignored
   * @return never
   * @throws UnsupportedOperationException always
   */
  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException(
        "FakeClock is always UTC; use clock.instant().atZone(zone) to view it in another zone");
  }

  /**
   * The current instant on this clock; the same as {@link #instant()}.
   *
   * @return now, as the fake sees it
   */
  public Instant now() {
    return instant();
  }

  /**
   * Moves the clock so that it reads {@code instant} now, and ticks on from there.
   *
   * @param instant the new time; must not be {@code null}
   * @return this clock
   */
  public synchronized FakeClock set(Instant instant) {
    Objects.requireNonNull(instant, "instant must not be null");
    offset = Duration.between(system.instant(), instant);
    return this;
  }

  /**
   * Moves the clock forward (or back, for a negative duration).
   *
   * @param amount how far to move; must not be {@code null}
   * @return this clock
   */
  public synchronized FakeClock advance(Duration amount) {
    Objects.requireNonNull(amount, "amount must not be null");
    offset = offset.plus(amount);
    return this;
  }

  /**
   * Puts the clock back on the system clock.
   *
   * @return this clock
   */
  public synchronized FakeClock reset() {
    offset = Duration.ZERO;
    return this;
  }

  /**
   * How far this clock is from the clock it follows.
   *
   * @return the offset; zero after {@link #reset()}
   */
  public Duration offset() {
    return offset;
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return "FakeClock[" + instant() + ", offset " + offset + "]";
  }
}
