package dev.fakeokta.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every {@link ServerFault}, delays and token-scoped scripts, over real HTTP. */
class ServerFaultIntegrationTest {

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
    okta.wireMock()
        .stubFor(
            any(urlPathMatching("/api/v1/.*"))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("[]")));
  }

  @Test
  void should_answer_a_bare_status_without_body() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users"))).respond(ServerFault.status(501));
    // WHEN
    HttpResponse<String> response = get("/api/v1/users");
    // THEN
    then(response.statusCode()).isEqualTo(501);
    then(response.body()).isEmpty();
    then(okta.journal().get(0).errorCode()).isEmpty();
    then(response.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("599");
  }

  @Test
  void should_answer_bad_gateway_and_gateway_timeout_with_a_proxy_page() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
        .respond(ServerFault.badGateway())
        .respond(ServerFault.gatewayTimeout());
    // WHEN
    HttpResponse<String> badGateway = get("/api/v1/users");
    HttpResponse<String> timeout = get("/api/v1/users");
    HttpResponse<String> normal = get("/api/v1/users");
    // THEN
    then(badGateway.statusCode()).isEqualTo(502);
    then(badGateway.headers().firstValue("Content-Type")).hasValue("text/html");
    then(badGateway.body()).contains("<h1>502 Bad Gateway</h1>");
    then(timeout.statusCode()).isEqualTo(504);
    then(timeout.body()).contains("504 Gateway Time-out");
    then(normal.statusCode()).isEqualTo(200);
    then(okta.journal()).allSatisfy(r -> then(r.errorCode()).isEmpty());
  }

  @Test
  void should_reset_the_connection() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
        .respond(ServerFault.connectionReset());
    // WHEN
    Throwable thrown = catchThrowable(() -> get("/api/v1/users"));
    // THEN
    then(thrown).isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);
    ServedRequest served = okta.journal().get(0);
    then(served.fault()).hasValue("CONNECTION_RESET_BY_PEER");
    then(served.status()).isZero();
    then(get("/api/v1/users").statusCode()).isEqualTo(200);
  }

  @Test
  void should_close_the_connection_without_a_reply() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users"))).respond(ServerFault.emptyReply());
    // WHEN
    Throwable thrown = catchThrowable(() -> get("/api/v1/users"));
    // THEN
    then(thrown).isInstanceOf(UncheckedIOException.class);
    then(okta.journal().get(0).fault()).hasValue("EMPTY_RESPONSE");
  }

  @Test
  void should_send_malformed_json() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
        .respond(ServerFault.malformedJson());
    // WHEN
    HttpResponse<String> response = get("/api/v1/users");
    // THEN
    then(response.statusCode()).isEqualTo(200);
    then(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    then(catchThrowable(() -> JSON.readTree(response.body())))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void should_send_json_that_stops_half_way() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
        .respond(ServerFault.truncatedJson());
    // WHEN
    HttpResponse<String> response = get("/api/v1/users");
    // THEN
    then(response.statusCode()).isEqualTo(200);
    then(response.body()).startsWith("[{\"id\":\"00u");
    then(catchThrowable(() -> JSON.readTree(response.body())))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("end-of-input");
  }

  @Test
  void should_send_a_huge_page_with_a_next_link() throws Exception {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
        .respondAlways(ServerFault.hugePage(2_000));
    // WHEN
    HttpResponse<String> response = get("/api/v1/users");
    // THEN
    then(response.statusCode()).isEqualTo(200);
    JsonNode users = JSON.readTree(response.body());
    then(users.size()).isEqualTo(2_000);
    then(users.get(1_999).get("profile").get("login").asText()).isEqualTo("user1999@example.com");
    List<String> links = response.headers().allValues("Link");
    then(links)
        .containsExactly(
            "<" + okta.orgUrl() + "/api/v1/users?limit=2000>; rel=\"self\"",
            "<"
                + okta.orgUrl()
                + "/api/v1/users?after=00u00000000000001999&limit=2000>; rel=\"next\"");
    then(get("/api/v1/users?after=00u00000000000001999&limit=2000").body().length())
        .isEqualTo(response.body().length());
  }

  @Test
  void should_delay_then_give_the_normal_answer() {
    // GIVEN
    Script script =
        okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
            .respond(ServerFault.delay(Duration.ofMillis(400)));
    // WHEN
    long start = System.nanoTime();
    HttpResponse<String> slow = get("/api/v1/users");
    long slowMillis = (System.nanoTime() - start) / 1_000_000;
    // THEN
    then(slow.statusCode()).isEqualTo(200);
    then(slow.body()).isEqualTo("[]");
    then(slow.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("599");
    then(slowMillis).isGreaterThanOrEqualTo(400);
    then(script.isUsedUp()).isTrue();
    then(okta.rateLimits().inFlight()).isZero();
  }

  @Test
  void should_delay_any_scripted_response() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
        .respond(OktaError.of("E0000009").withDelay(Duration.ofMillis(300)))
        .respond(
            ServerFault.connectionReset()
                .withRandomDelay(Duration.ofMillis(100), Duration.ofMillis(200)));
    // WHEN
    long start = System.nanoTime();
    HttpResponse<String> error = get("/api/v1/users");
    long errorMillis = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    Throwable reset = catchThrowable(() -> get("/api/v1/users"));
    long resetMillis = (System.nanoTime() - start) / 1_000_000;
    // THEN
    then(error.statusCode()).isEqualTo(500);
    then(okta.journal().get(0).errorCode()).hasValue("E0000009");
    then(errorMillis).isGreaterThanOrEqualTo(300);
    then(reset).isInstanceOf(UncheckedIOException.class);
    then(resetMillis).isGreaterThanOrEqualTo(100);
  }

  @Test
  void should_delay_what_an_older_script_answers() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
        .respondAlways(OktaError.of("E0000010"));
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
        .respond(ServerFault.delay(Duration.ofMillis(300)));
    // WHEN
    long start = System.nanoTime();
    HttpResponse<String> response = get("/api/v1/users");
    long millis = (System.nanoTime() - start) / 1_000_000;
    // THEN
    then(response.statusCode()).isEqualTo(503);
    then(millis).isGreaterThanOrEqualTo(300);
  }

  @Test
  void should_make_a_client_time_out() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
        .respond(ServerFault.delay(Duration.ofMillis(800)));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(okta.httpUrl() + "/api/v1/users"))
            .timeout(Duration.ofMillis(200))
            .build();
    // WHEN
    Throwable thrown =
        catchThrowable(
            () -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()));
    // THEN
    then(thrown).isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void should_fault_only_the_scripted_endpoint() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/groups")))
        .respondAlways(ServerFault.badGateway());
    // WHEN
    int groups = get("/api/v1/groups").statusCode();
    int users = get("/api/v1/users").statusCode();
    // THEN
    then(groups).isEqualTo(502);
    then(users).isEqualTo(200);
  }

  @Test
  void should_forbid_one_token_and_let_others_through() {
    // GIVEN
    String forbidden = "00forbidden-token-value";
    Script script =
        okta.when(OktaRequests.withToken(forbidden)).respondAlways(OktaError.of("E0000006"));
    // WHEN
    int withForbidden = withAuthorization("SSWS " + forbidden).statusCode();
    int withBearer = withAuthorization("Bearer " + forbidden).statusCode();
    int withOther = withAuthorization("SSWS 00other-token").statusCode();
    int withPrefix = withAuthorization("SSWS " + forbidden + "x").statusCode();
    int without = get("/api/v1/users").statusCode();
    // THEN
    then(withForbidden).isEqualTo(403);
    then(withBearer).isEqualTo(403);
    then(withOther).isEqualTo(200);
    then(withPrefix).isEqualTo(200);
    then(without).isEqualTo(200);
    then(okta.journal().get(0).errorCode()).hasValue("E0000006");
    then(script.toString()).doesNotContain(forbidden);
  }

  @Test
  void should_reject_bad_fault_arguments_with_the_fix() {
    then(catchThrowable(() -> ServerFault.status(99)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("status must be between 100 and 599");
    then(catchThrowable(() -> ServerFault.hugePage(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("items must be between 1 and");
    then(catchThrowable(() -> ServerFault.delay(Duration.ofMillis(-1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delay must be positive");
    then(catchThrowable(() -> ServerFault.delay(Duration.ofMinutes(2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most a minute");
    then(catchThrowable(() -> OktaRequests.withToken(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token must not be blank");
  }

  private static HttpResponse<String> withAuthorization(String value) {
    return OktaHttp.send(
        HttpRequest.newBuilder(URI.create(okta.httpUrl() + "/api/v1/users"))
            .header("Authorization", value)
            .build());
  }

  private static HttpResponse<String> get(String path) {
    return OktaHttp.get(okta.orgUrl() + path);
  }
}
