package dev.fakeokta.assertions;

import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThatOktaError;
import static dev.fakeokta.assertions.error.ShouldHaveOktaErrorField.shouldHaveStatus;
import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

class OktaErrorAssert_hasStatus_Test {

  private static final String BODY =
      """
      {"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests.","errorLink":"E0000047","errorId":"oaeHfmOAx1iRLa0H10DeMz5fQ","errorCauses":[]}""";

  @Test
  void should_pass_when_the_status_matches() {
    assertThat(OktaErrorResponse.of(429, BODY)).hasStatus(429);
  }

  @Test
  void should_fail_when_the_status_differs() {
    // GIVEN
    var response = OktaErrorResponse.of(429, BODY);
    // WHEN
    var error = expectAssertionError(() -> assertThat(response).hasStatus(500));
    // THEN
    then(error).hasMessage(shouldHaveStatus(response, 500, 429).create());
    then(error.getMessage()).startsWith("%nExpecting Okta error:%n  HTTP 429 {".formatted());
  }

  @Test
  void should_fail_when_the_status_is_unknown() {
    // WHEN
    var error = expectAssertionError(() -> assertThatOktaError(BODY).hasStatus(429));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveStatus(
                    OktaErrorResponse.ofBody(BODY), 429, "no status (only a body was given)")
                .create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    String actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThatOktaError(actual).hasStatus(429));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}
