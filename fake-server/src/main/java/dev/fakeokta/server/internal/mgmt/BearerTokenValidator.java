package dev.fakeokta.server.internal.mgmt;

/**
 * The seam between the management API and the fake's access tokens: judges a {@code Bearer} token
 * sent to {@code /api/v1/...}. The token work implements it; with none registered every Bearer
 * token is invalid (401 {@code E0000011}).
 */
@FunctionalInterface
public interface BearerTokenValidator {

  /**
   * Judges an access token.
   *
   * @param token the text after {@code "Bearer "}, exactly as sent
   * @return the verdict; never {@code null}
   */
  BearerTokenVerdict validate(String token);
}
