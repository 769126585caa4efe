package dev.fakeokta.server;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every code of the shipped catalogue, over real HTTP, in Okta's exact wire format. */
class OktaErrorWireFormatIntegrationTest {

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
  }

  static Stream<OktaErrorCode> catalogue() {
    return OktaErrorCatalogue.current().codes().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void should_serve_every_catalogued_error_exactly_as_okta(OktaErrorCode code) throws Exception {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users"))).respond(OktaError.of(code.code()));
    // WHEN
    HttpResponse<String> response = OktaHttp.get(okta.orgUrl() + "/api/v1/users");
    // THEN
    then(response.statusCode()).isEqualTo(code.status());
    JsonNode body = JSON.readTree(response.body());
    then(fieldNames(body))
        .containsExactly("errorCode", "errorSummary", "errorLink", "errorId", "errorCauses");
    then(body.get("errorCode").asText()).isEqualTo(code.code());
    then(body.get("errorSummary").asText()).isEqualTo(code.summary());
    then(body.get("errorLink").asText()).isEqualTo(code.code());
    then(body.get("errorId").asText()).matches("oae[A-Za-z0-9_-]{22}");
    then(body.get("errorCauses").isArray()).isTrue();
    then(body.get("errorCauses")).isEmpty();
    then(response.headers().firstValue("Content-Type")).hasValue("application/json");
    then(response.headers().firstValue("X-Okta-Request-Id"))
        .hasValueSatisfying(id -> then(id).hasSize(27));
    then(response.headers().firstValue("Date"))
        .hasValueSatisfying(OktaErrorWireFormatIntegrationTest::isRecentHttpDate);
  }

  @Test
  void should_use_a_new_error_id_and_request_id_for_every_response() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
        .respondAlways(OktaError.of("E0000009"));
    Set<String> errorIds = new HashSet<>();
    Set<String> requestIds = new HashSet<>();
    // WHEN
    for (int i = 0; i < 20; i++) {
      HttpResponse<String> response = OktaHttp.get(okta.orgUrl() + "/api/v1/users");
      errorIds.add(response.body().replaceAll(".*\"errorId\":\"([^\"]+)\".*", "$1"));
      requestIds.add(response.headers().firstValue("X-Okta-Request-Id").orElseThrow());
    }
    // THEN
    then(errorIds).hasSize(20);
    then(requestIds).hasSize(20);
  }

  @Test
  void should_serve_error_causes_and_summary_arguments() throws Exception {
    // GIVEN
    okta.when(anyRequestedFor(urlPathEqualTo("/api/v1/users")))
        .respond(
            OktaError.of("E0000001")
                .withSummaryArgs("login")
                .withCause(
                    "login: An object with this field already exists in the current organization"));
    // WHEN
    HttpResponse<String> response = OktaHttp.send("POST", okta.orgUrl() + "/api/v1/users", "{}");
    // THEN
    then(response.statusCode()).isEqualTo(400);
    JsonNode body = JSON.readTree(response.body());
    then(body.get("errorSummary").asText()).isEqualTo("Api validation failed: login");
    then(body.get("errorCauses").toString())
        .isEqualTo(
            "[{\"errorSummary\":\"login: An object with this field already exists in the current organization\"}]");
  }

  @Test
  void should_serve_the_2019_status_when_the_fake_is_built_for_it() {
    try (FakeOktaServer legacy = FakeOktaServer.builder().legacy2019Statuses(true).start()) {
      // GIVEN
      legacy
          .when(anyRequestedFor(urlPathEqualTo("/api/v1/users")))
          .respondAlways(OktaError.of("E0000022"));
      okta.when(anyRequestedFor(urlPathEqualTo("/api/v1/users")))
          .respondAlways(OktaError.of("E0000022"));
      // WHEN
      int legacyStatus = OktaHttp.get(legacy.orgUrl() + "/api/v1/users").statusCode();
      int todayStatus = OktaHttp.get(okta.orgUrl() + "/api/v1/users").statusCode();
      // THEN
      then(legacyStatus).isEqualTo(404);
      then(todayStatus).isEqualTo(405);
    }
  }

  @Test
  void should_let_a_test_override_status_and_headers() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
        .respond(
            OktaError.of("E0000006")
                .withStatus(401)
                .withHeader("WWW-Authenticate", "SSWS realm=\"Okta\""));
    // WHEN
    HttpResponse<String> response = OktaHttp.get(okta.orgUrl() + "/api/v1/users");
    // THEN
    then(response.statusCode()).isEqualTo(401);
    then(response.headers().firstValue("WWW-Authenticate")).hasValue("SSWS realm=\"Okta\"");
  }

  @Test
  void should_add_rate_limit_headers_to_a_scripted_429() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users"))).respond(OktaError.of("E0000047"));
    // WHEN
    HttpResponse<String> response = OktaHttp.get(okta.orgUrl() + "/api/v1/users");
    // THEN
    then(response.statusCode()).isEqualTo(429);
    then(response.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("0");
    then(response.headers().firstValue("X-Rate-Limit-Limit")).isPresent();
    long reset = Long.parseLong(response.headers().firstValue("X-Rate-Limit-Reset").orElseThrow());
    then(reset).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(2L));
  }

  @Test
  void should_answer_unknown_paths_with_okta_404() throws Exception {
    // WHEN
    HttpResponse<String> response = OktaHttp.get(okta.orgUrl() + "/api/v1/nothing-here");
    // THEN
    then(response.statusCode()).isEqualTo(404);
    then(JSON.readTree(response.body()).get("errorCode").asText()).isEqualTo("E0000008");
    then(response.headers().firstValue("Date")).isPresent();
  }

  @Test
  void should_take_the_date_header_from_the_fake_clock() {
    // GIVEN
    okta.clock().set(Instant.parse("2030-01-02T03:04:05Z"));
    // WHEN
    HttpResponse<String> response = OktaHttp.get(okta.orgUrl() + "/api/v1/users");
    // THEN
    then(response.headers().firstValue("Date"))
        .hasValueSatisfying(date -> then(date).startsWith("Wed, 02 Jan 2030 03:04:0"));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void isRecentHttpDate(String value) {
    Instant date = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    then(Duration.between(date, Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    then(value).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
  }
}
