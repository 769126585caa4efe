package dev.fakeokta.server.internal.ratelimit;

import dev.fakeokta.server.RateLimitBucket;

/**
 * What the rate limiter decided for one request, and the numbers its headers report.
 *
 * @param bucket the request's bucket
 * @param outcome admitted, or why not
 * @param limit the bucket's limit
 * @param remaining requests left in the window after this one
 * @param resetEpochSecond when the window ends, in epoch seconds (rounded up)
 * @param windowSeconds the window length in seconds
 * @param generation the limiter's reset count when it decided, so a request admitted before a reset
 *     is not released against the counters after it
 */
public record Decision(
    RateLimitBucket bucket,
    Outcome outcome,
    int limit,
    int remaining,
    long resetEpochSecond,
    long windowSeconds,
    long generation) {

  /** Admitted, or why not. */
  public enum Outcome {
    /** The request counts against its bucket and goes on. */
    ADMITTED,
    /** The bucket is used up for this window: 429. */
    OVER_LIMIT,
    /** Too many requests in flight: 429 with limit and remaining 0. */
    OVER_CONCURRENCY
  }

  /**
   * Whether the request was admitted.
   *
   * @return {@code true} if it goes on to scripts and stubs
   */
  public boolean admitted() {
    return outcome == Outcome.ADMITTED;
  }
}
