package dev.fakeokta.server;

import dev.fakeokta.server.internal.ratelimit.Buckets;
import dev.fakeokta.server.internal.ratelimit.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The fake's rate limits at run time, from {@link FakeOktaServer#rateLimits()}: Okta's buckets,
 * their counters, the concurrency limit and Okta's quirks.
 *
 * <p>Every response to a rate-limited path carries Okta's three headers for the request's {@link
 * RateLimitBucket}: {@code X-Rate-Limit-Limit}, {@code X-Rate-Limit-Remaining} and {@code
 * X-Rate-Limit-Reset} (epoch seconds on the fake's {@linkplain FakeClock clock}). Past the limit
 * the fake answers 429 with {@code E0000047}'s exact body, {@code Remaining: 0} and {@code
 * Retry-After}; past the {@linkplain #concurrencyLimit(int) concurrency limit} it answers the same
 * 429 with {@code Limit: 0} and {@code Remaining: 0}.
 *
 * <h2>Rate limits and scripts</h2>
 *
 * <ul>
 *   <li>The rate limit is checked first: a request over the limit gets the 429 and no script is
 *       asked (so "fail twice" is not used up by rate-limited requests).
 *   <li>Every admitted request counts against its bucket, whoever answers it: a script, your
 *       WireMock stub or the fake's own endpoint; its response carries the bucket's headers.
 *   <li>A scripted (or stubbed) 429 claims the bucket is used up until now: {@code Remaining: 0}
 *       and {@code X-Rate-Limit-Reset} = the fake's current second, so okta-sdk-java retries after
 *       its minimum wait of one second. Set {@code OktaError.withHeader("X-Rate-Limit-Reset", ...)}
 *       to report another reset; headers a response already sets are never overwritten.
 * </ul>
 *
 * <pre>{@code
 * okta.rateLimits().limit(RateLimitBucket.USERS, 5, Duration.ofMinutes(1));
 * // five GET /api/v1/users succeed, the sixth gets 429 E0000047 until the window ends
 * okta.clock().advance(Duration.ofMinutes(1)); // a fresh window
 * }</pre>
 *
 * <p>{@link FakeOktaServer#reset()} empties every counter and restores the configured limits,
 * concurrency limit and {@code Retry-After} setting, and turns quirks off. This class is
 * thread-safe.
 */
public final class RateLimits {

  private final RateLimiter limiter;

  RateLimits(RateLimiter limiter) {
    this.limiter = limiter;
  }

  /**
   * The bucket a request counts against, as the fake matches it (exact path, else longest prefix).
   *
   * @param method the HTTP method, e.g. {@code "GET"}; must not be {@code null}
   * @param path the path, e.g. {@code "/api/v1/users/00u1"}; a query is ignored
   * @return the bucket, or empty when the path is not rate limited (keys, discovery, non-Okta
   *     paths)
   */
  public Optional<RateLimitBucket> bucketFor(String method, String path) {
    Objects.requireNonNull(method, "method must not be null");
    Objects.requireNonNull(path, "path must not be null");
    int query = path.indexOf('?');
    return Buckets.of(method, query < 0 ? path : path.substring(0, query));
  }

  /**
   * A bucket's current limit.
   *
   * @param bucket the bucket; must not be {@code null}
   * @return the limit and window
   */
  public RateLimit limit(RateLimitBucket bucket) {
    return limiter.limit(requireBucket(bucket));
  }

  /**
   * Changes a bucket's limit; its counter starts a fresh window.
   *
   * @param bucket the bucket; must not be {@code null}
   * @param limit requests per window, at least 1
   * @param window the window, at least a second
   * @return these rate limits
   */
  public RateLimits limit(RateLimitBucket bucket, int limit, Duration window) {
    return limit(bucket, RateLimit.of(limit, window));
  }

  /**
   * Changes a bucket's limit; its counter starts a fresh window.
   *
   * @param bucket the bucket; must not be {@code null}
   * @param limit the limit; must not be {@code null}
   * @return these rate limits
   */
  public RateLimits limit(RateLimitBucket bucket, RateLimit limit) {
    limiter.limit(requireBucket(bucket), Objects.requireNonNull(limit, "limit must not be null"));
    return this;
  }

  /**
   * Requests left in a bucket's current window, as the next response's {@code
   * X-Rate-Limit-Remaining} would count them (before that request).
   *
   * @param bucket the bucket; must not be {@code null}
   * @return the count
   */
  public int remaining(RateLimitBucket bucket) {
    return limiter.remaining(requireBucket(bucket));
  }

  /**
   * When a bucket's current window ends, on the fake's clock.
   *
   * @param bucket the bucket; must not be {@code null}
   * @return the end of the window, or now if no request opened one
   */
  public Instant resetAt(RateLimitBucket bucket) {
    return limiter.resetAt(requireBucket(bucket));
  }

  /**
   * The concurrency limit: how many rate-limited requests may be in flight at once, org-wide.
   *
   * @return the limit
   */
  public int concurrencyLimit() {
    return limiter.concurrencyLimit();
  }

  /**
   * Changes the concurrency limit. Past it, requests get 429 {@code E0000047} with {@code
   * X-Rate-Limit-Limit: 0} and {@code X-Rate-Limit-Remaining: 0}, as Okta sends them.
   *
   * @param limit at least 1; the default is {@value FakeOktaConfig#DEFAULT_CONCURRENCY_LIMIT}
   * @return these rate limits
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  public RateLimits concurrencyLimit(int limit) {
    limiter.concurrencyLimit(FakeOktaConfig.requireConcurrencyLimit(limit));
    return this;
  }

  /**
   * How many rate-limited requests the fake is serving right now (a delayed response counts until
   * it is sent).
   *
   * @return the count
   */
  public int inFlight() {
    return limiter.inFlight();
  }

  /**
   * Turns {@code Retry-After} (seconds until {@code X-Rate-Limit-Reset}) on 429 responses on or
   * off. Okta documents only the {@code X-Rate-Limit-*} headers; okta-sdk-java ignores {@code
   * Retry-After}.
   *
   * @param on {@code false} to leave it out; the default is {@code true}
   * @return these rate limits
   */
  public RateLimits retryAfter(boolean on) {
    limiter.retryAfter(on);
    return this;
  }

  /**
   * Whether 429 responses carry {@code Retry-After}.
   *
   * @return the setting
   */
  public boolean retryAfter() {
    return limiter.retryAfter();
  }

  /**
   * Turns enforcement on or off. Off, requests are still counted and carry the headers, but no
   * request gets a 429 from the limits (scripted 429s still work).
   *
   * @param on {@code false} to stop enforcing; the default is {@code true}
   * @return these rate limits
   */
  public RateLimits enforce(boolean on) {
    limiter.enabled(on);
    return this;
  }

  /**
   * Whether limits are enforced.
   *
   * @return the setting
   */
  public boolean isEnforced() {
    return limiter.enabled();
  }

  /**
   * Turns one of Okta's quirks on, until {@link #disable(RateLimitQuirk)} or {@link
   * FakeOktaServer#reset()}.
   *
   * @param quirk the quirk; must not be {@code null}
   * @return these rate limits
   */
  public RateLimits enable(RateLimitQuirk quirk) {
    limiter.quirk(Objects.requireNonNull(quirk, "quirk must not be null"), true);
    return this;
  }

  /**
   * Turns a quirk off.
   *
   * @param quirk the quirk; must not be {@code null}
   * @return these rate limits
   */
  public RateLimits disable(RateLimitQuirk quirk) {
    limiter.quirk(Objects.requireNonNull(quirk, "quirk must not be null"), false);
    return this;
  }

  /**
   * The quirks turned on.
   *
   * @return an unmodifiable set, empty by default
   */
  public Set<RateLimitQuirk> quirks() {
    return limiter.quirks();
  }

  private static RateLimitBucket requireBucket(RateLimitBucket bucket) {
    return Objects.requireNonNull(bucket, "bucket must not be null; e.g. RateLimitBucket.USERS");
  }

  @Override
  public String toString() {
    return "RateLimits[concurrency " + concurrencyLimit() + ", quirks " + quirks() + "]";
  }
}
