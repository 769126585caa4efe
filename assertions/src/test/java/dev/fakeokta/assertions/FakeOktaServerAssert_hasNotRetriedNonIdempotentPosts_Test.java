package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.error.ShouldNotRetryNonIdempotentPost.shouldNotRetryNonIdempotentPost;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.OktaError;
import org.junit.jupiter.api.Test;

class FakeOktaServerAssert_hasNotRetriedNonIdempotentPosts_Test extends FakeOktaTestBase {

  private static final String ALICE = "{\"profile\":{\"login\":\"alice@example.com\"}}";

  private static RequestPatternBuilder createUser() {
    return postRequestedFor(urlPathEqualTo("/api/v1/users"));
  }

  @Test
  void should_pass_when_a_retried_post_carried_the_idempotency_header() {
    // GIVEN
    okta.when(createUser()).respond(OktaError.of("E0000009"));
    sendWithBody("POST", "/api/v1/users", ALICE, "Idempotency-Key", "k-1");
    sendWithBody("POST", "/api/v1/users", ALICE, "Idempotency-Key", "k-1");
    // WHEN/THEN
    assertThat(okta).hasNotRetriedNonIdempotentPosts(createUser());
  }

  @Test
  void should_pass_when_a_second_post_created_another_user() {
    // GIVEN
    okta.when(createUser()).respond(OktaError.of("E0000009"));
    sendWithBody("POST", "/api/v1/users", ALICE);
    sendWithBody("POST", "/api/v1/users", ALICE.replace("alice", "bob"));
    // WHEN/THEN
    assertThat(okta).hasNotRetriedNonIdempotentPosts(createUser(), "X-Request-Key");
  }

  @Test
  void should_fail_when_a_failed_post_was_sent_again_without_the_header() {
    // GIVEN
    okta.when(createUser()).respond(OktaError.of("E0000009"));
    sendWithBody("POST", "/api/v1/users", ALICE);
    sendWithBody("POST", "/api/v1/users", ALICE);
    // WHEN
    var error =
        expectAssertionError(() -> assertThat(okta).hasNotRetriedNonIdempotentPosts(createUser()));
    // THEN
    then(error)
        .hasMessage(
            shouldNotRetryNonIdempotentPost(
                    okta, "POST /api/v1/users", "Idempotency-Key", offset(1), timeline(0, 1))
                .create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    FakeOktaServer actual = null;
    // WHEN
    var error =
        expectAssertionError(
            () -> assertThat(actual).hasNotRetriedNonIdempotentPosts(createUser()));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}
