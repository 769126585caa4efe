package dev.fakeokta.server;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seeds fail fast and name the bad field. */
class DirectorySeedTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"users\":[{\"profile\":{\"firstName\":\"A\",\"lastName\":\"B\"}}]} | users[0].profile.login must not be blank",
        "{\"users\":[{\"status\":\"GONE\",\"profile\":{\"login\":\"a@b.c\",\"firstName\":\"A\",\"lastName\":\"B\"}}]} | users[0].status must be one of",
        "{\"users\":[{\"id\":\"u1\",\"profile\":{\"login\":\"a@b.c\",\"firstName\":\"A\",\"lastName\":\"B\"}}]} | users[0].id must look like an Okta id",
        "{\"groups\":[{\"name\":\"G\",\"members\":[\"nobody@example.com\"]}]} | groups[0].members[0] must be the login or id of a seeded user",
        "{\"apps\":[{}]} | apps[0].label must not be blank",
        "{\"people\":[]} | Unknown field 'people'",
        "{not json | The directory seed is not valid JSON",
      })
  void should_name_the_bad_field(String json, String message) {
    // WHEN
    Throwable thrown = catchThrowable(() -> DirectorySeed.fromJson(json));
    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"alice@example.com", "ALICE@example.com"})
  void should_reject_a_repeated_login_in_any_case(String second) {
    // WHEN
    Throwable thrown =
        catchThrowable(
            () ->
                DirectorySeed.builder()
                    .user("alice@example.com", "A", "L")
                    .user(second, "A", "L")
                    .build());
    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("users[1]");
  }
}
