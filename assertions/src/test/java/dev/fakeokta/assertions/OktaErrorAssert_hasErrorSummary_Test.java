package dev.fakeokta.assertions;

import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThatOktaError;
import static dev.fakeokta.assertions.error.ShouldHaveOktaErrorField.shouldHaveErrorSummary;
import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

class OktaErrorAssert_hasErrorSummary_Test {

  private static final String BODY =
      """
      {"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests.","errorLink":"E0000047","errorId":"oaeHfmOAx1iRLa0H10DeMz5fQ","errorCauses":[]}""";

  @Test
  void should_pass_when_the_summary_matches() {
    assertThatOktaError(BODY)
        .hasErrorSummary("API call exceeded rate limit due to too many requests.");
  }

  @Test
  void should_fail_when_the_summary_differs() {
    // WHEN
    var error = expectAssertionError(() -> assertThatOktaError(BODY).hasErrorSummary("Not found"));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveErrorSummary(
                    OktaErrorResponse.ofBody(BODY),
                    "Not found",
                    "API call exceeded rate limit due to too many requests.")
                .create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    String actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThatOktaError(actual).hasErrorSummary("x"));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}
