package dev.fakeokta.assertions;

import static dev.fakeokta.assertions.error.ShouldBeOktaError.shouldBeOktaError;
import static dev.fakeokta.assertions.error.ShouldHaveOktaErrorField.shouldHaveErrorCauses;
import static dev.fakeokta.assertions.error.ShouldHaveOktaErrorField.shouldHaveErrorCode;
import static dev.fakeokta.assertions.error.ShouldHaveOktaErrorField.shouldHaveErrorSummary;
import static dev.fakeokta.assertions.error.ShouldHaveOktaErrorField.shouldHaveStatus;
import static dev.fakeokta.assertions.error.ShouldHaveWellFormedErrorId.shouldHaveWellFormedErrorId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractAssert;

/**
 * Base class for assertions on an Okta error response: {@code {"errorCode", "errorSummary",
 * "errorLink", "errorId", "errorCauses": [{"errorSummary"}]}}.
 *
 * @param <SELF> the "self" type of this assertion class.
 * @since 0.1.0
 */
public abstract class AbstractOktaErrorAssert<SELF extends AbstractOktaErrorAssert<SELF>>
    extends AbstractAssert<SELF, OktaErrorResponse> {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern ERROR_ID = Pattern.compile("oae[A-Za-z0-9_-]{22}");
  private static final List<String> STRING_FIELDS =
      List.of("errorCode", "errorSummary", "errorLink", "errorId");

  /**
   * Creates a new assertion.
   *
   * @param actual the response, may be {@code null}
   * @param selfType the concrete assertion class
   */
  protected AbstractOktaErrorAssert(OktaErrorResponse actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Verifies that the body is an Okta error: a JSON object with the strings {@code errorCode},
   * {@code errorSummary}, {@code errorLink}, {@code errorId} and the array {@code errorCauses}.
   *
   * <p>Example:
   *
   * <pre><code class='java'> // assertion will pass
   * assertThatOktaError("{\"errorCode\":\"E0000047\",\"errorSummary\":\"API call exceeded rate limit due to too many requests.\",\"errorLink\":\"E0000047\",\"errorId\":\"oaeHfmOAx1iRLa0H10DeMz5fQ\",\"errorCauses\":[]}").isOktaError();
   *
   * // assertion will fail
   * assertThatOktaError("{\"error\":\"invalid_grant\"}").isOktaError();</code></pre>
   *
   * @return this assertion object.
   * @throws AssertionError if the actual response is {@code null}.
   * @throws AssertionError if the body is not an Okta error.
   */
  public SELF isOktaError() {
    isNotNull();
    oktaError();
    return myself;
  }

  /**
   * Verifies that the body is an Okta error with this {@code errorCode}.
   *
   * <p>Example:
   *
   * <pre><code class='java'> // assertion will pass
   * assertThatOktaError(rateLimitedResponse).hasErrorCode("E0000047");
   *
   * // assertion will fail
   * assertThatOktaError(rateLimitedResponse).hasErrorCode("E0000006");</code></pre>
   *
   * @param errorCode the expected code, e.g. {@code E0000047}; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual response is {@code null}.
   * @throws AssertionError if the body is not an Okta error, or has another code.
   */
  public SELF hasErrorCode(String errorCode) {
    isNotNull();
    Objects.requireNonNull(errorCode, "errorCode must not be null; use e.g. \"E0000047\"");
    String code = oktaError().get("errorCode").asText();
    if (!code.equals(errorCode)) {
      throw assertionError(shouldHaveErrorCode(actual, errorCode, code));
    }
    return myself;
  }

  /**
   * Verifies that the body is an Okta error with this exact {@code errorSummary}.
   *
   * <p>Example:
   *
   * <pre><code class='java'> // assertion will pass
   * assertThatOktaError(rateLimitedResponse).hasErrorSummary("API call exceeded rate limit due to too many requests.");
   *
   * // assertion will fail
   * assertThatOktaError(rateLimitedResponse).hasErrorSummary("Not found");</code></pre>
   *
   * @param errorSummary the expected summary; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual response is {@code null}.
   * @throws AssertionError if the body is not an Okta error, or has another summary.
   */
  public SELF hasErrorSummary(String errorSummary) {
    isNotNull();
    Objects.requireNonNull(errorSummary, "errorSummary must not be null");
    String summary = oktaError().get("errorSummary").asText();
    if (!summary.equals(errorSummary)) {
      throw assertionError(shouldHaveErrorSummary(actual, errorSummary, summary));
    }
    return myself;
  }

  /**
   * Verifies that the body is an Okta error whose {@code errorCauses} have exactly these {@code
   * errorSummary} values, in this order (none for an empty array).
   *
   * <p>Example:
   *
   * <pre><code class='java'> // assertion will pass
   * assertThatOktaError(response).hasErrorCauses("login: An object with this field already exists in the current organization");
   *
   * // assertion will fail
   * assertThatOktaError(response).hasErrorCauses();</code></pre>
   *
   * @param summaries the expected cause summaries; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual response is {@code null}.
   * @throws AssertionError if the body is not an Okta error, or has other causes.
   */
  public SELF hasErrorCauses(String... summaries) {
    isNotNull();
    Objects.requireNonNull(summaries, "summaries must not be null");
    List<String> causes = new ArrayList<>();
    for (JsonNode cause : oktaError().get("errorCauses")) {
      causes.add(cause.path("errorSummary").asText(cause.toString()));
    }
    List<String> expected = Arrays.asList(summaries);
    if (!causes.equals(expected)) {
      throw assertionError(shouldHaveErrorCauses(actual, expected, causes));
    }
    return myself;
  }

  /**
   * Verifies that the response has this HTTP status. Only responses created with a status (from an
   * {@code HttpResponse} or {@link OktaErrorResponse#of(int, String)}) can pass.
   *
   * <p>Example:
   *
   * <pre><code class='java'> // assertion will pass
   * assertThatOktaError(httpResponse).hasStatus(429);
   *
   * // assertion will fail
   * assertThatOktaError(httpResponse).hasStatus(500);</code></pre>
   *
   * @param status the expected HTTP status
   * @return this assertion object.
   * @throws AssertionError if the actual response is {@code null}.
   * @throws AssertionError if the status differs or is unknown.
   */
  public SELF hasStatus(int status) {
    isNotNull();
    if (actual.status().isEmpty()) {
      throw assertionError(shouldHaveStatus(actual, status, "no status (only a body was given)"));
    }
    if (actual.status().getAsInt() != status) {
      throw assertionError(shouldHaveStatus(actual, status, actual.status().getAsInt()));
    }
    return myself;
  }

  /**
   * Verifies that the body is an Okta error whose {@code errorId} is well formed: {@code oae}
   * followed by 22 URL-safe base64 characters, e.g. {@code oaeHfmOAx1iRLa0H10DeMz5fQ}.
   *
   * <p>Example:
   *
   * <pre><code class='java'> // assertion will pass
   * assertThatOktaError(fakeResponse).hasWellFormedErrorId();
   *
   * // assertion will fail for "errorId":"12345"
   * assertThatOktaError(handWrittenStub).hasWellFormedErrorId();</code></pre>
   *
   * @return this assertion object.
   * @throws AssertionError if the actual response is {@code null}.
   * @throws AssertionError if the body is not an Okta error, or its errorId is malformed.
   */
  public SELF hasWellFormedErrorId() {
    isNotNull();
    String errorId = oktaError().get("errorId").asText();
    if (!ERROR_ID.matcher(errorId).matches()) {
      throw assertionError(shouldHaveWellFormedErrorId(actual, errorId));
    }
    return myself;
  }

  private JsonNode oktaError() {
    JsonNode body;
    try {
      body = MAPPER.readTree(actual.body());
    } catch (Exception notJson) {
      throw assertionError(shouldBeOktaError(actual, "it is not JSON"));
    }
    if (body == null || !body.isObject()) {
      throw assertionError(shouldBeOktaError(actual, "it is not a JSON object"));
    }
    List<String> missing = new ArrayList<>();
    for (String field : STRING_FIELDS) {
      if (!body.path(field).isTextual()) {
        missing.add(field);
      }
    }
    if (!body.path("errorCauses").isArray()) {
      missing.add("errorCauses");
    }
    if (!missing.isEmpty()) {
      throw assertionError(
          shouldBeOktaError(actual, "it lacks (or has the wrong type for) " + missing));
    }
    return body;
  }
}
