package dev.fakeokta.junit;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.fakeokta.junit.Kit.RECORDED;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.OktaError;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class FakeOktaResetAndChecksTest {

  @AfterEach
  void clearProperties() {
    System.clearProperty(FakeOktaProperties.OKTA_CLIENT_ORG_URL);
    System.clearProperty(FakeOktaProperties.FAKEOKTA_ORG_URL);
    System.clearProperty(FakeOktaProperties.FAKEOKTA_PORT);
  }

  @Test
  void should_forget_a_script_and_the_clock_of_test_one_in_test_two() {
    // WHEN
    EngineExecutionResults results = Kit.run(ResetTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    then(RECORDED).containsExactly("429 E0000047", "404 E0000008", true);
  }

  @Test
  void should_keep_scripts_between_tests_when_reset_is_off() {
    // WHEN
    EngineExecutionResults results = Kit.run(NoResetTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    then(RECORDED).containsExactly("429 E0000047", "429 E0000047");
  }

  @Test
  void should_fail_a_test_that_sent_unmatched_requests_listing_them() {
    // WHEN
    EngineExecutionResults results = Kit.run(UnmatchedTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
    then(Kit.failureTypes(results)).containsExactly(UnmatchedRequestsError.class);
    then(Kit.failureMessages(results))
        .containsExactly(
            "FakeOkta could not match 2 requests (no script, WireMock stub or fake endpoint served"
                + " them):\n"
                + "  GET /api/v1/nope -> 404 E0000008\n"
                + "  GET /api/v1/nope/again?x=1 -> 404 E0000008\n"
                + "Script them with okta.when(...), stub them with okta.wireMock().stubFor(...),"
                + " or set failOnUnmatchedRequests = false.");
  }

  @Test
  void should_check_only_the_requests_of_the_current_test_when_reset_is_off() {
    // WHEN
    EngineExecutionResults results = Kit.run(UnmatchedWithoutResetTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
    then(Kit.failureMessages(results))
        .singleElement()
        .asString()
        .contains("could not match 1 request ")
        .contains("  GET /api/v1/nope -> 404 E0000008\n");
  }

  @Test
  void should_set_system_properties_for_the_class_and_restore_them_after() {
    // GIVEN
    System.setProperty(FakeOktaProperties.OKTA_CLIENT_ORG_URL, "https://before.example.com");

    // WHEN
    EngineExecutionResults results = Kit.run(SystemPropertiesTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    String orgUrl = (String) RECORDED.get(0);
    then(orgUrl).startsWith("https://127.0.0.1:");
    then(RECORDED.get(2))
        .isEqualTo(
            Map.of(
                "okta.client.orgUrl", orgUrl,
                "fakeokta.orgUrl", orgUrl,
                "fakeokta.port", RECORDED.get(1)));
    then(System.getProperty(FakeOktaProperties.OKTA_CLIENT_ORG_URL))
        .isEqualTo("https://before.example.com");
    then(System.getProperty(FakeOktaProperties.FAKEOKTA_ORG_URL)).isNull();
    then(System.getProperty(FakeOktaProperties.FAKEOKTA_PORT)).isNull();
  }

  @Test
  void should_not_set_system_properties_by_default() {
    // WHEN
    EngineExecutionResults results = Kit.run(NoSystemPropertiesTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    then(RECORDED).containsExactly("absent");
  }

  @Test
  void should_list_the_org_url_in_the_properties_map() {
    // GIVEN
    try (FakeOktaServer okta = FakeOktaServer.builder().start()) {
      // WHEN
      Map<String, String> properties = FakeOktaProperties.of(okta);

      // THEN
      then(properties)
          .containsEntry("okta.client.orgUrl", "https://127.0.0.1:" + okta.httpsPort())
          .containsEntry("fakeokta.orgUrl", okta.orgUrl())
          .containsEntry("fakeokta.port", Integer.toString(okta.port()))
          .containsEntry("fakeokta.httpUrl", "http://127.0.0.1:" + okta.port())
          .containsEntry("fakeokta.trustStore", okta.tls().trustStorePath().toString())
          .containsEntry("fakeokta.caCertificate", okta.tls().caCertificatePemPath().toString())
          .containsKey("fakeokta.trustStorePassword");
    }
  }

  @Test
  void should_reject_invalid_builder_options_naming_them() {
    // WHEN / THEN
    thenThrownBy(() -> FakeOktaExtension.builder().port(70000).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port must be between 0 (a free port) and 65535, was 70000");
    thenThrownBy(() -> FakeOktaExtension.builder().journalLimit(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("journalLimit must be at least 1, was 0");
  }

  // ------------------------------------------------------------------ fixtures

  private static String answer(FakeOktaServer okta) {
    var response = Kit.get(okta.httpUrl() + "/api/v1/users");
    String body = response.body();
    int at = body.indexOf("\"errorCode\":\"");
    return response.statusCode() + " " + body.substring(at + 13, at + 21);
  }

  @FakeOkta
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  @Tag(Kit.FIXTURE)
  static class ResetTestCase {

    @Test
    @Order(1)
    void scripts(FakeOktaServer okta) {
      okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
          .respondAlways(OktaError.of("E0000047"));
      okta.clock().advance(Duration.ofDays(3));
      RECORDED.add(answer(okta));
    }

    @Test
    @Order(2)
    void finds_it_gone(FakeOktaServer okta) {
      RECORDED.add(answer(okta));
      RECORDED.add(
          Duration.between(java.time.Instant.now(), okta.clock().instant()).abs().toHours() < 1);
    }
  }

  @FakeOkta(resetBeforeEachTest = false)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  @Tag(Kit.FIXTURE)
  static class NoResetTestCase {

    @Test
    @Order(1)
    void scripts(FakeOktaServer okta) {
      okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
          .respondAlways(OktaError.of("E0000047"));
      RECORDED.add(answer(okta));
    }

    @Test
    @Order(2)
    void still_scripted(FakeOktaServer okta) {
      RECORDED.add(answer(okta));
    }
  }

  @Tag(Kit.FIXTURE)
  static class UnmatchedTestCase {

    @RegisterExtension
    static FakeOktaExtension okta =
        FakeOktaExtension.builder().failOnUnmatchedRequests(true).build();

    @Test
    void sends_unmatched(FakeOktaServer okta) {
      okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
          .respondAlways(OktaError.of("E0000047"));
      Kit.get(okta.httpUrl() + "/api/v1/users");
      Kit.get(okta.httpUrl() + "/api/v1/nope");
      Kit.get(okta.httpUrl() + "/api/v1/nope/again?x=1");
    }

    @Test
    void sends_only_scripted(FakeOktaServer okta) {
      okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
          .respondAlways(OktaError.of("E0000047"));
      Kit.get(okta.httpUrl() + "/api/v1/users");
    }
  }

  @FakeOkta(resetBeforeEachTest = false, failOnUnmatchedRequests = true)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  @Tag(Kit.FIXTURE)
  static class UnmatchedWithoutResetTestCase {

    @Test
    @Order(1)
    void sends_unmatched(FakeOktaServer okta) {
      Kit.get(okta.httpUrl() + "/api/v1/nope");
    }

    @Test
    @Order(2)
    void sends_nothing() {}
  }

  @FakeOkta(systemProperties = true)
  @Tag(Kit.FIXTURE)
  static class SystemPropertiesTestCase {

    @Test
    void reads(FakeOktaServer okta) {
      RECORDED.add(okta.orgUrl());
      RECORDED.add(Integer.toString(okta.port()));
      RECORDED.add(
          Map.of(
              "okta.client.orgUrl", System.getProperty("okta.client.orgUrl"),
              "fakeokta.orgUrl", System.getProperty("fakeokta.orgUrl"),
              "fakeokta.port", System.getProperty("fakeokta.port")));
    }
  }

  @FakeOkta
  @Tag(Kit.FIXTURE)
  static class NoSystemPropertiesTestCase {

    @Test
    void reads() {
      RECORDED.add(
          System.getProperty(FakeOktaProperties.OKTA_CLIENT_ORG_URL) == null ? "absent" : "set");
    }
  }
}
