package dev.fakeokta.server;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import com.okta.sdk.authc.credentials.TokenClientCredentials;
import com.okta.sdk.cache.Caches;
import com.okta.sdk.client.Clients;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * okta-sdk-java 24's built-in retry against the fake: it waits on 429 as {@code X-Rate-Limit-Reset}
 * and {@code Date} say, backs off on 503, and gives up at once on 500. Real waits, about a second.
 */
class OktaSdkRetryIntegrationTest {

  private static final String USERS =
      "[{\"id\":\"00u1\",\"status\":\"ACTIVE\",\"profile\":{\"login\":\"isaac@example.com\","
          + "\"email\":\"isaac@example.com\",\"firstName\":\"Isaac\",\"lastName\":\"Brock\"}}]";

  private static FakeOktaServer okta;
  private static UserApi users;

  @BeforeAll
  static void start() {
    okta = FakeOktaServer.builder().start();
    System.setProperty("okta.testing.disableHttpsCheck", "true");
    ApiClient client =
        Clients.builder()
            .setOrgUrl(okta.httpUrl())
            .setClientCredentials(new TokenClientCredentials("00sdk-test-token"))
            .setCacheManager(Caches.newDisabledCacheManager())
            .build();
    users = new UserApi(client);
    // warm up the client's HTTP stack, so the timed tests measure waits, not class loading
    okta.wireMock().stubFor(get(urlPathEqualTo("/api/v1/users")).willReturn(okJson(USERS)));
    users.listUsers(null, null, null, null, null, null, null, null);
  }

  @AfterAll
  static void stop() {
    okta.close();
  }

  @BeforeEach
  void reset() {
    okta.reset();
    okta.wireMock().stubFor(get(urlPathEqualTo("/api/v1/users")).willReturn(okJson(USERS)));
  }

  @Test
  void should_wait_for_the_reset_and_return_the_data_after_two_429s() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
        .respond(OktaError.of("E0000047"), 2);
    // WHEN
    List<User> list = listUsers();
    // THEN
    then(list).extracting(User::getId).containsExactly("00u1");
    List<ServedRequest> journal = okta.journal();
    then(journal).extracting(ServedRequest::status).containsExactly(429, 429, 200);
    then(journal.subList(0, 2))
        .allSatisfy(
            limited -> {
              then(limited.errorCode()).hasValue("E0000047");
              then(limited.rateLimitRemaining()).hasValue(0);
              then(limited.rateLimitLimit()).hasValue(600);
              // reset = the fake's current second, so the SDK waits its minimum of one second
              then(limited.rateLimitReset().orElseThrow().getEpochSecond())
                  .isEqualTo(limited.fakeTime().orElseThrow().getEpochSecond());
            });
    then(journal.get(2).rateLimitRemaining()).hasValue(597);
    // the SDK waits max(reset * 1000 - Date + 1000, 1000) ms = 1 s; the upper bound allows for a
    // loaded build machine, and is far below the 61 s a window-end reset would cost
    then(gaps(journal))
        .allSatisfy(gap -> then(gap).isBetween(Duration.ofMillis(900), Duration.ofSeconds(10)));
  }

  @Test
  void should_retry_503_with_backoff() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users"))).respond(OktaError.of("E0000010"));
    // WHEN
    List<User> list = listUsers();
    // THEN
    then(list).hasSize(1);
    List<ServedRequest> journal = okta.journal();
    then(journal).extracting(ServedRequest::status).containsExactly(503, 200);
    // okta-sdk-java backs off 300 ms * 2^n: 600 ms before the first retry
    then(gaps(journal).get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(8));
  }

  @Test
  void should_not_retry_500() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users"))).respond(OktaError.of("E0000009"));
    // WHEN
    ApiException thrown = catchThrowableOfType(ApiException.class, this::listUsers);
    // THEN
    then(thrown.getCode()).isEqualTo(500);
    then(thrown.getResponseBody()).contains("E0000009");
    then(okta.journal()).hasSize(1);
  }

  @Test
  void should_retry_a_429_without_rate_limit_headers_at_once() {
    // GIVEN
    okta.rateLimits().enable(RateLimitQuirk.NO_HEADERS_ON_429);
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users"))).respond(OktaError.of("E0000047"));
    // WHEN
    List<User> list = listUsers();
    // THEN
    then(list).hasSize(1);
    List<ServedRequest> journal = okta.journal();
    then(journal).extracting(ServedRequest::status).containsExactly(429, 200);
    then(journal.get(0).rateLimitReset()).isEmpty();
    then(gaps(journal).get(0)).isLessThan(Duration.ofMillis(500));
  }

  private List<User> listUsers() {
    return users.listUsers(null, null, null, null, null, null, null, null);
  }

  private static List<Duration> gaps(List<ServedRequest> journal) {
    List<Duration> gaps = new ArrayList<>();
    for (int i = 1; i < journal.size(); i++) {
      gaps.add(Duration.between(journal.get(i - 1).receivedAt(), journal.get(i).receivedAt()));
    }
    return gaps;
  }
}
