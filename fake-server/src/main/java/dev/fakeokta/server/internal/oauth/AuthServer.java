package dev.fakeokta.server.internal.oauth;

/**
 * One authorization server as served: the org one ({@code id == null}) or a custom one.
 *
 * @param id the custom id, or {@code null} for the org authorization server
 * @param issuer the issuer, byte-identical in {@code iss}, discovery and every URL
 * @param audience the {@code aud} of its access tokens
 */
public record AuthServer(String id, String issuer, String audience) {

  /**
   * Whether this is the org authorization server.
   *
   * @return {@code true} for the org authorization server
   */
  public boolean isOrg() {
    return id == null;
  }

  /**
   * The base of the {@code /v1/...} endpoints.
   *
   * @return e.g. {@code http://127.0.0.1:1234/oauth2/default/v1} or {@code .../oauth2/v1}
   */
  public String endpointBase() {
    return isOrg() ? issuer + "/oauth2/v1" : issuer + "/v1";
  }

  /**
   * An endpoint URL.
   *
   * @param name e.g. {@code token}
   * @return the URL
   */
  public String endpoint(String name) {
    return endpointBase() + "/" + name;
  }
}
