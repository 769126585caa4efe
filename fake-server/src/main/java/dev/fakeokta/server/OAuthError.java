package dev.fakeokta.server;

import dev.fakeokta.server.internal.Tsv;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An OAuth 2.0 / OpenID Connect error to serve, in the shape Okta's authorization servers use.
 *
 * <p>On token-style endpoints ({@code /token}, {@code /introspect}, {@code /revoke}, {@code
 * /userinfo}) the error is a JSON body with Okta's status for it:
 *
 * <pre>{@code
 * HTTP/1.1 401 Unauthorized
 * Content-Type: application/json;charset=UTF-8
 *
 * {"error":"invalid_client","error_description":"Client authentication failed. ..."}
 * }</pre>
 *
 * <p>In {@linkplain #asRedirect() redirect form}, used by {@code /authorize}, it is a {@code 302}
 * to the request's {@code redirect_uri} with {@code error}, {@code error_description} and the
 * unmodified {@code state} in the query (or in the fragment for {@code response_mode=fragment}).
 *
 * <p>{@link #of(String)} takes either an RFC 6749 {@code error} value ({@code "invalid_grant"}) or
 * one of Okta's specific variants ({@code "token_expired"}, which is {@code invalid_token}, 401,
 * "The token has expired."): Okta's OAuth catalogue has 476 of them.
 *
 * <p>This class is immutable and thread-safe; the {@code with*} methods return new instances.
 */
public final class OAuthError implements ScriptedResponse {

  private static final String RESOURCES = "/dev/fakeokta/server/catalogue/";
  private static final Map<String, OAuthError> VARIANTS = loadVariants();

  private final String error;
  private final String variant;
  private final String description;
  private final int status;
  private final boolean redirect;

  private OAuthError(
      String error, String variant, String description, int status, boolean redirect) {
    this.error = error;
    this.variant = variant;
    this.description = description;
    this.status = status;
    this.redirect = redirect;
  }

  /**
   * An OAuth error by its {@code error} value or by Okta's variant name.
   *
   * <p>Names from Okta's 2019 redirect table that today's Okta sends as a variant of another error
   * resolve to today's form: {@code of("user_canceled_request")} is {@code access_denied} with
   * "User canceled the social login request.".
   *
   * @param errorOrVariant e.g. {@code "invalid_client"} or {@code "token_expired"}; must not be
   *     {@code null}
   * @return the error with Okta's status and description
   * @throws IllegalArgumentException if Okta has no such OAuth error
   */
  public static OAuthError of(String errorOrVariant) {
    Objects.requireNonNull(errorOrVariant, "errorOrVariant must not be null");
    OAuthError found = VARIANTS.get(errorOrVariant.strip());
    if (found == null) {
      throw new IllegalArgumentException(
          "Unknown OAuth error \""
              + errorOrVariant
              + "\". Use an RFC 6749 error such as invalid_client, invalid_grant, invalid_scope,"
              + " invalid_request, unauthorized_client, unsupported_grant_type, access_denied,"
              + " or one of Okta's variants; OAuthError.errors() lists the error values and"
              + " OAuthError.variants() every variant.");
    }
    return found;
  }

  /**
   * Every distinct {@code error} value the fake knows (Okta's current OAuth catalogue plus the
   * redirect errors of Okta's 2019 table, such as {@code user_canceled_request}).
   *
   * @return a sorted, unmodifiable set
   */
  public static Set<String> errors() {
    Set<String> errors = new TreeSet<>();
    VARIANTS.values().forEach(e -> errors.add(e.error));
    return Collections.unmodifiableSet(errors);
  }

  /**
   * Every variant the fake knows, keyed by the name {@link #of(String)} accepts.
   *
   * @return an unmodifiable map
   */
  public static Map<String, OAuthError> variants() {
    return VARIANTS;
  }

  /**
   * Replaces the {@code error_description}.
   *
   * @param description the description; must not be {@code null}
   * @return a new error with this description
   */
  public OAuthError withDescription(String description) {
    Objects.requireNonNull(description, "description must not be null");
    return new OAuthError(error, variant, description, status, redirect);
  }

  /**
   * Overrides Okta's HTTP status for this error.
   *
   * @param status an HTTP status between 100 and 599
   * @return a new error with this status
   * @throws IllegalArgumentException if the status is out of range
   */
  public OAuthError withStatus(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be between 100 and 599, was " + status);
    }
    return new OAuthError(error, variant, description, status, redirect);
  }

  /**
   * This error in the redirect form the {@code /authorize} endpoint uses: a {@code 302} to the
   * request's {@code redirect_uri}. A request without a {@code redirect_uri} gets the JSON form.
   *
   * @return a new error in redirect form
   */
  public OAuthError asRedirect() {
    return new OAuthError(error, variant, description, status, true);
  }

  /**
   * The RFC 6749 {@code error} value, e.g. {@code invalid_token}.
   *
   * @return the error value
   */
  public String error() {
    return error;
  }

  /**
   * Okta's name for this variant, e.g. {@code token_expired}; equal to {@link #error()} for the
   * generic variant.
   *
   * @return the variant name
   */
  public String variant() {
    return variant;
  }

  /**
   * The {@code error_description}.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The HTTP status of the JSON form.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Whether this error is served as a redirect.
   *
   * @return {@code true} after {@link #asRedirect()}
   */
  public boolean isRedirect() {
    return redirect;
  }

  @Override
  public String toString() {
    return "OAuthError["
        + error
        + (variant.equals(error) ? "" : " (" + variant + ")")
        + ", "
        + status
        + (redirect ? ", redirect" : "")
        + "]";
  }

  private static Map<String, OAuthError> loadVariants() {
    Map<String, OAuthError> variants = new LinkedHashMap<>();
    List<Map<String, String>> rows =
        new ArrayList<>(Tsv.read(RESOURCES + "okta-oauth2-error-codes.tsv"));
    for (Map<String, String> row : rows) {
      String error = row.get("error");
      String variant = row.get("internal_error_code");
      variants.putIfAbsent(
          variant,
          new OAuthError(
              error,
              variant,
              row.get("error_description"),
              Integer.parseInt(row.get("http_status")),
              false));
    }
    // Okta's 2019 table lists redirect errors (user_canceled_request) that today's catalogue only
    // has as variants of another error; keep them reachable by their old name.
    for (Map<String, String> row : Tsv.read(RESOURCES + "okta-oidc-redirect-errors-2019.tsv")) {
      String error = row.get("error");
      variants.putIfAbsent(
          error, new OAuthError(error, error, row.get("error_description"), 400, false));
    }
    return Collections.unmodifiableMap(variants);
  }
}
