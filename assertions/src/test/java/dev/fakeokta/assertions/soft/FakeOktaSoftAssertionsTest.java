package dev.fakeokta.assertions.soft;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.BDDAssertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.FakeOktaServer;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SoftAssertionsExtension.class)
class FakeOktaSoftAssertionsTest {

  static FakeOktaServer okta;

  @InjectSoftAssertions FakeOktaSoftAssertions injected;

  @BeforeAll
  static void start() {
    okta = FakeOktaServer.builder().start();
  }

  @AfterAll
  static void stop() {
    okta.stop();
  }

  @Test
  void should_collect_every_failure() {
    // GIVEN
    FakeOktaSoftAssertions softly = new FakeOktaSoftAssertions();
    // WHEN
    softly.assertThat(okta).hasCalledTokenEndpoint(1).hasReceived(1, "GET", "/api/v1/users");
    softly.assertThatOktaError("{}").hasErrorCode("E0000047");
    softly.assertThatJwks("{\"keys\":[]}").containsKeyId("kid-1");
    // THEN
    then(softly.errorsCollected()).hasSize(4);
    then(softly.errorsCollected().get(0))
        .hasMessageContaining("to have received 1 request(s) for a token");
  }

  @Test
  void should_report_all_failures_at_once_with_assertSoftly() {
    // WHEN
    AssertionError error =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                FakeOktaSoftAssertions.assertSoftly(
                    softly -> {
                      softly.assertThat(okta).hasReceived(getRequestedFor(urlPathEqualTo("/a")));
                      softly.assertThat(okta).hasReceived(getRequestedFor(urlPathEqualTo("/b")));
                    }));
    // THEN
    then(error).hasMessageContaining("Multiple Failures (2 failures)");
  }

  @Test
  void should_be_injectable_by_the_soft_assertions_extension() {
    // THEN
    then(injected).isNotNull();
    injected.assertThat(okta).hasNoUnmatchedRequests();
  }
}
