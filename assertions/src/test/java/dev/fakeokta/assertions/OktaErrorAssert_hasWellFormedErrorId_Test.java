package dev.fakeokta.assertions;

import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThatOktaError;
import static dev.fakeokta.assertions.error.ShouldHaveWellFormedErrorId.shouldHaveWellFormedErrorId;
import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

class OktaErrorAssert_hasWellFormedErrorId_Test {

  private static final String BODY =
      """
      {"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests.","errorLink":"E0000047","errorId":"oaeHfmOAx1iRLa0H10DeMz5fQ","errorCauses":[]}""";

  @Test
  void should_pass_for_okta_s_format() {
    assertThatOktaError(BODY).hasWellFormedErrorId();
  }

  @Test
  void should_fail_for_a_hand_written_error_id() {
    // GIVEN
    String body = BODY.replace("oaeHfmOAx1iRLa0H10DeMz5fQ", "12345");
    // WHEN
    var error = expectAssertionError(() -> assertThatOktaError(body).hasWellFormedErrorId());
    // THEN
    then(error)
        .hasMessage(shouldHaveWellFormedErrorId(OktaErrorResponse.ofBody(body), "12345").create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    String actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThatOktaError(actual).hasWellFormedErrorId());
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}
