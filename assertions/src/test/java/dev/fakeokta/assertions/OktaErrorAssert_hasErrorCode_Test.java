package dev.fakeokta.assertions;

import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThatOktaError;
import static dev.fakeokta.assertions.error.ShouldHaveOktaErrorField.shouldHaveErrorCode;
import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

class OktaErrorAssert_hasErrorCode_Test {

  private static final String BODY =
      """
      {"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests.","errorLink":"E0000047","errorId":"oaeHfmOAx1iRLa0H10DeMz5fQ","errorCauses":[]}""";

  @Test
  void should_pass_when_the_code_matches() {
    assertThatOktaError(BODY).hasErrorCode("E0000047");
  }

  @Test
  void should_fail_when_the_code_differs() {
    // WHEN
    var error = expectAssertionError(() -> assertThatOktaError(BODY).hasErrorCode("E0000006"));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveErrorCode(OktaErrorResponse.ofBody(BODY), "E0000006", "E0000047").create());
    then(error.getMessage())
        .endsWith("to have errorCode:%n  \"E0000006\"%nbut had:%n  \"E0000047\"".formatted());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    String actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThatOktaError(actual).hasErrorCode("E0000047"));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}
