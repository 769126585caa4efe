package dev.fakeokta.server.internal;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import dev.fakeokta.server.ScriptedResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The mutable state behind a {@link dev.fakeokta.server.Script}: its request pattern and a queue of
 * steps. All decisions are taken under this object's lock, so N scripted failures are served
 * exactly N times however many clients race for them.
 */
public final class ScriptState {

  private final RequestPattern pattern;
  private final Clock clock;
  private final List<Step> steps = new ArrayList<>();
  private int current;
  private Instant currentSince;
  private long matched;
  private long served;

  /**
   * A script for requests matching {@code pattern}.
   *
   * @param pattern which requests the script applies to
   * @param clock the fake's clock, for time-boxed steps
   */
  public ScriptState(RequestPattern pattern, Clock clock) {
    this.pattern = pattern;
    this.clock = clock;
  }

  /**
   * The request pattern.
   *
   * @return the pattern
   */
  public RequestPattern pattern() {
    return pattern;
  }

  /**
   * Appends a step that serves {@code response} for the next {@code times} matching requests.
   *
   * @param response what to serve
   * @param times how many times
   */
  public synchronized void addTimes(ScriptedResponse response, long times) {
    add(new Step(StepKind.TIMES, response, times, null, 0, null));
  }

  /**
   * Appends a step that serves {@code response} to every matching request from now on.
   *
   * @param response what to serve
   */
  public synchronized void addAlways(ScriptedResponse response) {
    add(new Step(StepKind.ALWAYS, response, 0, null, 0, null));
  }

  /**
   * Appends a step that serves {@code response} until {@code duration} of the fake's clock has
   * passed since the step began.
   *
   * @param response what to serve
   * @param duration how long, in test time
   */
  public synchronized void addFor(ScriptedResponse response, Duration duration) {
    add(new Step(StepKind.FOR, response, 0, duration, 0, null));
  }

  /**
   * Appends a step that serves {@code response} to every {@code n}th matching request.
   *
   * @param response what to serve
   * @param n the period
   */
  public synchronized void addEvery(ScriptedResponse response, int n) {
    add(new Step(StepKind.EVERY, response, n, null, 0, null));
  }

  /**
   * Appends a step that serves {@code response} to matching requests with probability {@code p},
   * drawn from a generator seeded with {@code seed}.
   *
   * @param response what to serve
   * @param probability between 0 and 1
   * @param seed the seed, for reproducible runs
   */
  public synchronized void addRandomly(ScriptedResponse response, double probability, long seed) {
    add(new Step(StepKind.RANDOM, response, 0, null, probability, new Random(seed)));
  }

  private void add(Step step) {
    if (steps.isEmpty() || current >= steps.size()) {
      currentSince = clock.instant();
    }
    steps.add(step);
  }

  /**
   * Decides what a matching request gets: a scripted response, or nothing (normal behaviour).
   *
   * @param request the request, already known to match
   * @return the response to serve, or empty to fall through
   */
  public synchronized Optional<ScriptedResponse> next(Request request) {
    matched++;
    while (current < steps.size()) {
      Step step = steps.get(current);
      switch (step.kind) {
        case TIMES -> {
          if (step.used < step.count) {
            step.used++;
            if (step.used == step.count) {
              advance();
            }
            return serve(step);
          }
          advance();
        }
        case ALWAYS -> {
          return serve(step);
        }
        case FOR -> {
          if (clock.instant().isBefore(currentSince.plus(step.duration))) {
            return serve(step);
          }
          advance();
        }
        case EVERY -> {
          step.used++;
          return step.used % step.count == 0 ? serve(step) : Optional.empty();
        }
        case RANDOM -> {
          return step.random.nextDouble() < step.probability ? serve(step) : Optional.empty();
        }
        default -> throw new IllegalStateException("unknown step " + step.kind);
      }
    }
    return Optional.empty();
  }

  private void advance() {
    current++;
    currentSince = clock.instant();
  }

  private Optional<ScriptedResponse> serve(Step step) {
    served++;
    return Optional.of(step.response);
  }

  /**
   * Whether {@code request} matches this script's pattern.
   *
   * @param request the request
   * @return {@code true} on an exact match
   */
  public boolean matches(Request request) {
    return pattern.match(request).isExactMatch();
  }

  /**
   * How many responses the script has served.
   *
   * @return the count
   */
  public synchronized long served() {
    return served;
  }

  /**
   * How many requests matched the script's pattern.
   *
   * @return the count
   */
  public synchronized long matched() {
    return matched;
  }

  /**
   * Whether no step can serve again (every step is used up).
   *
   * @return {@code true} once the script only falls through
   */
  public synchronized boolean isUsedUp() {
    if (current >= steps.size()) {
      return true;
    }
    Step step = steps.get(current);
    return step.kind == StepKind.FOR
        && current == steps.size() - 1
        && !clock.instant().isBefore(currentSince.plus(step.duration));
  }

  private enum StepKind {
    TIMES,
    ALWAYS,
    FOR,
    EVERY,
    RANDOM
  }

  private static final class Step {
    final StepKind kind;
    final ScriptedResponse response;
    final long count;
    final Duration duration;
    final double probability;
    final Random random;
    long used;

    Step(
        StepKind kind,
        ScriptedResponse response,
        long count,
        Duration duration,
        double probability,
        Random random) {
      this.kind = kind;
      this.response = response;
      this.count = count;
      this.duration = duration;
      this.probability = probability;
      this.random = random;
    }
  }
}
