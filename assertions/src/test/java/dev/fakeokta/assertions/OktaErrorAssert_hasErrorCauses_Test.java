package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThatOktaError;
import static dev.fakeokta.assertions.error.ShouldHaveOktaErrorField.shouldHaveErrorCauses;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.OktaError;
import java.util.List;
import org.junit.jupiter.api.Test;

class OktaErrorAssert_hasErrorCauses_Test extends FakeOktaTestBase {

  private static final String CAUSE =
      "login: An object with this field already exists in the current organization";

  @Test
  void should_pass_when_the_causes_match() {
    // GIVEN
    okta.when(postRequestedFor(urlPathEqualTo("/api/v1/users")))
        .respond(OktaError.of("E0000001").withSummaryArgs("login").withCause(CAUSE));
    // WHEN
    var response = send("POST", "/api/v1/users");
    // THEN
    assertThatOktaError(response)
        .hasStatus(400)
        .hasErrorCode("E0000001")
        .hasErrorSummary("Api validation failed: login")
        .hasErrorCauses(CAUSE);
  }

  @Test
  void should_fail_when_the_causes_differ() {
    // GIVEN
    okta.when(postRequestedFor(urlPathEqualTo("/api/v1/users")))
        .respond(OktaError.of("E0000001").withSummaryArgs("login").withCause(CAUSE));
    var response = send("POST", "/api/v1/users");
    // WHEN
    var error = expectAssertionError(() -> assertThatOktaError(response).hasErrorCauses());
    // THEN
    then(error)
        .hasMessage(
            shouldHaveErrorCauses(OktaErrorResponse.of(response), List.of(), List.of(CAUSE))
                .create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    String actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThatOktaError(actual).hasErrorCauses());
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}
