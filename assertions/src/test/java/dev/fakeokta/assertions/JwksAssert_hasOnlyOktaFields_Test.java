package dev.fakeokta.assertions;

import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThatJwks;
import static dev.fakeokta.assertions.error.ShouldHaveOnlyOktaFields.shouldHaveOnlyOktaFields;
import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

class JwksAssert_hasOnlyOktaFields_Test {

  @Test
  void should_pass_for_okta_s_shape() {
    assertThatJwks(Jwks.okta()).hasOnlyOktaFields();
  }

  @Test
  void should_fail_for_extra_and_missing_fields_without_showing_values() throws Exception {
    // GIVEN
    String json = Jwks.okta().replace("\"use\":\"sig\"", "\"x5c\":[\"MIIC\"]");
    // WHEN
    var error = expectAssertionError(() -> assertThatJwks(json).hasOnlyOktaFields());
    // THEN
    then(error)
        .hasMessage(
            shouldHaveOnlyOktaFields(
                    Jwks.keys(json), "the key kid-1 has the extra fields [x5c] and lacks [use]")
                .create());
    then(error.getMessage()).doesNotContain("MIIC");
  }

  @Test
  void should_fail_for_a_set_with_private_keys_without_showing_them() {
    // WHEN
    var error = expectAssertionError(() -> assertThat(Jwks.withPrivateKey()).hasOnlyOktaFields());
    // THEN
    then(error.getMessage())
        .contains("has the extra fields [")
        .contains(", d,")
        .doesNotContain(Tokens.KEY.getPrivateExponent().toString());
  }

  @Test
  void should_fail_for_extra_top_level_fields() throws Exception {
    // GIVEN
    String json = Jwks.okta().replaceFirst("\\{", "{\"extra\":1,");
    // WHEN
    var error = expectAssertionError(() -> assertThatJwks(json).hasOnlyOktaFields());
    // THEN
    then(error.getMessage()).contains("but it has the top-level fields [");
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    String actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThatJwks(actual).hasOnlyOktaFields());
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}
