package dev.fakeokta.server;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.BDDAssertions.then;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 64 concurrent clients mixing token requests, management calls, a scripted failure sequence and a
 * rate-limited bucket, on loopback, bounded in count (512 requests) and time (60 s). Everything is
 * accounted for exactly.
 */
class LoadIntegrationTest {

  private static final int CLIENTS = 64;
  private static final int PER_CLIENT = 8;
  private static final int SCRIPTED_FAILURES = 100;
  private static final int APPS_LIMIT = 50;

  @Test
  void should_account_for_every_request_exactly_under_64_concurrent_clients() throws Exception {
    // GIVEN
    FakeOktaServer okta =
        FakeOktaServer.builder()
            .rateLimit(RateLimitBucket.APPS, APPS_LIMIT, Duration.ofMinutes(1))
            .start();
    Script groupsFailures =
        okta.when(getRequestedFor(urlPathEqualTo("/api/v1/groups")))
            .respond(OktaError.of("E0000009"), SCRIPTED_FAILURES);
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    String base = okta.httpUrl();
    String ssws = "SSWS " + okta.directory().apiToken();
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (OAuthClient.DEFAULT_CLIENT_ID + ":" + OAuthClient.DEFAULT_CLIENT_SECRET)
                        .getBytes(StandardCharsets.UTF_8));
    Map<String, Map<Integer, AtomicInteger>> outcomes = new ConcurrentHashMap<>();
    List<Callable<Void>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int clientIndex = c;
      clients.add(
          () -> {
            for (int i = 0; i < PER_CLIENT; i++) {
              int kind = (clientIndex + i) % 4;
              HttpRequest request =
                  switch (kind) {
                    case 0 ->
                        HttpRequest.newBuilder(URI.create(base + "/oauth2/default/v1/token"))
                            .header("Authorization", basic)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(
                                HttpRequest.BodyPublishers.ofString(
                                    "grant_type=client_credentials&scope=load"))
                            .build();
                    case 1 -> get(base + "/api/v1/users?limit=5", ssws);
                    case 2 -> get(base + "/api/v1/groups", ssws);
                    default -> get(base + "/api/v1/apps", ssws);
                  };
              request =
                  HttpRequest.newBuilder(request, (n, v) -> true)
                      .timeout(Duration.ofSeconds(20))
                      .build();
              int status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
              outcomes
                  .computeIfAbsent(
                      List.of("token", "users", "groups", "apps").get(kind),
                      k -> new ConcurrentHashMap<>())
                  .computeIfAbsent(status, s -> new AtomicInteger())
                  .incrementAndGet();
            }
            return null;
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    // WHEN
    List<Future<Void>> done;
    try {
      done = pool.invokeAll(clients, 60, TimeUnit.SECONDS);
      for (Future<Void> future : done) {
        future.get(); // a cancelled (timed-out, deadlocked) client fails here
      }
    } finally {
      pool.shutdownNow();
    }
    // THEN every request is in the journal
    int total = CLIENTS * PER_CLIENT;
    then(okta.journal()).hasSize(total);
    then(okta.unmatchedRequests()).isEmpty();
    // token requests and user listings all succeeded
    then(statuses(outcomes, "token")).containsOnlyKeys(200).containsEntry(200, total / 4);
    then(statuses(outcomes, "users")).containsOnlyKeys(200).containsEntry(200, total / 4);
    // the scripted sequence was served exactly, then groups answered normally
    then(groupsFailures.servedCount()).isEqualTo(SCRIPTED_FAILURES);
    then(statuses(outcomes, "groups"))
        .containsOnlyKeys(500, 200)
        .containsEntry(500, SCRIPTED_FAILURES)
        .containsEntry(200, total / 4 - SCRIPTED_FAILURES);
    // the rate-limited bucket admitted exactly its limit
    then(statuses(outcomes, "apps"))
        .containsOnlyKeys(200, 429)
        .containsEntry(200, APPS_LIMIT)
        .containsEntry(429, total / 4 - APPS_LIMIT);
    // and the fake stops cleanly
    long start = System.nanoTime();
    okta.close();
    then(okta.isRunning()).isFalse();
    then(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  private static HttpRequest get(String url, String authorization) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", authorization)
        .header("Accept", "application/json")
        .GET()
        .build();
  }

  private static Map<Integer, Integer> statuses(
      Map<String, Map<Integer, AtomicInteger>> outcomes, String kind) {
    Map<Integer, Integer> counts = new java.util.TreeMap<>();
    outcomes.getOrDefault(kind, Map.of()).forEach((status, n) -> counts.put(status, n.get()));
    return counts;
  }
}
