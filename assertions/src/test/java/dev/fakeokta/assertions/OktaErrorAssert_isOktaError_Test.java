package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThatOktaError;
import static dev.fakeokta.assertions.error.ShouldBeOktaError.shouldBeOktaError;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.OktaError;
import org.junit.jupiter.api.Test;

class OktaErrorAssert_isOktaError_Test extends FakeOktaTestBase {

  @Test
  void should_pass_for_an_error_the_fake_served() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users"))).respond(OktaError.of("E0000047"));
    // WHEN
    var response = send("GET", "/api/v1/users");
    // THEN
    assertThatOktaError(response).isOktaError().hasStatus(429).hasWellFormedErrorId();
  }

  @Test
  void should_fail_for_an_oauth_error() {
    // GIVEN
    String body = "{\"error\":\"invalid_grant\",\"error_description\":\"bad\"}";
    // WHEN
    var error = expectAssertionError(() -> assertThatOktaError(body).isOktaError());
    // THEN
    then(error)
        .hasMessage(
            shouldBeOktaError(
                    OktaErrorResponse.ofBody(body),
                    "it lacks (or has the wrong type for) [errorCode, errorSummary, errorLink, errorId, errorCauses]")
                .create());
  }

  @Test
  void should_fail_for_a_body_that_is_not_json() {
    // WHEN
    var error = expectAssertionError(() -> assertThatOktaError("<html>").isOktaError());
    // THEN
    then(error)
        .hasMessage(
            "%nExpecting response:%n  <html>%nto be an Okta error (a JSON object with errorCode, errorSummary, errorLink, errorId and errorCauses)%nbut it is not JSON"
                .formatted());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    String actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThatOktaError(actual).isOktaError());
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}
