package dev.fakeokta.server;

import dev.fakeokta.server.internal.ScriptState;
import java.time.Duration;
import java.util.Objects;

/**
 * A scripted story for the requests that match one pattern: what the fake answers, in order, before
 * it goes back to its normal behaviour (its own endpoints, or your WireMock stubs).
 *
 * <p>Each {@code respond*} call appends a step; a step that is used up hands over to the next, and
 * when the last is used up the script falls through. Scripts are safe under concurrent clients:
 * "fail twice" serves exactly two failures, never three.
 *
 * <pre>{@code
 * // E0000047 twice, then normal
 * okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
 *     .respond(OktaError.of("E0000047"), 2);
 *
 * // 500, then 503, then normal
 * okta.when(anyRequestedFor(urlPathMatching("/api/v1/.*")))
 *     .respond(OktaError.of("E0000009"))
 *     .respond(OktaError.of("E0000010"));
 * }</pre>
 *
 * <p>When several scripts match a request, the one created last decides; if it falls through, the
 * next one is asked. This class is thread-safe.
 *
 * @see FakeOktaServer#when(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder)
 */
public final class Script {

  private final ScriptState state;

  Script(ScriptState state) {
    this.state = state;
  }

  /**
   * Answers the next matching request with {@code response}.
   *
   * @param response what to serve; must not be {@code null}
   * @return this script, to append further steps
   */
  public Script respond(ScriptedResponse response) {
    return respond(response, 1);
  }

  /**
   * Answers the next {@code times} matching requests with {@code response}.
   *
   * @param response what to serve; must not be {@code null}
   * @param times how many requests get it; at least 1
   * @return this script, to append further steps
   * @throws IllegalArgumentException if {@code times} is less than 1
   */
  public Script respond(ScriptedResponse response, int times) {
    requireResponse(response);
    if (times < 1) {
      throw new IllegalArgumentException(
          "times must be at least 1, was "
              + times
              + "; use respondAlways(response) to answer every matching request");
    }
    state.addTimes(response, times);
    return this;
  }

  /**
   * Answers every matching request with {@code response}, from now on. Steps appended after this
   * one are never reached.
   *
   * @param response what to serve; must not be {@code null}
   * @return this script
   */
  public Script respondAlways(ScriptedResponse response) {
    state.addAlways(requireResponse(response));
    return this;
  }

  /**
   * Answers every matching request with {@code response} until {@code duration} has passed on the
   * fake's {@linkplain FakeClock clock}, counted from when this step begins. Advancing the clock
   * ends it early.
   *
   * @param duration how long, in test time; must be positive
   * @param response what to serve; must not be {@code null}
   * @return this script, to append further steps
   * @throws IllegalArgumentException if {@code duration} is zero or negative
   */
  public Script respondFor(Duration duration, ScriptedResponse response) {
    Objects.requireNonNull(duration, "duration must not be null");
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException("duration must be positive, was " + duration);
    }
    state.addFor(requireResponse(response), duration);
    return this;
  }

  /**
   * Answers every {@code n}th matching request with {@code response} (the {@code n}th, the {@code
   * 2n}th, ...) and lets the others through, from now on.
   *
   * @param n the period; at least 1
   * @param response what to serve; must not be {@code null}
   * @return this script
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public Script respondEvery(int n, ScriptedResponse response) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, was " + n);
    }
    state.addEvery(requireResponse(response), n);
    return this;
  }

  /**
   * Answers matching requests with {@code response} at random, with probability {@code
   * probability}, from now on. The same seed gives the same sequence, so a failing run can be
   * reproduced.
   *
   * @param probability between 0 and 1, e.g. {@code 0.1} for 10 %
   * @param seed the random seed, e.g. {@code 42}
   * @param response what to serve; must not be {@code null}
   * @return this script
   * @throws IllegalArgumentException if {@code probability} is outside [0, 1]
   */
  public Script respondRandomly(double probability, long seed, ScriptedResponse response) {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException(
          "probability must be between 0 and 1, was " + probability + " (0.1 means 10 %)");
    }
    state.addRandomly(requireResponse(response), probability, seed);
    return this;
  }

  /**
   * How many responses this script has served so far.
   *
   * @return the count
   */
  public long servedCount() {
    return state.served();
  }

  /**
   * How many requests matched this script's pattern so far, served or not.
   *
   * @return the count
   */
  public long matchedCount() {
    return state.matched();
  }

  /**
   * Whether every step is used up, so matching requests get normal behaviour.
   *
   * @return {@code true} once the script only falls through
   */
  public boolean isUsedUp() {
    return state.isUsedUp();
  }

  private static ScriptedResponse requireResponse(ScriptedResponse response) {
    return Objects.requireNonNull(
        response,
        "response must not be null; use OktaError.of(\"E0000047\"), OAuthError.of(\"invalid_grant\")"
            + " or a ServerFault such as ServerFault.connectionReset()");
  }

  @Override
  public String toString() {
    return "Script[" + state.pattern() + ", served " + servedCount() + "]";
  }
}
