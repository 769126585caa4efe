package dev.fakeokta.server.internal.ratelimit;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import dev.fakeokta.server.RateLimit;
import dev.fakeokta.server.RateLimitBucket;
import dev.fakeokta.server.RateLimitQuirk;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counters behind Okta-like rate limits: one fixed window per bucket on the fake's clock, and
 * an org-wide count of requests in flight. Every decision is taken under this object's lock, so the
 * remaining count is exact under concurrent clients.
 */
public final class RateLimiter {

  /** {@code X-Rate-Limit-Limit}. */
  public static final String LIMIT = "X-Rate-Limit-Limit";

  /** {@code X-Rate-Limit-Remaining}. */
  public static final String REMAINING = "X-Rate-Limit-Remaining";

  /** {@code X-Rate-Limit-Reset}. */
  public static final String RESET = "X-Rate-Limit-Reset";

  /** {@code Retry-After}. */
  public static final String RETRY_AFTER = "Retry-After";

  private final Clock clock;
  private final Map<RateLimitBucket, RateLimit> configuredLimits;
  private final int configuredConcurrency;
  private final boolean configuredRetryAfter;

  private final Map<RateLimitBucket, Window> windows = new EnumMap<>(RateLimitBucket.class);
  private final Set<RateLimitQuirk> quirks = EnumSet.noneOf(RateLimitQuirk.class);
  private int concurrencyLimit;
  private boolean retryAfter;
  private boolean enabled = true;
  private int inFlight;
  private long generation;

  /**
   * A limiter with its configured starting values.
   *
   * @param clock the fake's clock
   * @param limits the configured limit per bucket (every bucket present)
   * @param concurrencyLimit the configured number of requests allowed in flight
   * @param retryAfter whether 429s carry {@code Retry-After}
   */
  public RateLimiter(
      Clock clock,
      Map<RateLimitBucket, RateLimit> limits,
      int concurrencyLimit,
      boolean retryAfter) {
    this.clock = clock;
    this.configuredLimits = Map.copyOf(limits);
    this.configuredConcurrency = concurrencyLimit;
    this.configuredRetryAfter = retryAfter;
    reset();
  }

  /**
   * Back to the configured limits, no quirks, empty counters, nothing in flight (a request still
   * being served when the fake is reset is not counted again when it ends).
   */
  public synchronized void reset() {
    inFlight = 0;
    generation++;
    windows.clear();
    for (RateLimitBucket bucket : RateLimitBucket.values()) {
      windows.put(bucket, new Window(configuredLimits.get(bucket)));
    }
    quirks.clear();
    concurrencyLimit = configuredConcurrency;
    retryAfter = configuredRetryAfter;
    enabled = true;
  }

  /**
   * Counts a request against its bucket, unless the bucket or the concurrency limit is used up. An
   * admitted request is in flight until {@link #release(Decision)}.
   *
   * @param bucket the request's bucket
   * @return the decision
   */
  public synchronized Decision admit(RateLimitBucket bucket) {
    Instant now = clock.instant();
    Window window = windows.get(bucket);
    window.roll(now);
    if (enabled && inFlight >= concurrencyLimit) {
      return window.decision(bucket, Decision.Outcome.OVER_CONCURRENCY, now, generation);
    }
    if (enabled && window.used >= window.limit.limit()) {
      return window.decision(bucket, Decision.Outcome.OVER_LIMIT, now, generation);
    }
    window.used++;
    inFlight++;
    return window.decision(bucket, Decision.Outcome.ADMITTED, now, generation);
  }

  /**
   * Ends an admitted request's time in flight.
   *
   * @param decision the decision that admitted it
   */
  public synchronized void release(Decision decision) {
    if (decision.generation() == generation && inFlight > 0) {
      inFlight--;
    }
  }

  /**
   * The headers to add to a response, given the request's decision. Headers the response already
   * sets (a stub's or a scripted error's own) are kept and not added again.
   *
   * @param decision the decision
   * @param status the response status
   * @param existing the response's headers
   * @return the headers to add, possibly none
   */
  public synchronized List<HttpHeader> headers(
      Decision decision, int status, HttpHeaders existing) {
    List<HttpHeader> out = new ArrayList<>(5);
    boolean tooMany = status == 429;
    if (tooMany && quirks.contains(RateLimitQuirk.NO_HEADERS_ON_429)) {
      return out;
    }
    long now = clock.instant().getEpochSecond();
    int limit = decision.limit();
    int remaining = decision.remaining();
    long reset = decision.resetEpochSecond();
    switch (decision.outcome()) {
      case OVER_CONCURRENCY -> {
        limit = 0;
        remaining = 0;
      }
      case OVER_LIMIT -> remaining = 0;
      case ADMITTED -> {
        if (tooMany) {
          // a scripted (or stubbed) 429: the bucket claims to be used up until now, so clients
          // retry after their shortest wait (okta-sdk-java: 1 s)
          remaining = 0;
          reset = now;
        }
      }
      default -> throw new IllegalStateException("unknown outcome " + decision.outcome());
    }
    if (quirks.contains(RateLimitQuirk.RESET_IN_THE_PAST)) {
      reset = now - 60;
    }
    addIfAbsent(out, existing, LIMIT, Integer.toString(limit));
    addIfAbsent(out, existing, REMAINING, Integer.toString(remaining));
    if (!existing.getHeader(RESET).isPresent()) {
      out.add(new HttpHeader(RESET, Long.toString(reset)));
      if (quirks.contains(RateLimitQuirk.DUPLICATE_RESET_HEADER)) {
        out.add(new HttpHeader(RESET, Long.toString(reset + decision.windowSeconds())));
      }
    }
    if (tooMany && retryAfter) {
      addIfAbsent(out, existing, RETRY_AFTER, Long.toString(Math.max(0, reset - now)));
    }
    return out;
  }

  private static void addIfAbsent(
      List<HttpHeader> out, HttpHeaders existing, String name, String value) {
    if (!existing.getHeader(name).isPresent()) {
      out.add(new HttpHeader(name, value));
    }
  }

  /**
   * The current limit of a bucket.
   *
   * @param bucket the bucket
   * @return its limit
   */
  public synchronized RateLimit limit(RateLimitBucket bucket) {
    return windows.get(bucket).limit;
  }

  /**
   * Changes a bucket's limit and starts a fresh window for it.
   *
   * @param bucket the bucket
   * @param limit the new limit
   */
  public synchronized void limit(RateLimitBucket bucket, RateLimit limit) {
    windows.put(bucket, new Window(limit));
  }

  /**
   * Requests left in a bucket's current window.
   *
   * @param bucket the bucket
   * @return the remaining count
   */
  public synchronized int remaining(RateLimitBucket bucket) {
    Window window = windows.get(bucket);
    window.roll(clock.instant());
    return window.limit.limit() - window.used;
  }

  /**
   * When a bucket's current window ends.
   *
   * @param bucket the bucket
   * @return the end, or now when no window is open
   */
  public synchronized Instant resetAt(RateLimitBucket bucket) {
    Instant now = clock.instant();
    Window window = windows.get(bucket);
    window.roll(now);
    return window.start == null ? now : window.start.plus(window.limit.window());
  }

  /**
   * The concurrency limit.
   *
   * @return requests allowed in flight at once
   */
  public synchronized int concurrencyLimit() {
    return concurrencyLimit;
  }

  /**
   * Changes the concurrency limit.
   *
   * @param limit requests allowed in flight at once
   */
  public synchronized void concurrencyLimit(int limit) {
    this.concurrencyLimit = limit;
  }

  /**
   * Requests in flight now.
   *
   * @return the count
   */
  public synchronized int inFlight() {
    return inFlight;
  }

  /**
   * Whether 429s carry {@code Retry-After}.
   *
   * @return the setting
   */
  public synchronized boolean retryAfter() {
    return retryAfter;
  }

  /**
   * Turns {@code Retry-After} on 429s on or off.
   *
   * @param on the new setting
   */
  public synchronized void retryAfter(boolean on) {
    this.retryAfter = on;
  }

  /**
   * Whether limits are enforced (headers are sent either way).
   *
   * @return the setting
   */
  public synchronized boolean enabled() {
    return enabled;
  }

  /**
   * Turns enforcement on or off.
   *
   * @param on the new setting
   */
  public synchronized void enabled(boolean on) {
    this.enabled = on;
  }

  /**
   * Turns a quirk on or off.
   *
   * @param quirk the quirk
   * @param on the new setting
   */
  public synchronized void quirk(RateLimitQuirk quirk, boolean on) {
    if (on) {
      quirks.add(quirk);
    } else {
      quirks.remove(quirk);
    }
  }

  /**
   * The quirks turned on.
   *
   * @return a copy
   */
  public synchronized Set<RateLimitQuirk> quirks() {
    return quirks.isEmpty() ? Set.of() : Set.copyOf(quirks);
  }

  private static final class Window {
    final RateLimit limit;
    Instant start;
    int used;

    Window(RateLimit limit) {
      this.limit = limit;
    }

    void roll(Instant now) {
      if (start != null && !now.isBefore(start.plus(limit.window()))) {
        start = null;
        used = 0;
      }
    }

    Decision decision(
        RateLimitBucket bucket, Decision.Outcome outcome, Instant now, long generation) {
      if (start == null) {
        start = now;
      }
      Instant end = start.plus(limit.window());
      long reset = end.getEpochSecond() + (end.getNano() > 0 ? 1 : 0);
      return new Decision(
          bucket,
          outcome,
          limit.limit(),
          Math.max(0, limit.limit() - used),
          reset,
          limit.window().toSeconds(),
          generation);
    }
  }
}
