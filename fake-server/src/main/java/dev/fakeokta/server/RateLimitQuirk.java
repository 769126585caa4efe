package dev.fakeokta.server;

/**
 * Odd rate-limit responses real Okta orgs have been seen to send, reproducible on demand with
 * {@link RateLimits#enable(RateLimitQuirk)}. Each is off by default and {@link
 * FakeOktaServer#reset()} turns them all off.
 */
public enum RateLimitQuirk {

  /**
   * Two {@code X-Rate-Limit-Reset} headers on every rate-limited response: the bucket's reset
   * first, then one a window later (seen on a 429 from {@code
   * /api/v1/users/{id}/factors/{fid}/verify} in okta-sdk-java#259).
   */
  DUPLICATE_RESET_HEADER,

  /** 429 responses carry no {@code X-Rate-Limit-*} headers (and no {@code Retry-After}). */
  NO_HEADERS_ON_429,

  /** {@code X-Rate-Limit-Reset} is a minute in the past of the fake's clock. */
  RESET_IN_THE_PAST
}
