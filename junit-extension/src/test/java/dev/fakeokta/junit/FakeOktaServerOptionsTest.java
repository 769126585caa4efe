package dev.fakeokta.junit;

import static dev.fakeokta.junit.Kit.RECORDED;
import static org.assertj.core.api.BDDAssertions.then;

import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.OAuthClient;
import dev.fakeokta.server.RateLimitBucket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The server options of @FakeOkta and its builder reach the fake, and the properties name it. */
class FakeOktaServerOptionsTest {

  @Test
  void should_apply_annotation_attributes_and_the_configurer() {
    // WHEN
    EngineExecutionResults results = Kit.run(AnnotatedTestCase.class);
    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    then(RECORDED).containsExactly("payments", 300L, 75, 2, 200, 401);
  }

  @Test
  void should_apply_the_same_options_through_the_builder() {
    // WHEN
    EngineExecutionResults results = Kit.run(RegisteredTestCase.class);
    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    then(RECORDED).containsExactly("payments", 300L, 75, 2, 200, 401);
  }

  @Test
  void should_reject_a_bad_token_lifetime_naming_the_format() {
    // WHEN
    EngineExecutionResults results = Kit.run(BadLifetimeTestCase.class);
    // THEN
    results
        .containerEvents()
        .assertThatEvents()
        .anySatisfy(
            event ->
                then(event.getPayload(org.junit.platform.engine.TestExecutionResult.class))
                    .hasValueSatisfying(
                        r ->
                            then(r.getThrowable().orElseThrow())
                                .hasMessageContaining(
                                    "accessTokenLifetime must be an ISO-8601 duration such as"
                                        + " \"PT1H\" or \"PT5M\", was \"five minutes\"")));
  }

  @Test
  void should_reject_a_bad_client_naming_its_position() {
    // WHEN
    EngineExecutionResults results = Kit.run(BadClientTestCase.class);
    // THEN
    results
        .containerEvents()
        .assertThatEvents()
        .anySatisfy(
            event ->
                then(event.getPayload(org.junit.platform.engine.TestExecutionResult.class))
                    .hasValueSatisfying(
                        r ->
                            then(r.getThrowable().orElseThrow())
                                .hasMessage(
                                    "@FakeOkta on ["
                                        + BadClientTestCase.class.getName()
                                        + "] is invalid: clients[1]: grantTypes:"
                                        + " client_credentials needs a secret or a publicJwk for"
                                        + " 0oapublic")));
  }

  @Test
  void should_name_issuer_and_default_client_in_the_properties() {
    try (FakeOktaServer okta = FakeOktaServer.builder().start()) {
      Map<String, String> properties = FakeOktaProperties.of(okta);
      then(properties)
          .containsEntry("okta.client.token", okta.directory().apiToken())
          .containsEntry("okta.oauth2.issuer", okta.issuer())
          .containsEntry("spring.security.oauth2.resourceserver.jwt.issuer-uri", okta.issuer())
          .containsEntry("okta.oauth2.audience", "api://default")
          .containsEntry("okta.oauth2.clientId", "0oafakeokta0default0")
          .containsKey("okta.oauth2.clientSecret");
    }
  }

  static void record(FakeOktaServer okta) throws Exception {
    RECORDED.add(okta.issuer("payments").substring(okta.orgUrl().length() + "/oauth2/".length()));
    SignedJWT token = SignedJWT.parse(okta.tokens().accessToken());
    RECORDED.add(
        (token.getJWTClaimsSet().getExpirationTime().getTime()
                - token.getJWTClaimsSet().getIssueTime().getTime())
            / 1000);
    RECORDED.add(okta.rateLimits().concurrencyLimit());
    RECORDED.add(okta.rateLimits().limit(RateLimitBucket.USERS).limit());
    RECORDED.add(clientCredentials(okta, "0oapayments:s3cret"));
    RECORDED.add(clientCredentials(okta, "0oapayments:wrong"));
  }

  private static int clientCredentials(FakeOktaServer okta, String idAndSecret) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(okta.httpUrl() + "/oauth2/payments/v1/token"))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(idAndSecret.getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString("grant_type=client_credentials&scope=payments.read"))
            .build();
    return HttpClient.newHttpClient().send(request, BodyHandlers.discarding()).statusCode();
  }

  static final class TwoUsersPerMinute implements FakeOktaConfigurer {
    @Override
    public void configure(FakeOktaServer.Builder builder) {
      builder.rateLimit(RateLimitBucket.USERS, 2, Duration.ofMinutes(1));
    }
  }

  @FakeOkta(
      authorizationServers = "payments",
      clients = @FakeOkta.Client(id = "0oapayments", secret = "s3cret", scopes = "payments.read"),
      accessTokenLifetime = "PT5M",
      configurer = TwoUsersPerMinute.class)
  @Tag(Kit.FIXTURE)
  static class AnnotatedTestCase {
    @Test
    void records(FakeOktaServer okta) throws Exception {
      record(okta);
    }
  }

  @Tag(Kit.FIXTURE)
  static class RegisteredTestCase {
    @RegisterExtension
    static FakeOktaExtension okta =
        FakeOktaExtension.builder()
            .authorizationServers("payments")
            .clients(
                OAuthClient.builder("0oapayments").secret("s3cret").scopes("payments.read").build())
            .accessTokenLifetime(Duration.ofMinutes(5))
            .configurer(b -> b.rateLimit(RateLimitBucket.USERS, 2, Duration.ofMinutes(1)))
            .build();

    @Test
    void records(FakeOktaServer okta) throws Exception {
      record(okta);
    }
  }

  @FakeOkta(
      clients = {
        @FakeOkta.Client(id = "0oaconfidential", secret = "s3cret"),
        @FakeOkta.Client(id = "0oapublic")
      })
  @Tag(Kit.FIXTURE)
  static class BadClientTestCase {
    @Test
    void never_runs() {}
  }

  @FakeOkta(accessTokenLifetime = "five minutes")
  @Tag(Kit.FIXTURE)
  static class BadLifetimeTestCase {
    @Test
    void never_runs() {}
  }
}
