package dev.fakeokta.server;

import java.time.Duration;

/**
 * Something the fake can answer a scripted request with: an Okta error ({@link OktaError}), an
 * OAuth 2.0 error ({@link OAuthError}) or a fault that is neither ({@link ServerFault}).
 *
 * <p>Implementations are immutable and thread-safe; one instance can be served any number of times,
 * and each time it is rendered afresh (a new {@code errorId}, a new {@code Date}).
 *
 * @see FakeOktaServer#when(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder)
 */
public sealed interface ScriptedResponse permits OktaError, OAuthError, ServerFault {

  /**
   * This response, sent after a fixed delay: e.g. {@code
   * OktaError.of("E0000009").withDelay(Duration.ofMillis(500))}.
   *
   * @param delay how long, positive and at most a minute
   * @return a delayed response
   * @throws IllegalArgumentException if the delay is out of range
   */
  default ScriptedResponse withDelay(Duration delay) {
    return ServerFault.delayed(this, delay, delay);
  }

  /**
   * This response, sent after a random delay between {@code min} and {@code max}.
   *
   * @param min the shortest delay, zero or more
   * @param max the longest delay, at least {@code min} and at most a minute
   * @return a delayed response
   * @throws IllegalArgumentException if the delays are out of range
   */
  default ScriptedResponse withRandomDelay(Duration min, Duration max) {
    return ServerFault.delayed(this, min, max);
  }
}
