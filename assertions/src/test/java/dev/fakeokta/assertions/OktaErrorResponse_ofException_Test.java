package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThatOktaError;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import com.okta.sdk.authc.credentials.TokenClientCredentials;
import com.okta.sdk.client.Clients;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.OktaError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/** Okta errors read from the exceptions real clients throw, against a real fake. */
class OktaErrorResponse_ofException_Test {

  private static final String API_TOKEN = "00fakeokta-api-token-for-tests-0123456789";

  static FakeOktaServer okta;

  @BeforeAll
  static void start() {
    okta = FakeOktaServer.builder().start();
  }

  @AfterAll
  static void stop() {
    okta.stop();
  }

  @BeforeEach
  void reset() {
    okta.reset();
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
        .respondAlways(OktaError.of("E0000006"));
  }

  private static UserApi userApi() {
    System.setProperty("okta.testing.disableHttpsCheck", "true");
    try {
      ApiClient client =
          Clients.builder()
              .setOrgUrl(okta.httpUrl())
              .setClientCredentials(new TokenClientCredentials(API_TOKEN))
              .setRetryMaxAttempts(0)
              .build();
      return new UserApi(client);
    } finally {
      System.clearProperty("okta.testing.disableHttpsCheck");
    }
  }

  private static ApiException sdkError() {
    return catchThrowableOfType(
        ApiException.class,
        () -> userApi().listUsers(null, null, null, null, null, null, null, null));
  }

  @Test
  void should_read_status_and_body_of_okta_sdk_api_exception() {
    // WHEN
    ApiException thrown = sdkError();
    // THEN
    assertThatOktaError(thrown)
        .isOktaError()
        .hasStatus(403)
        .hasErrorCode("E0000006")
        .hasWellFormedErrorId();
  }

  @Test
  void should_find_the_api_exception_among_the_causes() {
    // GIVEN
    var wrapped = new IllegalStateException("sync failed", new RuntimeException(sdkError()));
    // WHEN
    OktaErrorResponse response = OktaErrorResponse.ofException(wrapped);
    // THEN
    then(response.status()).hasValue(403);
    then(response.body()).contains("\"errorCode\":\"E0000006\"");
  }

  @Test
  void should_read_status_and_body_of_spring_rest_client_exception() {
    // GIVEN
    RestClient client = RestClient.create(okta.httpUrl());
    // WHEN
    RestClientResponseException thrown =
        catchThrowableOfType(
            RestClientResponseException.class,
            () ->
                client
                    .get()
                    .uri("/api/v1/users")
                    .header("Authorization", "SSWS " + API_TOKEN)
                    .retrieve()
                    .body(String.class));
    // THEN
    FakeOktaBDDAssertions.thenOktaError(thrown).hasStatus(403).hasErrorCode("E0000006");
  }

  @Test
  void should_fail_with_a_clear_message_when_no_exception_carries_a_response() {
    // GIVEN
    var thrown = new IllegalStateException("boom", new java.io.IOException("connection reset"));
    // WHEN
    var error =
        catchThrowableOfType(
            FakeOktaAssertionException.class, () -> assertThatOktaError(thrown).isOktaError());
    // THEN
    then(error)
        .hasMessageStartingWith("No HTTP response in java.lang.IllegalStateException or its causes")
        .hasMessageContaining("okta-sdk-java's ApiException")
        .hasMessageEndingWith("; got: java.lang.IllegalStateException: boom");
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    Throwable actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThatOktaError(actual).hasStatus(403));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}
