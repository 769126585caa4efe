package dev.fakeokta.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Okta-like rate limits over real HTTP: headers, 429s, windows, concurrency, quirks, scripts. */
class RateLimitIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static FakeOktaServer okta;

  @BeforeAll
  static void start() {
    okta = FakeOktaServer.builder().start();
  }

  @AfterAll
  static void stop() {
    okta.close();
  }

  @BeforeEach
  void reset() {
    okta.reset();
    okta.wireMock().stubFor(any(urlPathMatching("/.*")).willReturn(aResponse().withStatus(200)));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "GET, /api/v1/users, USERS",
    "POST, /api/v1/users, USERS",
    "GET, /api/v1/users/00u1, USER_GET",
    "GET, /api/v1/users/me, USER_GET",
    "DELETE, /api/v1/users/00u1, USER",
    "POST, /api/v1/users/00u1/lifecycle/activate, USER",
    "GET, /api/v1/users/00u1/groups, USER",
    "GET, /api/v1/groups, GROUPS",
    "GET, /api/v1/groups/00g1/users, GROUP",
    "GET, /api/v1/apps, APPS",
    "GET, /api/v1/apps/0oa1, APP",
    "GET, /api/v1/apps/0oa1/users, APPS",
    "GET, /api/v1/logs, LOGS",
    "POST, /api/v1/authn, AUTHN",
    "POST, /api/v1/authn/factors/f1/verify, AUTHN",
    "GET, /api/v1/meta/schemas/user/default, API_V1",
    "GET, /api/v1/users?limit=2, USERS",
    "POST, /oauth2/v1/token, OAUTH2_TOKEN",
    "POST, /oauth2/default/v1/token, OAUTH2_TOKEN",
    "GET, /oauth2/aus1/v1/authorize, OAUTH2_AUTHORIZE",
    "POST, /oauth2/default/v1/introspect, OAUTH2_V1",
    "GET, /oauth2/v1/userinfo, OAUTH2_V1",
    "POST, /oauth2/v1/clients, OAUTH2_CLIENTS",
    "GET, /oauth2/default, OAUTH2",
  })
  void should_match_requests_to_okta_buckets(String method, String path, RateLimitBucket bucket) {
    then(okta.rateLimits().bucketFor(method, path)).hasValue(bucket);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/oauth2/v1/keys",
    "/oauth2/default/v1/keys",
    "/.well-known/openid-configuration",
    "/oauth2/default/.well-known/openid-configuration",
    "/oauth2/default/.well-known/oauth-authorization-server",
    "/login/login.htm",
    "/anything"
  })
  void should_not_rate_limit_keys_discovery_and_other_paths(String path) {
    // WHEN
    HttpResponse<String> response = OktaHttp.get(okta.orgUrl() + path);
    // THEN
    then(response.statusCode()).isEqualTo(200);
    then(response.headers().firstValue("X-Rate-Limit-Limit")).isEmpty();
    then(response.headers().firstValue("X-Rate-Limit-Remaining")).isEmpty();
    then(response.headers().firstValue("X-Rate-Limit-Reset")).isEmpty();
    then(okta.rateLimits().bucketFor("GET", path)).isEmpty();
  }

  @Test
  void should_send_the_buckets_headers_on_every_response() {
    // WHEN
    HttpResponse<String> first = OktaHttp.get(okta.orgUrl() + "/api/v1/users");
    HttpResponse<String> second = OktaHttp.get(okta.orgUrl() + "/api/v1/users?limit=2");
    HttpResponse<String> other = OktaHttp.get(okta.orgUrl() + "/api/v1/users/00u1");
    // THEN
    then(first.headers().firstValue("X-Rate-Limit-Limit")).hasValue("600");
    then(first.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("599");
    then(second.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("598");
    then(other.headers().firstValue("X-Rate-Limit-Limit")).hasValue("2000");
    then(other.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("1999");
    long reset = Long.parseLong(first.headers().firstValue("X-Rate-Limit-Reset").orElseThrow());
    long date = okta.journal().get(0).fakeTime().orElseThrow().getEpochSecond();
    then(reset).isBetween(date + 59, date + 61);
    then(second.headers().firstValue("X-Rate-Limit-Reset")).hasValue(Long.toString(reset));
    then(first.headers().firstValue("Retry-After")).isEmpty();
    then(okta.rateLimits().remaining(RateLimitBucket.USERS)).isEqualTo(598);
  }

  @Test
  void should_answer_429_with_okta_body_and_headers_past_the_limit() throws Exception {
    // GIVEN
    okta.rateLimits().limit(RateLimitBucket.USERS, 2, Duration.ofMinutes(1));
    // WHEN
    List<Integer> statuses = statuses("/api/v1/users", 2);
    HttpResponse<String> limited = OktaHttp.get(okta.orgUrl() + "/api/v1/users");
    // THEN
    then(statuses).containsExactly(200, 200);
    then(limited.statusCode()).isEqualTo(429);
    then(limited.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode body = JSON.readTree(limited.body());
    then(body.get("errorCode").asText()).isEqualTo("E0000047");
    then(body.get("errorSummary").asText())
        .isEqualTo("API call exceeded rate limit due to too many requests.");
    then(body.get("errorLink").asText()).isEqualTo("E0000047");
    then(body.get("errorId").asText()).matches("oae[A-Za-z0-9_-]{22}");
    then(body.get("errorCauses").isArray()).isTrue();
    then(body.get("errorCauses")).isEmpty();
    then(limited.headers().firstValue("X-Rate-Limit-Limit")).hasValue("2");
    then(limited.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("0");
    Instant date =
        ZonedDateTime.parse(
                limited.headers().firstValue("Date").orElseThrow(),
                DateTimeFormatter.RFC_1123_DATE_TIME)
            .toInstant();
    long reset = Long.parseLong(limited.headers().firstValue("X-Rate-Limit-Reset").orElseThrow());
    then(reset - date.getEpochSecond()).isBetween(58L, 61L);
    then(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()))
        .isCloseTo(reset - date.getEpochSecond(), Offset.offset(1L));
    then(okta.rateLimits().remaining(RateLimitBucket.USERS)).isZero();
    // other buckets are not affected
    then(OktaHttp.get(okta.orgUrl() + "/api/v1/groups").statusCode()).isEqualTo(200);
  }

  @Test
  void should_open_a_fresh_window_when_the_clock_passes_the_reset() {
    // GIVEN
    okta.rateLimits().limit(RateLimitBucket.GROUPS, 1, Duration.ofSeconds(10));
    then(statuses("/api/v1/groups", 2)).containsExactly(200, 429);
    // WHEN
    okta.clock().advance(Duration.ofSeconds(10));
    HttpResponse<String> response = OktaHttp.get(okta.orgUrl() + "/api/v1/groups");
    // THEN
    then(response.statusCode()).isEqualTo(200);
    then(response.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("0");
    long reset = Long.parseLong(response.headers().firstValue("X-Rate-Limit-Reset").orElseThrow());
    then(reset)
        .isBetween(
            okta.clock().instant().getEpochSecond() + 9,
            okta.clock().instant().getEpochSecond() + 11);
  }

  @Test
  void should_leave_out_retry_after_when_switched_off() {
    // GIVEN
    okta.rateLimits().limit(RateLimitBucket.LOGS, 1, Duration.ofMinutes(1)).retryAfter(false);
    // WHEN
    List<HttpResponse<String>> responses = responses("/api/v1/logs", 2);
    // THEN
    then(responses.get(1).statusCode()).isEqualTo(429);
    then(responses.get(1).headers().firstValue("Retry-After")).isEmpty();
    then(responses.get(1).headers().firstValue("X-Rate-Limit-Remaining")).hasValue("0");
  }

  @Test
  void should_take_limits_and_retry_after_from_the_builder() {
    // GIVEN
    try (FakeOktaServer configured =
        FakeOktaServer.builder()
            .rateLimit(RateLimitBucket.USERS, 1, Duration.ofSeconds(30))
            .retryAfter(false)
            .concurrencyLimit(5)
            .start()) {
      configured.wireMock().stubFor(get("/api/v1/users").willReturn(aResponse().withStatus(200)));
      // WHEN
      HttpResponse<String> first = OktaHttp.get(configured.orgUrl() + "/api/v1/users");
      HttpResponse<String> second = OktaHttp.get(configured.orgUrl() + "/api/v1/users");
      // THEN
      then(first.statusCode()).isEqualTo(200);
      then(second.statusCode()).isEqualTo(429);
      then(second.headers().firstValue("X-Rate-Limit-Limit")).hasValue("1");
      then(second.headers().firstValue("Retry-After")).isEmpty();
      then(configured.config().rateLimits().get(RateLimitBucket.USERS))
          .isEqualTo(RateLimit.of(1, Duration.ofSeconds(30)));
      then(configured.config().rateLimits().get(RateLimitBucket.GROUPS))
          .isEqualTo(RateLimit.perMinute(500));
      then(configured.rateLimits().concurrencyLimit()).isEqualTo(5);
    }
  }

  @Test
  void should_give_exactly_n_successes_to_many_concurrent_clients() throws Exception {
    // GIVEN
    int limit = 37;
    okta.rateLimits().limit(RateLimitBucket.USERS, limit, Duration.ofMinutes(5));
    // WHEN
    List<HttpResponse<String>> responses = concurrently(150, 16, "/api/v1/users");
    // THEN
    List<HttpResponse<String>> ok = responses.stream().filter(r -> r.statusCode() == 200).toList();
    then(ok).hasSize(limit);
    then(responses).filteredOn(r -> r.statusCode() == 429).hasSize(150 - limit);
    then(ok)
        .extracting(r -> Integer.parseInt(r.headers().firstValue("X-Rate-Limit-Remaining").get()))
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.IntStream.range(0, limit).boxed().toList());
    then(okta.journal())
        .filteredOn(r -> r.status() == 429)
        .allSatisfy(r -> then(r.rateLimitRemaining()).hasValue(0));
  }

  @Test
  void should_answer_429_with_zero_limit_past_the_concurrency_limit() throws Exception {
    // GIVEN one slow request in flight
    okta.rateLimits().concurrencyLimit(1);
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")).withHeader("X-Slow", equalTo("1")))
        .respond(ServerFault.delay(Duration.ofSeconds(2)));
    CompletableFuture<HttpResponse<String>> slow =
        CompletableFuture.supplyAsync(
            () ->
                OktaHttp.send(
                    HttpRequest.newBuilder(URI.create(okta.orgUrl() + "/api/v1/users"))
                        .header("X-Slow", "1")
                        .build()));
    awaitInFlight(1);
    // WHEN
    HttpResponse<String> rejected = OktaHttp.get(okta.orgUrl() + "/api/v1/groups");
    HttpResponse<String> slowResponse = slow.get(10, TimeUnit.SECONDS);
    HttpResponse<String> after = OktaHttp.get(okta.orgUrl() + "/api/v1/groups");
    // THEN
    then(rejected.statusCode()).isEqualTo(429);
    then(JSON.readTree(rejected.body()).get("errorCode").asText()).isEqualTo("E0000047");
    then(rejected.headers().firstValue("X-Rate-Limit-Limit")).hasValue("0");
    then(rejected.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("0");
    then(rejected.headers().firstValue("X-Rate-Limit-Reset")).isPresent();
    then(slowResponse.statusCode()).isEqualTo(200);
    then(after.statusCode()).isEqualTo(200);
    then(okta.rateLimits().inFlight()).isZero();
    // the rejected request did not count against its bucket
    then(after.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("499");
  }

  @Test
  void should_release_a_request_from_the_concurrency_limit_before_its_response_arrives() {
    // GIVEN
    okta.rateLimits().concurrencyLimit(1);
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
        .respondEvery(5, ServerFault.delay(Duration.ofMillis(20)));
    // WHEN one client sends one request after the other
    List<Integer> statuses = statuses("/api/v1/users", 40);
    // THEN
    then(statuses).containsOnly(200);
    then(okta.rateLimits().inFlight()).isZero();
  }

  @Test
  void should_send_two_reset_headers_with_the_duplicate_quirk() {
    // GIVEN
    okta.rateLimits().enable(RateLimitQuirk.DUPLICATE_RESET_HEADER);
    // WHEN
    OktaHttp.get(okta.orgUrl() + "/api/v1/users");
    // THEN
    ServedRequest served = okta.journal().get(0);
    List<String> resets = served.responseHeaderValues("X-Rate-Limit-Reset");
    then(resets).hasSize(2);
    then(Long.parseLong(resets.get(1)) - Long.parseLong(resets.get(0))).isEqualTo(60);
    then(served.rateLimitReset()).hasValue(Instant.ofEpochSecond(Long.parseLong(resets.get(0))));
  }

  @Test
  void should_send_a_429_without_rate_limit_headers_with_the_quirk() {
    // GIVEN
    okta.rateLimits()
        .limit(RateLimitBucket.USERS, 1, Duration.ofMinutes(1))
        .enable(RateLimitQuirk.NO_HEADERS_ON_429);
    // WHEN
    List<HttpResponse<String>> responses = responses("/api/v1/users", 2);
    // THEN
    then(responses.get(0).headers().firstValue("X-Rate-Limit-Remaining")).hasValue("0");
    HttpResponse<String> limited = responses.get(1);
    then(limited.statusCode()).isEqualTo(429);
    then(limited.headers().map().keySet())
        .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).startsWith("x-rate-limit"))
        .noneMatch(name -> name.equalsIgnoreCase("Retry-After"));
    then(limited.headers().firstValue("Date")).isPresent();
  }

  @Test
  void should_send_a_reset_in_the_past_with_the_quirk() {
    // GIVEN
    okta.rateLimits().enable(RateLimitQuirk.RESET_IN_THE_PAST);
    // WHEN
    OktaHttp.get(okta.orgUrl() + "/api/v1/users");
    // THEN
    ServedRequest served = okta.journal().get(0);
    then(served.rateLimitReset().orElseThrow()).isBefore(served.fakeTime().orElseThrow());
    then(okta.rateLimits().quirks()).containsExactly(RateLimitQuirk.RESET_IN_THE_PAST);
  }

  @Test
  void should_count_scripted_responses_and_give_a_scripted_429_a_reset_of_now() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
        .respond(OktaError.of("E0000009"))
        .respond(OktaError.of("E0000047"));
    // WHEN
    List<HttpResponse<String>> responses = responses("/api/v1/users", 3);
    // THEN
    then(responses).extracting(HttpResponse::statusCode).containsExactly(500, 429, 200);
    then(responses.get(0).headers().firstValue("X-Rate-Limit-Remaining")).hasValue("599");
    HttpResponse<String> scripted429 = responses.get(1);
    then(scripted429.headers().firstValue("X-Rate-Limit-Limit")).hasValue("600");
    then(scripted429.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("0");
    ServedRequest served = okta.journal().get(1);
    then(served.rateLimitReset().orElseThrow().getEpochSecond())
        .isEqualTo(served.fakeTime().orElseThrow().getEpochSecond());
    then(scripted429.headers().firstValue("Retry-After")).hasValue("0");
    then(responses.get(2).headers().firstValue("X-Rate-Limit-Remaining")).hasValue("597");
  }

  @Test
  void should_keep_rate_limit_headers_a_scripted_error_sets_itself() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
        .respond(OktaError.of("E0000047").withHeader("X-Rate-Limit-Reset", "1609459200"));
    // WHEN
    HttpResponse<String> response = OktaHttp.get(okta.orgUrl() + "/api/v1/users");
    // THEN
    then(response.headers().allValues("X-Rate-Limit-Reset")).containsExactly("1609459200");
    then(response.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("0");
  }

  @Test
  void should_not_use_up_a_script_while_the_bucket_is_exhausted() {
    // GIVEN
    okta.rateLimits().limit(RateLimitBucket.USERS, 1, Duration.ofMinutes(1));
    Script script =
        okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
            .respond(OktaError.of("E0000009"));
    // WHEN
    List<Integer> statuses = statuses("/api/v1/users", 3);
    // THEN
    then(statuses).containsExactly(500, 429, 429);
    then(okta.journal())
        .extracting(r -> r.errorCode().orElse("-"))
        .containsExactly("E0000009", "E0000047", "E0000047");
    then(script.matchedCount()).isEqualTo(1);
  }

  @Test
  void should_count_but_not_reject_when_enforcement_is_off() {
    // GIVEN
    okta.rateLimits().limit(RateLimitBucket.USERS, 1, Duration.ofMinutes(1)).enforce(false);
    // WHEN
    List<HttpResponse<String>> responses = responses("/api/v1/users", 3);
    // THEN
    then(responses).extracting(HttpResponse::statusCode).containsOnly(200);
    then(responses.get(2).headers().firstValue("X-Rate-Limit-Remaining")).hasValue("0");
    then(okta.rateLimits().isEnforced()).isFalse();
  }

  @Test
  void should_restore_limits_and_counters_on_reset() {
    // GIVEN
    okta.rateLimits()
        .limit(RateLimitBucket.USERS, 1, Duration.ofMinutes(1))
        .concurrencyLimit(3)
        .retryAfter(false)
        .enable(RateLimitQuirk.NO_HEADERS_ON_429);
    statuses("/api/v1/users", 2);
    // WHEN
    okta.reset();
    // THEN
    RateLimits limits = okta.rateLimits();
    then(limits.limit(RateLimitBucket.USERS)).isEqualTo(RateLimit.perMinute(600));
    then(limits.remaining(RateLimitBucket.USERS)).isEqualTo(600);
    then(limits.concurrencyLimit()).isEqualTo(FakeOktaConfig.DEFAULT_CONCURRENCY_LIMIT);
    then(limits.retryAfter()).isTrue();
    then(limits.quirks()).isEmpty();
    then(limits.isEnforced()).isTrue();
  }

  @Test
  void should_reject_bad_rate_limit_arguments_with_the_fix() {
    then(catchThrowable(() -> RateLimit.of(0, Duration.ofMinutes(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit must be at least 1");
    then(catchThrowable(() -> RateLimit.of(5, Duration.ofMillis(10))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window must be at least 1 second");
    then(catchThrowable(() -> okta.rateLimits().concurrencyLimit(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("concurrencyLimit must be at least 1");
    then(catchThrowable(() -> FakeOktaServer.builder().concurrencyLimit(-1).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("concurrencyLimit");
    then(catchThrowable(() -> okta.rateLimits().limit(null, 1, Duration.ofMinutes(1))))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("bucket must not be null");
  }

  private static void awaitInFlight(int n) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (okta.rateLimits().inFlight() < n) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no request in flight after 20 s");
      }
      Thread.sleep(5); // real time: waiting for the client thread, not for the fake's clock
    }
  }

  private static List<HttpResponse<String>> concurrently(int requests, int threads, String path)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      calls.add(() -> OktaHttp.get(okta.orgUrl() + path));
    }
    List<HttpResponse<String>> responses = new ArrayList<>();
    try {
      for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
        responses.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    return responses;
  }

  private static List<Integer> statuses(String path, int n) {
    return responses(path, n).stream().map(HttpResponse::statusCode).toList();
  }

  private static List<HttpResponse<String>> responses(String path, int n) {
    List<HttpResponse<String>> responses = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      responses.add(OktaHttp.get(okta.orgUrl() + path));
    }
    return responses;
  }
}
