package dev.fakeokta.server;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The OAuth configuration types fail fast, naming the bad field. */
class AuthorizationConfigTest {

  @Test
  void should_have_the_default_server_client_user_and_okta_lifetimes() {
    // WHEN
    AuthorizationConfig config = AuthorizationConfig.defaults();
    // THEN
    then(config.authorizationServers()).containsEntry("default", "api://default");
    then(config.clients()).containsKey(OAuthClient.DEFAULT_CLIENT_ID);
    then(config.users()).containsKey(ResourceOwner.DEFAULT_LOGIN);
    then(config.accessTokenLifetime()).isEqualTo(Duration.ofHours(1));
    then(config.idTokenLifetime()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void should_reject_bad_values_naming_the_field() {
    // WHEN
    Throwable badId =
        catchThrowable(() -> AuthorizationConfig.builder().authorizationServer("a/b", "api://x"));
    Throwable zeroLifetime =
        catchThrowable(() -> AuthorizationConfig.builder().accessTokenLifetime(Duration.ZERO));
    Throwable badGrant = catchThrowable(() -> OAuthClient.builder("0oa1").grantTypes("implicit"));
    Throwable publicClientCredentials = catchThrowable(() -> OAuthClient.builder("0oa1").build());
    Throwable reservedClaim = catchThrowable(() -> TokenSpec.builder().claim("exp", 1));
    // THEN
    then(badId)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("authorizationServer id");
    then(zeroLifetime)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("accessTokenLifetime");
    then(badGrant).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grantTypes");
    then(publicClientCredentials)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("client_credentials needs a secret or a publicJwk");
    then(reservedClaim)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("standard claim");
  }

  @Test
  void should_not_show_secrets_or_passwords_in_to_string() {
    // WHEN
    String client = OAuthClient.defaultClient().toString();
    String user = ResourceOwner.defaultUser().toString();
    // THEN
    then(client).doesNotContain(OAuthClient.DEFAULT_CLIENT_SECRET);
    then(user).doesNotContain(ResourceOwner.DEFAULT_PASSWORD);
  }

  @Test
  void should_refuse_to_mint_for_an_unknown_authorization_server() {
    // GIVEN
    try (FakeOktaServer okta = FakeOktaServer.builder().https(false).start()) {
      // WHEN
      Throwable thrown =
          catchThrowable(
              () ->
                  okta.tokens()
                      .accessToken(TokenSpec.builder().authorizationServer("nope").build()));
      // THEN
      then(thrown)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'nope' is not configured");
    }
  }
}
