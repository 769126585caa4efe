package dev.fakeokta.server.internal.ratelimit;

/**
 * Per-request state from the {@link dev.fakeokta.server.internal.ScriptFilter} to the response
 * transformer and the completion listener. WireMock runs the filter, stub matching, transformers
 * and (with synchronous responses, its default) the serve-event listeners on the request's thread,
 * so the state travels in a thread-local that the filter sets afresh for every request.
 */
public final class RequestContext {

  private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

  private Decision decision;
  private boolean inFlight;
  private long extraDelayMillis;

  private RequestContext() {}

  /**
   * Starts a fresh context for the request on this thread.
   *
   * @param limiter releases a previous request on this thread that is still counted in flight:
   *     WireMock skips its completion listeners when sending fails (the client hung up during a
   *     delay), and a thread only takes a new request once the previous one is over
   * @return the new context
   */
  public static RequestContext begin(RateLimiter limiter) {
    RequestContext stale = CURRENT.get();
    if (stale != null && stale.inFlight) {
      stale.inFlight = false;
      limiter.release(stale.decision);
    }
    RequestContext context = new RequestContext();
    CURRENT.set(context);
    return context;
  }

  /**
   * The context of the request on this thread.
   *
   * @return the context, or {@code null} outside a request
   */
  public static RequestContext current() {
    return CURRENT.get();
  }

  /** Forgets the context of the request on this thread. */
  public static void end() {
    CURRENT.remove();
  }

  /**
   * The rate-limit decision.
   *
   * @return the decision, or {@code null} for a path that is not rate limited
   */
  public Decision decision() {
    return decision;
  }

  /**
   * Records the rate-limit decision.
   *
   * @param decision the decision
   */
  public void decision(Decision decision) {
    this.decision = decision;
  }

  /**
   * Whether the request counts as in flight (to be released when it completes).
   *
   * @return {@code true} if admitted by the concurrency limit
   */
  public boolean inFlight() {
    return inFlight;
  }

  /**
   * Marks the request as in flight or released.
   *
   * @param inFlight the new value
   */
  public void inFlight(boolean inFlight) {
    this.inFlight = inFlight;
  }

  /**
   * A delay a script added to a request that otherwise falls through.
   *
   * @return milliseconds, 0 for none
   */
  public long extraDelayMillis() {
    return extraDelayMillis;
  }

  /**
   * Adds a delay to a request that falls through.
   *
   * @param millis milliseconds to add
   */
  public void addDelayMillis(long millis) {
    this.extraDelayMillis += millis;
  }
}
