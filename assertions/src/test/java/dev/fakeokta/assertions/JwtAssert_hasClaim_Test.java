package dev.fakeokta.assertions;

import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.Tokens.accessToken;
import static dev.fakeokta.assertions.error.ShouldHaveClaim.shouldHaveClaim;
import static org.assertj.core.api.BDDAssertions.then;

import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JwtAssert_hasClaim_Test {

  @Test
  void should_pass_when_the_claim_has_the_value() {
    assertThat(accessToken())
        .hasClaim("cid")
        .hasClaim("sub", "alice@example.com")
        .hasClaim("ver", 1)
        .hasClaim("exp", Tokens.EXP)
        .hasClaim("iat", Tokens.IAT.getEpochSecond());
  }

  @Test
  void should_fail_when_the_claim_has_another_value() {
    // GIVEN
    SignedJWT jwt = accessToken();
    // WHEN
    var error = expectAssertionError(() -> assertThat(jwt).hasClaim("sub", "bob@example.com"));
    // THEN
    then(error)
        .hasMessage(shouldHaveClaim(jwt, "sub", "bob@example.com", "alice@example.com").create());
    then(error.getMessage())
        .endsWith(
            "to have claim \"sub\" with value:%n  \"bob@example.com\"%nbut was:%n  \"alice@example.com\""
                .formatted());
  }

  @Test
  void should_fail_when_the_claim_is_missing() {
    // GIVEN
    SignedJWT jwt = accessToken();
    // WHEN
    var error = expectAssertionError(() -> assertThat(jwt).hasClaim("groups"));
    // THEN
    then(error).hasMessage(shouldHaveClaim(jwt, "groups").create());
  }

  @Test
  void should_compare_instants_with_date_claims() {
    assertThat(accessToken()).hasClaim("exp", Instant.parse("2030-01-01T01:00:00Z"));
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    SignedJWT actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThat(actual).hasClaim("sub"));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}
