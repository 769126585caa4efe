package dev.fakeokta.server;

import java.time.Duration;
import java.util.Objects;

/**
 * A rate limit: at most {@link #limit()} requests per {@link #window()}. A window starts with the
 * first request after the previous window ended, on the fake's {@linkplain FakeClock clock}, so
 * {@code okta.clock().advance(...)} past the window's end gives a fresh window.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RateLimit {

  /** Okta's window: counters reset every minute. */
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(1);

  private final int limit;
  private final Duration window;

  private RateLimit(int limit, Duration window) {
    this.limit = limit;
    this.window = window;
  }

  /**
   * A limit per window.
   *
   * @param limit requests per window, at least 1
   * @param window the window, at least one second
   * @return the rate limit
   * @throws IllegalArgumentException if {@code limit} is less than 1 or {@code window} shorter than
   *     a second
   */
  public static RateLimit of(int limit, Duration window) {
    Objects.requireNonNull(
        window, "window must not be null; Okta's window is Duration.ofMinutes(1)");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    if (window.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException(
          "window must be at least 1 second (X-Rate-Limit-Reset has second precision), was "
              + window);
    }
    return new RateLimit(limit, window);
  }

  /**
   * A limit per minute, Okta's usual window.
   *
   * @param limit requests per minute, at least 1
   * @return the rate limit
   */
  public static RateLimit perMinute(int limit) {
    return of(limit, DEFAULT_WINDOW);
  }

  /**
   * Requests allowed per window.
   *
   * @return the limit
   */
  public int limit() {
    return limit;
  }

  /**
   * The window length.
   *
   * @return the window
   */
  public Duration window() {
    return window;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RateLimit that && limit == that.limit && window.equals(that.window);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, window);
  }

  @Override
  public String toString() {
    return limit + " per " + window;
  }
}
