package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.fakeokta.assertions.error.ShouldHaveAuthorizationScheme.shouldHaveAuthorizationScheme;
import static dev.fakeokta.assertions.error.ShouldHaveBackedOffExponentially.shouldHaveBackedOffExponentially;
import static dev.fakeokta.assertions.error.ShouldHaveBackedOffExponentially.shouldHaveRetriedTwice;
import static dev.fakeokta.assertions.error.ShouldHaveCalledTokenEndpoint.shouldHaveCalledTokenEndpoint;
import static dev.fakeokta.assertions.error.ShouldHaveGivenUpAfter.shouldHaveGivenUpAfter;
import static dev.fakeokta.assertions.error.ShouldHaveNoUnmatchedRequests.shouldHaveNoUnmatchedRequests;
import static dev.fakeokta.assertions.error.ShouldHaveOktaRetryHeaders.shouldHaveOktaRetryHeaders;
import static dev.fakeokta.assertions.error.ShouldHaveReceived.shouldHaveReceived;
import static dev.fakeokta.assertions.error.ShouldHaveReceivedInOrder.shouldHaveReceivedInOrder;
import static dev.fakeokta.assertions.error.ShouldHaveRefreshedTokenAfterUnauthorized.shouldHaveRefreshedTokenAfterUnauthorized;
import static dev.fakeokta.assertions.error.ShouldHaveRetried.shouldHaveRetried;
import static dev.fakeokta.assertions.error.ShouldHaveRetried.shouldHaveRetriedAfterStatus;
import static dev.fakeokta.assertions.error.ShouldHaveReusedBearerToken.shouldHaveReusedBearerToken;
import static dev.fakeokta.assertions.error.ShouldHaveStoppedRetryingAfterSuccess.shouldHaveStoppedRetryingAfterSuccess;
import static dev.fakeokta.assertions.error.ShouldHaveStoppedRetryingAfterSuccess.shouldHaveSucceeded;
import static dev.fakeokta.assertions.error.ShouldHaveWaitedForRateLimitReset.shouldHaveSentNothingBeforeRateLimitReset;
import static dev.fakeokta.assertions.error.ShouldHaveWaitedForRateLimitReset.shouldHaveWaitedForRateLimitReset;
import static dev.fakeokta.assertions.error.ShouldHaveWaitedForRetryAfter.shouldHaveRetriedAfterRetryAfter;
import static dev.fakeokta.assertions.error.ShouldHaveWaitedForRetryAfter.shouldHaveWaitedForRetryAfter;
import static dev.fakeokta.assertions.error.ShouldNotRetryNonIdempotentPost.shouldNotRetryNonIdempotentPost;
import static dev.fakeokta.assertions.error.ShouldNotRetryNonRetryableStatus.shouldNotRetryNonRetryableStatus;
import static dev.fakeokta.assertions.error.ShouldNotSendExpiredToken.shouldNotSendExpiredToken;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.nimbusds.jwt.JWTParser;
import dev.fakeokta.assertions.internal.Journal;
import dev.fakeokta.assertions.internal.Patterns;
import dev.fakeokta.assertions.internal.Secrets;
import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.ServedRequest;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Base class for assertions on what a client sent to a {@link FakeOktaServer}: which requests, how
 * often, in which order, how it retried and waited, and how it handled tokens.
 *
 * <p>Every assertion reads the fake's journal when it runs, so assert after the client is done.
 * "The request" of the retry and timing assertions is every request that matches the WireMock
 * pattern you give, in the order the fake received them: the first is the original attempt, the
 * others its retries. Times are the fake's real-time stamps; a wait is measured from when the fake
 * had sent a response to when it received the next attempt. Failure messages show a {@link
 * Timeline} of the whole journal with the requests concerned marked {@code >}.
 *
 * @param <SELF> the "self" type of this assertion class.
 * @since 0.1.0
 */
public abstract class AbstractFakeOktaServerAssert<SELF extends AbstractFakeOktaServerAssert<SELF>>
    extends AbstractAssert<SELF, FakeOktaServer> {

  /** The default idempotency header that makes retrying a POST safe. */
  public static final String DEFAULT_IDEMPOTENCY_HEADER = "Idempotency-Key";

  /**
   * Creates a new assertion.
   *
   * @param actual the fake, may be {@code null}
   * @param selfType the concrete assertion class
   */
  protected AbstractFakeOktaServerAssert(FakeOktaServer actual, Class<?> selfType) {
    super(actual, selfType);
  }

  // ---------------------------------------------------------------- requests

  /**
   * Verifies that the fake received at least one request matching a WireMock pattern.
   *
   * <p>Example:
   *
   * <pre><code class='java'> client.listUsers();
   *
   * // assertion will pass
   * assertThat(okta).hasReceived(getRequestedFor(urlPathEqualTo("/api/v1/users")));
   *
   * // assertion will fail
   * assertThat(okta).hasReceived(deleteRequestedFor(urlPathEqualTo("/api/v1/users")));</code></pre>
   *
   * @param requests the WireMock pattern, e.g. {@code getRequestedFor(urlPathEqualTo(...))}; must
   *     not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if no request matched.
   */
  public SELF hasReceived(RequestPatternBuilder requests) {
    isNotNull();
    Selected selected = select(requests);
    if (selected.positions.isEmpty()) {
      throw assertionError(shouldHaveReceived(actual, selected.description, selected.timeline()));
    }
    return myself;
  }

  /**
   * Verifies that the fake received exactly {@code times} requests matching a WireMock pattern.
   *
   * <p>Example:
   *
   * <pre><code class='java'> client.listUsers();
   *
   * // assertion will pass
   * assertThat(okta).hasReceived(1, getRequestedFor(urlPathEqualTo("/api/v1/users")));
   *
   * // assertion will fail
   * assertThat(okta).hasReceived(2, getRequestedFor(urlPathEqualTo("/api/v1/users")));</code></pre>
   *
   * @param times the expected count, 0 or more
   * @param requests the WireMock pattern; must not be {@code null}
   * @return this assertion object.
   * @throws IllegalArgumentException if {@code times} is negative.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if the count differs.
   */
  public SELF hasReceived(int times, RequestPatternBuilder requests) {
    isNotNull();
    requireNotNegative(times, "times");
    return hasReceivedCount(times, select(requests));
  }

  /**
   * Verifies that the fake received at least one request with this method and exact path.
   *
   * <p>Example:
   *
   * <pre><code class='java'> client.listUsers();
   *
   * // assertion will pass
   * assertThat(okta).hasReceived("GET", "/api/v1/users");
   *
   * // assertion will fail
   * assertThat(okta).hasReceived("POST", "/api/v1/users");</code></pre>
   *
   * @param method the HTTP method, e.g. {@code GET}; must not be {@code null}
   * @param path the path without query, e.g. {@code /api/v1/users}; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if no request matched.
   */
  public SELF hasReceived(String method, String path) {
    return hasReceived(pattern(method, path));
  }

  /**
   * Verifies that the fake received exactly {@code times} requests with this method and path.
   *
   * <p>Example:
   *
   * <pre><code class='java'> client.listUsers();
   *
   * // assertion will pass
   * assertThat(okta).hasReceived(1, "GET", "/api/v1/users");
   *
   * // assertion will fail
   * assertThat(okta).hasReceived(3, "GET", "/api/v1/users");</code></pre>
   *
   * @param times the expected count, 0 or more
   * @param method the HTTP method; must not be {@code null}
   * @param path the path without query; must not be {@code null}
   * @return this assertion object.
   * @throws IllegalArgumentException if {@code times} is negative.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if the count differs.
   */
  public SELF hasReceived(int times, String method, String path) {
    return hasReceived(times, pattern(method, path));
  }

  /**
   * Verifies that the fake received exactly {@code times} requests that satisfy a predicate.
   *
   * <p>Example:
   *
   * <pre><code class='java'> client.listUsers();
   *
   * // assertion will pass
   * assertThat(okta).hasReceivedMatching(1, r -&gt; r.url().contains("limit="), "a page with a limit");
   *
   * // assertion will fail
   * assertThat(okta).hasReceivedMatching(1, r -&gt; r.url().contains("after="), "a next page");</code>
   * </pre>
   *
   * @param times the expected count, 0 or more
   * @param requests the predicate; must not be {@code null}
   * @param description what the predicate selects, for the failure message; must not be {@code
   *     null}
   * @return this assertion object.
   * @throws IllegalArgumentException if {@code times} is negative.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if the count differs.
   */
  public SELF hasReceivedMatching(
      int times, Predicate<ServedRequest> requests, String description) {
    isNotNull();
    requireNotNegative(times, "times");
    Objects.requireNonNull(requests, "requests must not be null");
    Objects.requireNonNull(description, "description must not be null");
    Journal journal = Journal.of(actual);
    return hasReceivedCount(times, new Selected(journal, journal.matching(requests), description));
  }

  /**
   * Verifies that the fake received requests matching the patterns in this order (other requests
   * may come before, between and after them).
   *
   * <p>Example:
   *
   * <pre><code class='java'> client.listUsers(); // fetches a token first
   *
   * // assertion will pass
   * assertThat(okta).hasReceivedInOrder(postRequestedFor(urlPathEqualTo("/oauth2/default/v1/token")),
   *                                     getRequestedFor(urlPathEqualTo("/api/v1/users")));
   *
   * // assertion will fail
   * assertThat(okta).hasReceivedInOrder(getRequestedFor(urlPathEqualTo("/api/v1/users")),
   *                                     postRequestedFor(urlPathEqualTo("/oauth2/default/v1/token")));</code>
   * </pre>
   *
   * @param requests the patterns, in the expected order; must not be {@code null} or contain {@code
   *     null}
   * @return this assertion object.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if the requests were not received in this order.
   */
  public SELF hasReceivedInOrder(RequestPatternBuilder... requests) {
    isNotNull();
    Objects.requireNonNull(requests, "requests must not be null");
    Journal journal = Journal.of(actual);
    List<String> descriptions = new ArrayList<>();
    List<RequestPattern> patterns = new ArrayList<>();
    for (RequestPatternBuilder builder : requests) {
      RequestPattern pattern =
          Objects.requireNonNull(builder, "requests must not contain null").build();
      patterns.add(pattern);
      descriptions.add(Patterns.describe(pattern));
    }
    int from = 0;
    List<Integer> found = new ArrayList<>();
    for (int p = 0; p < patterns.size(); p++) {
      final int start = from;
      Optional<Integer> next =
          journal.matching(patterns.get(p)).stream().filter(i -> i >= start).findFirst();
      if (next.isEmpty()) {
        throw assertionError(
            shouldHaveReceivedInOrder(
                actual,
                descriptions,
                descriptions.get(p),
                Timeline.of(journal.all()).highlight(found)));
      }
      found.add(next.get());
      from = next.get() + 1;
    }
    return myself;
  }

  /**
   * Verifies that nothing the client sent went unmatched: every request was served by a script, a
   * WireMock stub or one of the fake's endpoints (none got the fallback 404 {@code E0000008}).
   *
   * <p>Example:
   *
   * <pre><code class='java'> client.listUsers();
   *
   * // assertion will pass
   * assertThat(okta).hasNoUnmatchedRequests();
   *
   * // assertion will fail after client.get("/api/v1/typo")
   * assertThat(okta).hasNoUnmatchedRequests();</code></pre>
   *
   * @return this assertion object.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if a request was unmatched.
   */
  public SELF hasNoUnmatchedRequests() {
    isNotNull();
    Journal journal = Journal.of(actual);
    List<Integer> unmatched = journal.matching(ServedRequest::isUnmatched);
    if (!unmatched.isEmpty()) {
      throw assertionError(
          shouldHaveNoUnmatchedRequests(
              actual, unmatched.size(), Timeline.of(journal.all()).highlight(unmatched)));
    }
    return myself;
  }

  /**
   * Verifies that every request matching the pattern carried an {@code Authorization} header with
   * this scheme (compared case-insensitively), and that there was at least one.
   *
   * <p>Example:
   *
   * <pre><code class='java'> client.listUsers(); // with an API token
   *
   * // assertion will pass
   * assertThat(okta).hasAuthorizationScheme(anyRequestedFor(urlPathMatching("/api/v1/.*")), "SSWS");
   *
   * // assertion will fail
   * assertThat(okta).hasAuthorizationScheme(anyRequestedFor(urlPathMatching("/api/v1/.*")), "Bearer");</code>
   * </pre>
   *
   * @param requests the WireMock pattern; must not be {@code null}
   * @param scheme the scheme, e.g. {@code SSWS}, {@code Bearer}, {@code DPoP}; must not be {@code
   *     null}
   * @return this assertion object.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if no request matched, or one did not use the scheme.
   */
  public SELF hasAuthorizationScheme(RequestPatternBuilder requests, String scheme) {
    isNotNull();
    Objects.requireNonNull(scheme, "scheme must not be null; use e.g. \"SSWS\" or \"Bearer\"");
    Selected selected = requireReceived(requests);
    List<Integer> wrong = new ArrayList<>();
    for (int position : selected.positions) {
      Optional<String> used = selected.journal.get(position).authorizationScheme();
      if (used.isEmpty() || !used.get().equalsIgnoreCase(scheme)) {
        wrong.add(position);
      }
    }
    if (!wrong.isEmpty()) {
      throw assertionError(
          shouldHaveAuthorizationScheme(
              actual,
              selected.description,
              scheme,
              Timeline.of(selected.journal.all()).highlight(wrong)));
    }
    return myself;
  }

  // ---------------------------------------------------------------- retries

  /**
   * Verifies that the client retried the request exactly {@code times} times, i.e. the fake
   * received {@code times + 1} requests matching the pattern.
   *
   * <p>Example:
   *
   * <pre>
   * <code class='java'> okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users"))).respond(OktaError.of("E0000047"), 2);
   * client.listUsers();
   *
   * // assertion will pass
   * assertThat(okta).hasRetried(getRequestedFor(urlPathEqualTo("/api/v1/users")), 2);
   *
   * // assertion will fail
   * assertThat(okta).hasRetried(getRequestedFor(urlPathEqualTo("/api/v1/users")), 1);</code></pre>
   *
   * @param requests the WireMock pattern that identifies the request; must not be {@code null}
   * @param times the expected number of retries, 0 or more
   * @return this assertion object.
   * @throws IllegalArgumentException if {@code times} is negative.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if no request matched, or the number of retries differs.
   */
  public SELF hasRetried(RequestPatternBuilder requests, int times) {
    isNotNull();
    requireNotNegative(times, "times");
    Selected selected = requireReceived(requests);
    int retries = selected.positions.size() - 1;
    if (retries != times) {
      throw assertionError(
          shouldHaveRetried(actual, selected.description, times, retries, selected.timeline()));
    }
    return myself;
  }

  /**
   * Verifies that an attempt at the request succeeded (2xx or 3xx) and that the client sent no
   * further attempt after the first success.
   *
   * <p>Example:
   *
   * <pre>
   * <code class='java'> okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users"))).respond(OktaError.of("E0000047"));
   * client.listUsers();
   *
   * // assertion will pass
   * assertThat(okta).hasStoppedRetryingAfterSuccess(getRequestedFor(urlPathEqualTo("/api/v1/users")));
   *
   * // assertion will fail if the client called the API again after the 200
   * assertThat(okta).hasStoppedRetryingAfterSuccess(getRequestedFor(urlPathEqualTo("/api/v1/users")));</code>
   * </pre>
   *
   * @param requests the WireMock pattern that identifies the request; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if no attempt succeeded, or attempts followed the first success.
   */
  public SELF hasStoppedRetryingAfterSuccess(RequestPatternBuilder requests) {
    isNotNull();
    Selected selected = requireReceived(requests);
    for (int k = 0; k < selected.positions.size(); k++) {
      int position = selected.positions.get(k);
      if (succeeded(selected.journal.get(position))) {
        int more = selected.positions.size() - 1 - k;
        if (more > 0) {
          Timeline timeline = selected.timeline();
          throw assertionError(
              shouldHaveStoppedRetryingAfterSuccess(
                  actual, selected.description, timeline.offsetMillis(position), more, timeline));
        }
        return myself;
      }
    }
    throw assertionError(shouldHaveSucceeded(actual, selected.description, selected.timeline()));
  }

  /**
   * Verifies that the client gave up on the request after exactly {@code attempts} attempts, all of
   * which failed.
   *
   * <p>Example:
   *
   * <pre>
   * <code class='java'> okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users"))).respondAlways(OktaError.of("E0000009"));
   * client.listUsers(); // throws after 3 attempts
   *
   * // assertion will pass
   * assertThat(okta).hasGivenUpAfter(getRequestedFor(urlPathEqualTo("/api/v1/users")), 3);
   *
   * // assertion will fail
   * assertThat(okta).hasGivenUpAfter(getRequestedFor(urlPathEqualTo("/api/v1/users")), 5);</code>
   * </pre>
   *
   * @param requests the WireMock pattern that identifies the request; must not be {@code null}
   * @param attempts the expected number of attempts, the first included; at least 1
   * @return this assertion object.
   * @throws IllegalArgumentException if {@code attempts} is less than 1.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if the number of attempts differs or one succeeded.
   */
  public SELF hasGivenUpAfter(RequestPatternBuilder requests, int attempts) {
    isNotNull();
    if (attempts < 1) {
      throw new IllegalArgumentException(
          "attempts must be at least 1 (the first attempt counts), was " + attempts);
    }
    Selected selected = select(requests);
    int successes = 0;
    for (int position : selected.positions) {
      if (succeeded(selected.journal.get(position))) {
        successes++;
      }
    }
    if (selected.positions.size() != attempts || successes > 0) {
      throw assertionError(
          shouldHaveGivenUpAfter(
              actual,
              selected.description,
              attempts,
              selected.positions.size(),
              successes,
              selected.timeline()));
    }
    return myself;
  }

  /**
   * Verifies that the client did not retry the request after a status that must not be retried: any
   * 4xx but 429. A retry after a 401 is allowed when it carries a different {@code Authorization}
   * value (a refreshed token).
   *
   * <p>Example:
   *
   * <pre>
   * <code class='java'> okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users"))).respond(OktaError.of("E0000006")); // 403
   * client.listUsers(); // throws
   *
   * // assertion will pass if the client gave up at once
   * assertThat(okta).hasNotRetriedNonRetryableStatuses(getRequestedFor(urlPathEqualTo("/api/v1/users")));
   *
   * // assertion will fail if it tried again after the 403
   * assertThat(okta).hasNotRetriedNonRetryableStatuses(getRequestedFor(urlPathEqualTo("/api/v1/users")));</code>
   * </pre>
   *
   * @param requests the WireMock pattern that identifies the request; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if an attempt followed a non-retryable status.
   */
  public SELF hasNotRetriedNonRetryableStatuses(RequestPatternBuilder requests) {
    isNotNull();
    Selected selected = select(requests);
    for (int k = 0; k + 1 < selected.positions.size(); k++) {
      ServedRequest attempt = selected.journal.get(selected.positions.get(k));
      ServedRequest next = selected.journal.get(selected.positions.get(k + 1));
      int status = attempt.status();
      boolean nonRetryable = status >= 400 && status < 500 && status != 429;
      boolean newCredential =
          status == 401
              && !attempt
                  .requestHeader("Authorization")
                  .equals(next.requestHeader("Authorization"));
      if (nonRetryable && !newCredential) {
        Timeline timeline = selected.timeline();
        throw assertionError(
            shouldNotRetryNonRetryableStatus(
                actual,
                selected.description,
                status,
                timeline.offsetMillis(selected.positions.get(k)),
                timeline));
      }
    }
    return myself;
  }

  /**
   * Verifies that the client did not retry a failed POST (same URL and body) unless the retry
   * carried the {@value #DEFAULT_IDEMPOTENCY_HEADER} header. A POST is not idempotent: retrying one
   * that reached Okta may create the user twice.
   *
   * <p>Example:
   *
   * <pre>
   * <code class='java'> okta.when(postRequestedFor(urlPathEqualTo("/api/v1/users"))).respond(OktaError.of("E0000009"));
   * client.createUser(alice); // throws
   *
   * // assertion will pass if the client did not retry
   * assertThat(okta).hasNotRetriedNonIdempotentPosts(postRequestedFor(urlPathEqualTo("/api/v1/users")));
   *
   * // assertion will fail if it sent the POST again without Idempotency-Key
   * assertThat(okta).hasNotRetriedNonIdempotentPosts(postRequestedFor(urlPathEqualTo("/api/v1/users")));</code>
   * </pre>
   *
   * @param requests the WireMock pattern that identifies the request; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if a failed POST was sent again without the header.
   */
  public SELF hasNotRetriedNonIdempotentPosts(RequestPatternBuilder requests) {
    return hasNotRetriedNonIdempotentPosts(requests, DEFAULT_IDEMPOTENCY_HEADER);
  }

  /**
   * Verifies that the client did not retry a failed POST (same URL and body) unless the retry
   * carried the given idempotency header.
   *
   * <p>Example:
   *
   * <pre><code class='java'> // assertion will pass if every POST retry carried X-Request-Key
   * assertThat(okta).hasNotRetriedNonIdempotentPosts(postRequestedFor(urlPathEqualTo("/api/v1/users")), "X-Request-Key");
   *
   * // assertion will fail if a retry did not
   * assertThat(okta).hasNotRetriedNonIdempotentPosts(postRequestedFor(urlPathEqualTo("/api/v1/users")), "X-Request-Key");</code>
   * </pre>
   *
   * @param requests the WireMock pattern that identifies the request; must not be {@code null}
   * @param idempotencyHeader the header that makes a retry safe; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if a failed POST was sent again without the header.
   */
  public SELF hasNotRetriedNonIdempotentPosts(
      RequestPatternBuilder requests, String idempotencyHeader) {
    isNotNull();
    Objects.requireNonNull(idempotencyHeader, "idempotencyHeader must not be null");
    Selected selected = select(requests);
    for (int k = 0; k + 1 < selected.positions.size(); k++) {
      ServedRequest attempt = selected.journal.get(selected.positions.get(k));
      ServedRequest next = selected.journal.get(selected.positions.get(k + 1));
      boolean retryOfPost =
          "POST".equals(attempt.method())
              && "POST".equals(next.method())
              && !succeeded(attempt)
              && attempt.url().equals(next.url())
              && attempt.requestBody().equals(next.requestBody());
      if (retryOfPost && next.requestHeader(idempotencyHeader).isEmpty()) {
        Timeline timeline = selected.timeline();
        throw assertionError(
            shouldNotRetryNonIdempotentPost(
                actual,
                selected.description,
                idempotencyHeader,
                timeline.offsetMillis(selected.positions.get(k + 1)),
                timeline));
      }
    }
    return myself;
  }

  /**
   * Verifies that every retry after the first failed attempt carried {@code X-Okta-Retry-For} with
   * the {@code X-Okta-Request-Id} of that failed response, and an {@code X-Okta-Retry-Count} that
   * grows by one with each retry (okta-commons starts at 2, the Node SDK at 1; both pass), up to
   * the first success. okta-sdk-java 24 sends neither header.
   *
   * <p>Example:
   *
   * <pre>
   * <code class='java'> okta.when(getRequestedFor(urlPathEqualTo("/oauth2/default/v1/keys"))).respond(OktaError.of("E0000047"));
   * verifier.decode(token); // okta-jwt-verifier retries /keys
   *
   * // assertion will pass
   * assertThat(okta).hasRetriedWithOktaRetryHeaders(getRequestedFor(urlPathEqualTo("/oauth2/default/v1/keys")));
   *
   * // assertion will fail for a client that does not send them
   * assertThat(okta).hasRetriedWithOktaRetryHeaders(getRequestedFor(urlPathEqualTo("/api/v1/users")));</code>
   * </pre>
   *
   * @param requests the WireMock pattern that identifies the request; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if no failed attempt was retried, or a retry lacked the headers.
   */
  public SELF hasRetriedWithOktaRetryHeaders(RequestPatternBuilder requests) {
    isNotNull();
    Selected selected = requireReceived(requests);
    List<Integer> positions = selected.positions;
    int firstFailure = -1;
    for (int k = 0; k + 1 < positions.size(); k++) {
      if (!succeeded(selected.journal.get(positions.get(k)))) {
        firstFailure = k;
        break;
      }
    }
    if (firstFailure < 0) {
      throw assertionError(
          shouldHaveRetried(actual, selected.description, 1, 0, selected.timeline()));
    }
    Optional<String> retryFor = selected.journal.get(positions.get(firstFailure)).requestId();
    Long previousCount = null;
    for (int k = firstFailure + 1; k < positions.size(); k++) {
      ServedRequest retry = selected.journal.get(positions.get(k));
      String problem = retryHeaderProblem(retry, retryFor, previousCount);
      if (problem != null) {
        Timeline timeline = selected.timeline();
        throw assertionError(
            shouldHaveOktaRetryHeaders(
                actual,
                selected.description,
                timeline.offsetMillis(positions.get(k)),
                problem,
                timeline));
      }
      previousCount = Long.parseLong(retry.requestHeader("X-Okta-Retry-Count").get().strip());
      if (succeeded(retry)) {
        break;
      }
    }
    return myself;
  }

  // ---------------------------------------------------------------- timing

  /**
   * Verifies that after each 429 the client waited until {@code X-Rate-Limit-Reset} before
   * retrying: the real time between the 429 and the next attempt is at least the reset minus the
   * fake's {@code Date} of the 429, less {@code tolerance}. {@code Date} has second precision, so a
   * client that waits exactly until the reset second may wait up to a second less; a tolerance of a
   * second accepts it, a tolerance of zero demands okta-sdk-java's "reset − Date + 1 s".
   *
   * <p>Example:
   *
   * <pre><code class='java'> okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
   *     .respond(OktaError.of("E0000047").withHeader("X-Rate-Limit-Reset", inOneSecond));
   * client.listUsers();
   *
   * // assertion will pass for a client that waited a second
   * assertThat(okta).hasWaitedForRateLimitReset(getRequestedFor(urlPathEqualTo("/api/v1/users")), Duration.ofMillis(100));
   *
   * // assertion will fail for a client that retried at once
   * assertThat(okta).hasWaitedForRateLimitReset(getRequestedFor(urlPathEqualTo("/api/v1/users")), Duration.ofMillis(100));</code>
   * </pre>
   *
   * @param requests the WireMock pattern that identifies the request; must not be {@code null}
   * @param tolerance how much earlier than the reset a retry may come; must not be {@code null} or
   *     negative
   * @return this assertion object.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if no 429 with {@code X-Rate-Limit-Reset} and {@code Date} was followed
   *     by a retry, or a retry came too early.
   */
  public SELF hasWaitedForRateLimitReset(RequestPatternBuilder requests, Duration tolerance) {
    isNotNull();
    requireTolerance(tolerance);
    Selected selected = requireReceived(requests);
    boolean checked = false;
    for (int k = 0; k + 1 < selected.positions.size(); k++) {
      int position = selected.positions.get(k);
      ServedRequest attempt = selected.journal.get(position);
      OptionalLong required =
          attempt.status() == 429 ? resetWaitMillis(attempt) : OptionalLong.empty();
      if (required.isEmpty()) {
        continue;
      }
      checked = true;
      long waited = gapMillis(selected.journal, position, selected.positions.get(k + 1));
      if (waited < required.getAsLong() - tolerance.toMillis()) {
        Timeline timeline = selected.timeline();
        throw assertionError(
            shouldHaveWaitedForRateLimitReset(
                actual,
                selected.description,
                tolerance,
                timeline.offsetMillis(position),
                required.getAsLong(),
                waited,
                timeline));
      }
    }
    if (!checked) {
      throw assertionError(
          shouldHaveRetriedAfterStatus(actual, selected.description, 429, selected.timeline()));
    }
    return myself;
  }

  /**
   * Verifies that after each response with {@code Retry-After} (seconds, or an HTTP date read
   * against the response's {@code Date}) the client waited at least that long, less {@code
   * tolerance}, before retrying. Okta documents no {@code Retry-After} on its own responses; the
   * fake's rate limiter sends one on its 429s unless {@code retryAfter(false)}, and a script adds
   * one with {@code OktaError.of(...).withHeader("Retry-After", "1")}.
   *
   * <p>Example:
   *
   * <pre><code class='java'> okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
   *     .respond(OktaError.of("E0000010").withHeader("Retry-After", "1"));
   * client.listUsers();
   *
   * // assertion will pass for a client that waited a second
   * assertThat(okta).hasWaitedForRetryAfter(getRequestedFor(urlPathEqualTo("/api/v1/users")), Duration.ofMillis(50));
   *
   * // assertion will fail for a client that ignored Retry-After
   * assertThat(okta).hasWaitedForRetryAfter(getRequestedFor(urlPathEqualTo("/api/v1/users")), Duration.ofMillis(50));</code>
   * </pre>
   *
   * @param requests the WireMock pattern that identifies the request; must not be {@code null}
   * @param tolerance how much earlier a retry may come; must not be {@code null} or negative
   * @return this assertion object.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if no response with {@code Retry-After} was followed by a retry, or a
   *     retry came too early.
   */
  public SELF hasWaitedForRetryAfter(RequestPatternBuilder requests, Duration tolerance) {
    isNotNull();
    requireTolerance(tolerance);
    Selected selected = requireReceived(requests);
    boolean checked = false;
    for (int k = 0; k + 1 < selected.positions.size(); k++) {
      int position = selected.positions.get(k);
      OptionalLong required = retryAfterMillis(selected.journal.get(position));
      if (required.isEmpty()) {
        continue;
      }
      checked = true;
      long waited = gapMillis(selected.journal, position, selected.positions.get(k + 1));
      if (waited < required.getAsLong() - tolerance.toMillis()) {
        Timeline timeline = selected.timeline();
        throw assertionError(
            shouldHaveWaitedForRetryAfter(
                actual,
                selected.description,
                tolerance,
                timeline.offsetMillis(position),
                required.getAsLong(),
                waited,
                timeline));
      }
    }
    if (!checked) {
      throw assertionError(
          shouldHaveRetriedAfterRetryAfter(actual, selected.description, selected.timeline()));
    }
    return myself;
  }

  /**
   * Verifies that the client backed off exponentially between attempts at the request: the {@code
   * n}th wait (from 0) lasted at least {@code initialDelay × factor}<sup>n</sup>, less {@code
   * tolerance}. Only the lower bound is checked, since a busy machine only makes waits longer; at
   * least three attempts are needed.
   *
   * <p>Example:
   *
   * <pre>
   * <code class='java'> okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users"))).respond(OktaError.of("E0000010"), 3);
   * client.listUsers(); // waits 100 ms, 200 ms, 400 ms
   *
   * // assertion will pass
   * assertThat(okta).hasBackedOffExponentially(getRequestedFor(urlPathEqualTo("/api/v1/users")),
   *                                            Duration.ofMillis(100), 2.0, Duration.ofMillis(20));
   *
   * // assertion will fail for a client that retries at once
   * assertThat(okta).hasBackedOffExponentially(getRequestedFor(urlPathEqualTo("/api/v1/users")),
   *                                            Duration.ofMillis(100), 2.0, Duration.ofMillis(20));</code>
   * </pre>
   *
   * @param requests the WireMock pattern that identifies the request; must not be {@code null}
   * @param initialDelay the least first wait; must be positive
   * @param factor how much each wait grows; at least 1
   * @param tolerance how much shorter a wait may be; must not be {@code null} or negative
   * @return this assertion object.
   * @throws IllegalArgumentException if an argument is out of range.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if there were fewer than three attempts, or a wait was too short.
   */
  public SELF hasBackedOffExponentially(
      RequestPatternBuilder requests, Duration initialDelay, double factor, Duration tolerance) {
    isNotNull();
    Objects.requireNonNull(initialDelay, "initialDelay must not be null");
    if (initialDelay.isZero() || initialDelay.isNegative()) {
      throw new IllegalArgumentException("initialDelay must be positive, was " + initialDelay);
    }
    if (!(factor >= 1)) {
      throw new IllegalArgumentException(
          "factor must be at least 1 (2.0 doubles each wait), was " + factor);
    }
    requireTolerance(tolerance);
    Selected selected = select(requests);
    if (selected.positions.size() < 3) {
      throw assertionError(
          shouldHaveRetriedTwice(
              actual, selected.description, selected.positions.size(), selected.timeline()));
    }
    List<Long> expected = new ArrayList<>();
    List<Long> waited = new ArrayList<>();
    boolean tooShort = false;
    for (int k = 0; k + 1 < selected.positions.size(); k++) {
      long least = Math.round(initialDelay.toMillis() * Math.pow(factor, k));
      long gap =
          gapMillis(selected.journal, selected.positions.get(k), selected.positions.get(k + 1));
      expected.add(least);
      waited.add(gap);
      tooShort |= gap < least - tolerance.toMillis();
    }
    if (tooShort) {
      throw assertionError(
          shouldHaveBackedOffExponentially(
              actual, selected.description, expected, waited, tolerance, selected.timeline()));
    }
    return myself;
  }

  /**
   * Verifies that after any 429 the client sent nothing to the same path before that 429's {@code
   * X-Rate-Limit-Reset} (read against its {@code Date}), less {@code tolerance}. Unlike {@link
   * #hasWaitedForRateLimitReset(RequestPatternBuilder, Duration)} this covers every request to the
   * path, from any thread, not only the next attempt.
   *
   * <p>Example:
   *
   * <pre>
   * <code class='java'> // assertion will pass when the client paused all calls to /api/v1/users until the reset
   * assertThat(okta).hasSentNothingBeforeRateLimitReset(Duration.ofMillis(100));
   *
   * // assertion will fail when another thread kept calling /api/v1/users
   * assertThat(okta).hasSentNothingBeforeRateLimitReset(Duration.ofMillis(100));</code></pre>
   *
   * @param tolerance how much earlier than the reset a request may come; must not be {@code null}
   *     or negative
   * @return this assertion object.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if a request reached a rate-limited path before its reset.
   */
  public SELF hasSentNothingBeforeRateLimitReset(Duration tolerance) {
    isNotNull();
    requireTolerance(tolerance);
    Journal journal = Journal.of(actual);
    List<ServedRequest> all = journal.all();
    for (int i = 0; i < all.size(); i++) {
      ServedRequest limited = all.get(i);
      OptionalLong wait = limited.status() == 429 ? resetWaitMillis(limited) : OptionalLong.empty();
      if (wait.isEmpty()) {
        continue;
      }
      Instant reset = journal.respondedAt(i).plusMillis(wait.getAsLong() - tolerance.toMillis());
      for (int j = i + 1; j < all.size(); j++) {
        ServedRequest next = all.get(j);
        if (next.path().equals(limited.path()) && next.receivedAt().isBefore(reset)) {
          Timeline timeline = Timeline.of(all).highlight(List.of(i, j));
          throw assertionError(
              shouldHaveSentNothingBeforeRateLimitReset(
                  actual,
                  limited.path(),
                  tolerance,
                  timeline.offsetMillis(i),
                  Duration.between(all.get(0).receivedAt(), journal.respondedAt(i)).toMillis()
                      + wait.getAsLong(),
                  timeline.offsetMillis(j),
                  timeline));
        }
      }
    }
    return myself;
  }

  // ---------------------------------------------------------------- tokens

  /**
   * Verifies that the fake received exactly {@code times} requests for a token: requests whose path
   * ends in {@code /v1/token} (the org and custom authorization servers). Fetching a token per call
   * is the first cause of self-inflicted 429s.
   *
   * <p>Example:
   *
   * <pre><code class='java'> client.listUsers();
   * client.listGroups();
   *
   * // assertion will pass for a client that caches its token
   * assertThat(okta).hasCalledTokenEndpoint(1);
   *
   * // assertion will fail for a client that fetches a token per call
   * assertThat(okta).hasCalledTokenEndpoint(1);</code></pre>
   *
   * @param times the expected count, 0 or more
   * @return this assertion object.
   * @throws IllegalArgumentException if {@code times} is negative.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if the count differs.
   */
  public SELF hasCalledTokenEndpoint(int times) {
    isNotNull();
    requireNotNegative(times, "times");
    Journal journal = Journal.of(actual);
    List<Integer> calls = journal.matching(AbstractFakeOktaServerAssert::isTokenRequest);
    if (calls.size() != times) {
      throw assertionError(
          shouldHaveCalledTokenEndpoint(
              actual, times, calls.size(), Timeline.of(journal.all()).highlight(calls)));
    }
    return myself;
  }

  /**
   * Verifies that every request matching the pattern carried the same {@code Bearer} token: the
   * client cached its token. Tokens are compared, never shown; the failure message shows at most
   * their last four characters.
   *
   * <p>Example:
   *
   * <pre><code class='java'> client.listUsers();
   * client.listGroups();
   *
   * // assertion will pass for a client that caches its token
   * assertThat(okta).hasReusedBearerToken(anyRequestedFor(urlPathMatching("/api/v1/.*")));
   *
   * // assertion will fail for a client that fetches a token per call
   * assertThat(okta).hasReusedBearerToken(anyRequestedFor(urlPathMatching("/api/v1/.*")));</code>
   * </pre>
   *
   * @param requests the WireMock pattern; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if no request matched, one had no Bearer token, or they differed.
   */
  public SELF hasReusedBearerToken(RequestPatternBuilder requests) {
    isNotNull();
    Selected selected = requireReceived(requests);
    Set<String> distinct = new LinkedHashSet<>();
    boolean missing = false;
    for (int position : selected.positions) {
      Optional<String> token = bearer(selected.journal.get(position));
      if (token.isPresent()) {
        distinct.add(token.get());
      } else {
        missing = true;
      }
    }
    if (missing || distinct.size() != 1) {
      List<String> shown = new ArrayList<>();
      distinct.forEach(token -> shown.add("Bearer " + Secrets.mask(token)));
      if (missing) {
        shown.add("(no Bearer token)");
      }
      throw assertionError(
          shouldHaveReusedBearerToken(actual, selected.description, shown, selected.timeline()));
    }
    return myself;
  }

  /**
   * Verifies that after each 401 on the request the client called the token endpoint and then
   * retried with a different {@code Authorization} value. At least one 401 must have been followed
   * by another attempt.
   *
   * <p>Example:
   *
   * <pre>
   * <code class='java'> okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users"))).respond(OAuthError.of("invalid_token"));
   * client.listUsers();
   *
   * // assertion will pass for a client that refreshes its token
   * assertThat(okta).hasRefreshedTokenAfterUnauthorized(getRequestedFor(urlPathEqualTo("/api/v1/users")));
   *
   * // assertion will fail for a client that retries with the same token
   * assertThat(okta).hasRefreshedTokenAfterUnauthorized(getRequestedFor(urlPathEqualTo("/api/v1/users")));</code>
   * </pre>
   *
   * @param requests the WireMock pattern that identifies the request; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if no 401 was followed by another attempt, or a retry after a 401 was
   *     not preceded by a token request or reused the rejected credential.
   */
  public SELF hasRefreshedTokenAfterUnauthorized(RequestPatternBuilder requests) {
    isNotNull();
    Selected selected = requireReceived(requests);
    List<Integer> tokenCalls =
        selected.journal.matching(AbstractFakeOktaServerAssert::isTokenRequest);
    boolean checked = false;
    for (int k = 0; k + 1 < selected.positions.size(); k++) {
      int position = selected.positions.get(k);
      int nextPosition = selected.positions.get(k + 1);
      ServedRequest attempt = selected.journal.get(position);
      if (attempt.status() != 401) {
        continue;
      }
      checked = true;
      String problem = null;
      if (tokenCalls.stream().noneMatch(t -> t > position && t < nextPosition)) {
        problem = "did not request a new token before the next attempt";
      } else if (attempt
          .requestHeader("Authorization")
          .equals(selected.journal.get(nextPosition).requestHeader("Authorization"))) {
        problem = "retried with the same credential";
      }
      if (problem != null) {
        List<Integer> marked = new ArrayList<>(selected.positions);
        marked.addAll(tokenCalls);
        Timeline timeline = Timeline.of(selected.journal.all()).highlight(marked);
        throw assertionError(
            shouldHaveRefreshedTokenAfterUnauthorized(
                actual, selected.description, timeline.offsetMillis(position), problem, timeline));
      }
    }
    if (!checked) {
      throw assertionError(
          shouldHaveRetriedAfterStatus(actual, selected.description, 401, selected.timeline()));
    }
    return myself;
  }

  /**
   * Verifies that no request matching the pattern carried an expired JWT: for every request whose
   * {@code Authorization} credential is a JWT with {@code exp}, the fake's clock when it answered
   * (its {@code Date}) was before {@code exp}. Opaque credentials are not checked. Move the fake's
   * clock with {@code okta.clock().advance(...)} to expire tokens without sleeping.
   *
   * <p>Example:
   *
   * <pre><code class='java'> client.listUsers();
   * okta.clock().advance(Duration.ofHours(2));
   * client.listUsers();
   *
   * // assertion will pass for a client that fetched a new token when its token expired
   * assertThat(okta).hasNotSentExpiredTokens(anyRequestedFor(urlPathMatching("/api/v1/.*")));
   *
   * // assertion will fail for a client that kept using its expired token
   * assertThat(okta).hasNotSentExpiredTokens(anyRequestedFor(urlPathMatching("/api/v1/.*")));</code>
   * </pre>
   *
   * @param requests the WireMock pattern; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual fake is {@code null}.
   * @throws AssertionError if no request matched, or one carried an expired token.
   */
  public SELF hasNotSentExpiredTokens(RequestPatternBuilder requests) {
    isNotNull();
    Selected selected = requireReceived(requests);
    for (int position : selected.positions) {
      ServedRequest request = selected.journal.get(position);
      Optional<String> authorization = request.requestHeader("Authorization").map(String::strip);
      Optional<Instant> now = request.fakeTime();
      if (authorization.isEmpty() || now.isEmpty()) {
        continue;
      }
      String value = authorization.get();
      String credential = value.contains(" ") ? value.substring(value.indexOf(' ') + 1) : value;
      Instant exp = expiry(credential.strip());
      if (exp != null && !exp.isAfter(now.get())) {
        Timeline timeline = Timeline.of(selected.journal.all()).highlight(List.of(position));
        throw assertionError(
            shouldNotSendExpiredToken(
                actual,
                selected.description,
                timeline.offsetMillis(position),
                Secrets.maskAuthorization(value),
                exp,
                now.get(),
                timeline));
      }
    }
    return myself;
  }

  // ---------------------------------------------------------------- helpers

  private static Instant expiry(String credential) {
    try {
      Date exp = JWTParser.parse(credential).getJWTClaimsSet().getExpirationTime();
      return exp == null ? null : exp.toInstant();
    } catch (ParseException | RuntimeException notAJwt) {
      return null;
    }
  }

  private SELF hasReceivedCount(int times, Selected selected) {
    if (selected.positions.size() != times) {
      throw assertionError(
          shouldHaveReceived(
              actual, selected.description, times, selected.positions.size(), selected.timeline()));
    }
    return myself;
  }

  private Selected select(RequestPatternBuilder requests) {
    Objects.requireNonNull(
        requests,
        "requests must not be null; use e.g. getRequestedFor(urlPathEqualTo(\"/api/v1/users\"))");
    RequestPattern pattern = requests.build();
    Journal journal = Journal.of(actual);
    return new Selected(journal, journal.matching(pattern), Patterns.describe(pattern));
  }

  private Selected requireReceived(RequestPatternBuilder requests) {
    Selected selected = select(requests);
    if (selected.positions.isEmpty()) {
      throw assertionError(shouldHaveReceived(actual, selected.description, selected.timeline()));
    }
    return selected;
  }

  private static RequestPatternBuilder pattern(String method, String path) {
    Objects.requireNonNull(method, "method must not be null; use e.g. \"GET\"");
    Objects.requireNonNull(path, "path must not be null; use e.g. \"/api/v1/users\"");
    return new RequestPatternBuilder(
        RequestMethod.fromString(method.toUpperCase(Locale.ROOT)), urlPathEqualTo(path));
  }

  private static void requireNotNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
  }

  private static void requireTolerance(Duration tolerance) {
    Objects.requireNonNull(
        tolerance, "tolerance must not be null; use e.g. Duration.ofMillis(100)");
    if (tolerance.isNegative()) {
      throw new IllegalArgumentException("tolerance must not be negative, was " + tolerance);
    }
  }

  private static boolean succeeded(ServedRequest request) {
    return request.status() >= 200 && request.status() < 400;
  }

  private static boolean isTokenRequest(ServedRequest request) {
    return request.path().endsWith("/v1/token");
  }

  private static Optional<String> bearer(ServedRequest request) {
    return request
        .requestHeader("Authorization")
        .map(String::strip)
        .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
        .map(value -> value.substring(7).strip());
  }

  private static long gapMillis(Journal journal, int from, int to) {
    return Math.max(
        0, Duration.between(journal.respondedAt(from), journal.get(to).receivedAt()).toMillis());
  }

  private static OptionalLong resetWaitMillis(ServedRequest response) {
    Optional<String> reset = response.responseHeader("X-Rate-Limit-Reset");
    Optional<Instant> date = response.fakeTime();
    if (reset.isEmpty() || date.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      long resetSeconds = Long.parseLong(reset.get().strip());
      return OptionalLong.of((resetSeconds - date.get().getEpochSecond()) * 1000);
    } catch (NumberFormatException notSeconds) {
      return OptionalLong.empty();
    }
  }

  private static OptionalLong retryAfterMillis(ServedRequest response) {
    Optional<String> retryAfter = response.responseHeader("Retry-After").map(String::strip);
    if (retryAfter.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(retryAfter.get()) * 1000);
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at =
            ZonedDateTime.parse(retryAfter.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return response
            .fakeTime()
            .map(date -> OptionalLong.of(Duration.between(date, at).toMillis()))
            .orElse(OptionalLong.empty());
      } catch (RuntimeException notADate) {
        return OptionalLong.empty();
      }
    }
  }

  private static String retryHeaderProblem(
      ServedRequest retry, Optional<String> retryFor, Long previousCount) {
    Optional<String> sentFor = retry.requestHeader("X-Okta-Retry-For");
    if (retryFor.isPresent()) {
      if (sentFor.isEmpty()) {
        return "had no X-Okta-Retry-For";
      }
      if (!sentFor.get().strip().equals(retryFor.get())) {
        return "had X-Okta-Retry-For: " + sentFor.get() + " instead of " + retryFor.get();
      }
    }
    Optional<String> count = retry.requestHeader("X-Okta-Retry-Count");
    if (count.isEmpty()) {
      return "had no X-Okta-Retry-Count";
    }
    long value;
    try {
      value = Long.parseLong(count.get().strip());
    } catch (NumberFormatException e) {
      return "had X-Okta-Retry-Count: " + count.get() + ", which is not a number";
    }
    if (previousCount == null ? value < 1 : value != previousCount + 1) {
      return "had X-Okta-Retry-Count: "
          + value
          + (previousCount == null ? ", which is not positive" : " after " + previousCount);
    }
    return null;
  }

  private record Selected(Journal journal, List<Integer> positions, String description) {
    Timeline timeline() {
      return Timeline.of(journal.all()).highlight(positions);
    }
  }
}
