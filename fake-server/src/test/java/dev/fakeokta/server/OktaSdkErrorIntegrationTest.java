package dev.fakeokta.server;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.okta.sdk.authc.credentials.TokenClientCredentials;
import com.okta.sdk.cache.Caches;
import com.okta.sdk.client.Clients;
import com.okta.sdk.helper.ApiExceptionHelper;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.Error;
import com.okta.sdk.resource.model.ErrorCause;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** okta-sdk-java, unmodified, reads the fake's errors as it reads Okta's. */
class OktaSdkErrorIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static FakeOktaServer okta;
  private static UserApi users;

  @BeforeAll
  static void start() {
    okta = FakeOktaServer.builder().start();
    // okta-sdk-java refuses http org URLs unless this is set before Clients.builder()
    System.setProperty("okta.testing.disableHttpsCheck", "true");
    ApiClient client =
        Clients.builder()
            .setOrgUrl(okta.httpUrl())
            .setClientCredentials(new TokenClientCredentials("00fake-api-token"))
            .setCacheManager(Caches.newDisabledCacheManager())
            .setRetryMaxAttempts(0)
            .build();
    users = new UserApi(client);
  }

  @AfterAll
  static void stop() {
    okta.close();
    System.clearProperty("okta.testing.disableHttpsCheck");
  }

  @BeforeEach
  void reset() {
    okta.reset();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "E0000001", "E0000003", "E0000011", "E0000004", "E0000006", "E0000005", "E0000007",
        "E0000008", "E0000022", "E0000055", "E0000047", "E0000009", "E0000060", "E0000010"
      })
  void should_give_the_sdk_the_same_code_summary_id_and_causes(String code) throws Exception {
    // GIVEN
    OktaError error = OktaError.of(code).withCause("login: cause for " + code);
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users/00u1"))).respond(error);
    // WHEN
    ApiException thrown =
        catchThrowableOfType(ApiException.class, () -> users.getUser("00u1", null, null));
    // THEN
    JsonNode wire = JSON.readTree(okta.journal().get(0).responseBody());
    Error parsed = ApiExceptionHelper.getError(thrown);
    then(thrown.getCode()).isEqualTo(okta.catalogue().lookup(code).status());
    then(parsed.getErrorCode()).isEqualTo(code);
    then(parsed.getErrorSummary()).isEqualTo(okta.catalogue().lookup(code).summary());
    then(parsed.getErrorLink()).isEqualTo(code);
    then(parsed.getErrorId()).isEqualTo(wire.get("errorId").asText()).startsWith("oae");
    then(parsed.getErrorCauses())
        .extracting(ErrorCause::getErrorSummary)
        .containsExactly("login: cause for " + code);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {400, 401, 403, 404, 405, 409, 429, 500, 501, 503})
  void should_cover_each_status_family_the_sdk_sees(int status) {
    // GIVEN a code of that status from the catalogue itself
    OktaErrorCode code =
        okta.catalogue().codes().stream()
            .filter(c -> c.status() == status)
            .findFirst()
            .orElseThrow();
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users/00u1")))
        .respond(OktaError.of(code.code()));
    // WHEN
    ApiException thrown =
        catchThrowableOfType(ApiException.class, () -> users.getUser("00u1", null, null));
    // THEN
    then(thrown.getCode()).isEqualTo(status);
    then(ApiExceptionHelper.getError(thrown).getErrorCode()).isEqualTo(code.code());
    then(thrown.getResponseHeaders()).containsKey("Date");
  }
}
