package dev.fakeokta.server;

/**
 * Okta's rate-limit buckets: the endpoint groups that share one counter, with the per-minute
 * defaults Okta published for Workforce orgs.
 *
 * <p>A request is matched like Okta matches it: an exact path first, else the longest matching
 * prefix. For example {@code GET /api/v1/users/00u1} is in {@link #USER_GET}, {@code POST
 * /api/v1/users/00u1/lifecycle/activate} in {@link #USER}, {@code GET /api/v1/users} in {@link
 * #USERS}, and {@code GET /api/v1/meta/schemas/user/default} in {@link #API_V1}. Not rate limited,
 * as in Okta: {@code /oauth2/v1/keys}, {@code /oauth2/{id}/v1/keys} and every {@code
 * /.well-known/...} document; paths outside {@code /api/v1} and {@code /oauth2} (your own stubs on
 * other paths) are not rate limited either.
 *
 * @see RateLimits
 * @see FakeOktaServer.Builder#rateLimit(RateLimitBucket, int, java.time.Duration)
 */
public enum RateLimitBucket {

  /** {@code /api/v1/authn} and below: 500 per minute. */
  AUTHN("/api/v1/authn*", 500),
  /** {@code GET} and {@code POST /api/v1/users} (list, search, create): 600 per minute. */
  USERS("/api/v1/users", 600),
  /** {@code GET /api/v1/users/{idOrLogin}}: 2000 per minute. */
  USER_GET("GET /api/v1/users/{idOrLogin}", 2000),
  /** Every other request below {@code /api/v1/users/}: 600 per minute. */
  USER("/api/v1/users/{id}*", 600),
  /** {@code /api/v1/groups} (list, search, create): 500 per minute. */
  GROUPS("/api/v1/groups", 500),
  /** {@code /api/v1/groups/{id}} and below: 1000 per minute. */
  GROUP("/api/v1/groups/{id}*", 1000),
  /** {@code /api/v1/apps} and the paths below an app: 100 per minute. */
  APPS("/api/v1/apps*", 100),
  /** {@code /api/v1/apps/{id}} exactly: 500 per minute. */
  APP("/api/v1/apps/{id}", 500),
  /** {@code /api/v1/logs} (the System Log): 120 per minute. */
  LOGS("/api/v1/logs*", 120),
  /** Every other {@code /api/v1} path: 1200 per minute. */
  API_V1("/api/v1*", 1200),
  /** {@code /oauth2/v1/clients} (dynamic client registration): 100 per minute. */
  OAUTH2_CLIENTS("/oauth2/v1/clients*", 100),
  /** {@code /oauth2/v1/token} and {@code /oauth2/{id}/v1/token}: 2000 per minute. */
  OAUTH2_TOKEN("/oauth2[/{id}]/v1/token", 2000),
  /** {@code /oauth2/v1/authorize} and {@code /oauth2/{id}/v1/authorize}: 2000 per minute. */
  OAUTH2_AUTHORIZE("/oauth2[/{id}]/v1/authorize", 2000),
  /** Every other {@code /oauth2/v1/*} and {@code /oauth2/{id}/v1/*} path: 2000 per minute. */
  OAUTH2_V1("/oauth2[/{id}]/v1/*", 2000),
  /** Every other {@code /oauth2} path: 600 per minute. */
  OAUTH2("/oauth2*", 600);

  private final String paths;
  private final int defaultLimit;

  RateLimitBucket(String paths, int defaultLimit) {
    this.paths = paths;
    this.defaultLimit = defaultLimit;
  }

  /**
   * The paths in this bucket, for messages and documentation, e.g. {@code GET
   * /api/v1/users/{idOrLogin}}.
   *
   * @return a short description
   */
  public String paths() {
    return paths;
  }

  /**
   * Okta's published default for a Workforce org, per minute.
   *
   * @return the default limit
   */
  public int defaultLimit() {
    return defaultLimit;
  }
}
