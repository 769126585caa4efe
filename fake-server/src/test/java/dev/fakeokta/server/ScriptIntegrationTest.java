package dev.fakeokta.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scripts over real HTTP: sequences, fall-through, concurrency, the journal, bad arguments. */
class ScriptIntegrationTest {

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
  }

  @Test
  void should_fail_n_times_then_fall_through_to_the_user_stub() {
    // GIVEN
    okta.wireMock()
        .stubFor(get("/api/v1/users").willReturn(aResponse().withStatus(200).withBody("[]")));
    Script script =
        okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
            .respond(OktaError.of("E0000047"), 2);
    // WHEN
    List<Integer> statuses = statuses("/api/v1/users", 4);
    // THEN
    then(statuses).containsExactly(429, 429, 200, 200);
    then(script.servedCount()).isEqualTo(2);
    then(script.matchedCount()).isEqualTo(4);
    then(script.isUsedUp()).isTrue();
  }

  @Test
  void should_serve_a_sequence_then_normal_behaviour() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
        .respond(OktaError.of("E0000009"))
        .respond(OktaError.of("E0000010"));
    // WHEN
    List<Integer> statuses = statuses("/api/v1/users", 3);
    // THEN normal behaviour: the management API refuses a request without Authorization
    then(statuses).containsExactly(500, 503, 403);
    then(okta.journal())
        .extracting(r -> r.errorCode().orElse("-"))
        .containsExactly("E0000009", "E0000010", "E0000005");
  }

  @Test
  void should_fail_every_third_request() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/x"))).respondEvery(3, OktaError.of("E0000009"));
    // WHEN
    List<Integer> statuses = statuses("/x", 7);
    // THEN
    then(statuses).containsExactly(404, 404, 500, 404, 404, 500, 404);
  }

  @Test
  void should_fail_for_a_duration_of_test_time() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/x")))
        .respondFor(Duration.ofSeconds(30), OktaError.of("E0000010"));
    // WHEN
    int during = statuses("/x", 1).get(0);
    okta.clock().advance(Duration.ofSeconds(31));
    int after = statuses("/x", 1).get(0);
    // THEN
    then(during).isEqualTo(503);
    then(after).isEqualTo(404);
  }

  @Test
  void should_fail_randomly_but_reproducibly_for_a_seed() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/x")))
        .respondRandomly(0.5, 42, OktaError.of("E0000009"));
    List<Integer> first = statuses("/x", 40);
    okta.reset();
    okta.when(getRequestedFor(urlPathEqualTo("/x")))
        .respondRandomly(0.5, 42, OktaError.of("E0000009"));
    // WHEN
    List<Integer> second = statuses("/x", 40);
    // THEN
    then(second).isEqualTo(first).contains(500, 404);
  }

  @Test
  void should_ask_the_newest_matching_script_first() {
    // GIVEN
    okta.when(anyRequestedFor(anyUrl())).respondAlways(OktaError.of("E0000009"));
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users"))).respond(OktaError.of("E0000006"));
    // WHEN
    List<Integer> statuses = statuses("/api/v1/users", 2);
    // THEN
    then(statuses).containsExactly(403, 500);
  }

  @Test
  void should_serve_exactly_n_failures_to_concurrent_clients() throws Exception {
    // GIVEN
    okta.wireMock().stubFor(get("/api/v1/users").willReturn(aResponse().withStatus(200)));
    Script script =
        okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
            .respond(OktaError.of("E0000047"), 25);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      calls.add(() -> OktaHttp.get(okta.orgUrl() + "/api/v1/users").statusCode());
    }
    // WHEN
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Integer> f : pool.invokeAll(calls)) {
        statuses.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    // THEN
    then(statuses).filteredOn(s -> s == 429).hasSize(25);
    then(statuses).filteredOn(s -> s == 200).hasSize(175);
    then(script.servedCount()).isEqualTo(25);
    then(okta.journal()).hasSize(200);
  }

  @Test
  void should_record_what_it_served_in_the_journal() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users"))).respond(OktaError.of("E0000047"));
    // WHEN
    OktaHttp.send(
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(okta.orgUrl() + "/api/v1/users?limit=2"))
            .header("Authorization", "SSWS 00secret-token-value")
            .build());
    OktaHttp.get(okta.orgUrl() + "/nowhere");
    // THEN
    List<ServedRequest> journal = okta.journal();
    then(journal).hasSize(2);
    ServedRequest first = journal.get(0);
    then(first.method()).isEqualTo("GET");
    then(first.path()).isEqualTo("/api/v1/users");
    then(first.url()).isEqualTo("/api/v1/users?limit=2");
    then(first.status()).isEqualTo(429);
    then(first.errorCode()).hasValue("E0000047");
    then(first.authorizationScheme()).hasValue("SSWS");
    then(first.responseHeader("x-rate-limit-remaining")).hasValue("0");
    then(first.requestId()).isPresent();
    then(first.fakeTime()).isPresent();
    then(first.isUnmatched()).isFalse();
    then(first.toString()).doesNotContain("00secret-token-value");
    then(journal.get(1).isUnmatched()).isTrue();
    then(okta.unmatchedRequests()).extracting(ServedRequest::path).containsExactly("/nowhere");
    then(first.receivedAt()).isBeforeOrEqualTo(journal.get(1).receivedAt());
  }

  @Test
  void should_forget_scripts_and_journal_on_reset() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/x"))).respondAlways(OktaError.of("E0000009"));
    statuses("/x", 1);
    // WHEN
    okta.reset();
    // THEN
    then(okta.journal()).isEmpty();
    then(statuses("/x", 1)).containsExactly(404);
  }

  @Test
  void should_reject_bad_script_arguments_with_the_fix() {
    Script script = okta.when(getRequestedFor(urlPathEqualTo("/x")));
    then(catchThrowable(() -> script.respond(OktaError.of("E0000009"), -1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "times must be at least 1, was -1; use respondAlways(response) to answer every matching request");
    then(catchThrowable(() -> okta.when(null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("anyRequestedFor(WireMock.anyUrl())");
    then(catchThrowable(() -> script.respond(null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("OktaError.of(\"E0000047\")");
    then(catchThrowable(() -> OktaError.of("E123")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OktaErrorCatalogue.current().codes()");
    then(catchThrowable(() -> script.respondRandomly(10, 42, OktaError.of("E0000009"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probability must be between 0 and 1, was 10.0 (0.1 means 10 %)");
    then(catchThrowable(() -> FakeOktaServer.builder().port(-1))).isNull();
    then(catchThrowable(() -> FakeOktaServer.builder().port(-1).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port must be between 0 (a free port) and 65535, was -1");
  }

  private static List<Integer> statuses(String path, int count) {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      statuses.add(OktaHttp.get(okta.orgUrl() + path).statusCode());
    }
    return statuses;
  }
}
