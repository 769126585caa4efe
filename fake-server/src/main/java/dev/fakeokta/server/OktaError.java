package dev.fakeokta.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An Okta API error to serve, in Okta's wire format:
 *
 * <pre>{@code
 * HTTP/1.1 400 Bad Request
 * Content-Type: application/json
 *
 * {"errorCode":"E0000001","errorSummary":"Api validation failed: login","errorLink":"E0000001",
 *  "errorId":"oaeHfmOAx1iRLa0H10DeMz5fQ","errorCauses":[{"errorSummary":"login: An object with
 *  this field already exists in the current organization"}]}
 * }</pre>
 *
 * <p>The status comes from the server's {@link OktaErrorCatalogue} unless {@link #withStatus(int)}
 * overrides it; {@code errorId} is new for every response.
 *
 * <pre>{@code
 * okta.when(postRequestedFor(urlPathEqualTo("/api/v1/users")))
 *     .respond(OktaError.of("E0000001")
 *         .withSummaryArgs("login")
 *         .withCause("login: An object with this field already exists in the current organization"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; the {@code with*} methods return new instances.
 */
public final class OktaError implements ScriptedResponse {

  private final String code;
  private final List<String> summaryArgs;
  private final String summary;
  private final List<String> causes;
  private final Integer status;
  private final Map<String, String> headers;

  private OktaError(
      String code,
      List<String> summaryArgs,
      String summary,
      List<String> causes,
      Integer status,
      Map<String, String> headers) {
    this.code = code;
    this.summaryArgs = summaryArgs;
    this.summary = summary;
    this.causes = causes;
    this.status = status;
    this.headers = headers;
  }

  /**
   * An error with one of Okta's catalogued codes.
   *
   * @param code an Okta error code such as {@code "E0000047"}; must not be {@code null}
   * @return the error, with the catalogue's status and default summary
   * @throws IllegalArgumentException if the code is not in Okta's catalogue
   */
  public static OktaError of(String code) {
    Objects.requireNonNull(code, "code must not be null; use an Okta error code like \"E0000047\"");
    OktaErrorCode entry = OktaErrorCatalogue.current().lookup(code);
    return new OktaError(entry.code(), List.of(), null, List.of(), null, Map.of());
  }

  /**
   * Fills the summary's placeholders, e.g. {@code
   * OktaError.of("E0000007").withSummaryArgs("Resource not found: 00u1 (User)")} gives {@code "Not
   * found: Resource not found: 00u1 (User)"}.
   *
   * @param args one value per placeholder, in order; must not be {@code null}
   * @return a new error with these arguments
   * @throws IllegalArgumentException if the code's summary has fewer placeholders than {@code args}
   */
  public OktaError withSummaryArgs(Object... args) {
    Objects.requireNonNull(args, "args must not be null");
    List<String> values = new ArrayList<>();
    for (Object arg : args) {
      values.add(String.valueOf(arg));
    }
    OktaErrorCatalogue.current().lookup(code).summary(values.toArray());
    return new OktaError(code, List.copyOf(values), null, causes, status, headers);
  }

  /**
   * Replaces the summary with exact text, for summaries Okta words differently at run time.
   *
   * @param summary the whole {@code errorSummary}; must not be {@code null}
   * @return a new error with this summary
   */
  public OktaError withSummary(String summary) {
    Objects.requireNonNull(summary, "summary must not be null");
    return new OktaError(code, List.of(), summary, causes, status, headers);
  }

  /**
   * Adds an entry to {@code errorCauses}, rendered as {@code {"errorSummary": cause}}.
   *
   * @param cause the cause's summary; must not be {@code null}
   * @return a new error with the cause appended
   */
  public OktaError withCause(String cause) {
    Objects.requireNonNull(cause, "cause must not be null");
    List<String> more = new ArrayList<>(causes);
    more.add(cause);
    return new OktaError(code, summaryArgs, summary, List.copyOf(more), status, headers);
  }

  /**
   * Overrides the HTTP status the catalogue gives for this code.
   *
   * @param status an HTTP status between 100 and 599
   * @return a new error with this status
   * @throws IllegalArgumentException if the status is out of range
   */
  public OktaError withStatus(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be between 100 and 599, was " + status);
    }
    return new OktaError(code, summaryArgs, summary, causes, status, headers);
  }

  /**
   * Adds a response header, replacing one of the same name that this error already sets (the fake's
   * own headers such as {@code Date} are added afterwards and can be overridden this way).
   *
   * @param name the header name; must not be {@code null} or blank
   * @param value the value; must not be {@code null}
   * @return a new error with the header
   */
  public OktaError withHeader(String name, String value) {
    Objects.requireNonNull(name, "header name must not be null");
    Objects.requireNonNull(value, "header value must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("header name must not be blank");
    }
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new OktaError(
        code, summaryArgs, summary, causes, status, Collections.unmodifiableMap(more));
  }

  /**
   * The error code, e.g. {@code E0000047}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The {@code errorSummary} this error renders with a given catalogue.
   *
   * @param catalogue the catalogue to take the template from; must not be {@code null}
   * @return the summary text
   */
  public String summary(OktaErrorCatalogue catalogue) {
    return summary != null ? summary : catalogue.lookup(code).summary(summaryArgs.toArray());
  }

  /**
   * The HTTP status this error renders with a given catalogue.
   *
   * @param catalogue the catalogue to take the status from; must not be {@code null}
   * @return the status
   */
  public int status(OktaErrorCatalogue catalogue) {
    return status != null ? status : catalogue.lookup(code).status();
  }

  /**
   * The status set with {@link #withStatus(int)}, if any.
   *
   * @return the override, or empty to use the catalogue's
   */
  public Optional<Integer> statusOverride() {
    return Optional.ofNullable(status);
  }

  /**
   * The summaries of {@code errorCauses}, in order.
   *
   * @return an unmodifiable list, empty when there are no causes
   */
  public List<String> causes() {
    return causes;
  }

  /**
   * The extra response headers set with {@link #withHeader(String, String)}.
   *
   * @return an unmodifiable map in insertion order
   */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public String toString() {
    return "OktaError[" + code + (status == null ? "" : ", status " + status) + "]";
  }
}
