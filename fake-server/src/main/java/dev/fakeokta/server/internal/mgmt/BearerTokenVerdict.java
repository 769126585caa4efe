package dev.fakeokta.server.internal.mgmt;

import java.util.Objects;
import java.util.Set;

/**
 * What a {@link BearerTokenValidator} says about an access token.
 *
 * @param status whether the token is usable
 * @param scopes the token's {@code scp}; empty unless {@code status} is {@link Status#VALID}
 */
public record BearerTokenVerdict(Status status, Set<String> scopes) {

  /** Whether a token is usable, and if not, why. */
  public enum Status {
    /** Signed by the org authorization server, for the org, not expired, not revoked. */
    VALID,
    /** Not a token the org issued (bad signature, wrong issuer or audience, garbage). */
    INVALID,
    /** Past its {@code exp}. */
    EXPIRED,
    /** Revoked. */
    REVOKED
  }

  /**
   * A verdict.
   *
   * @param status whether the token is usable; must not be {@code null}
   * @param scopes the scopes; must not be {@code null}
   */
  public BearerTokenVerdict {
    Objects.requireNonNull(status, "status must not be null");
    scopes = Set.copyOf(Objects.requireNonNull(scopes, "scopes must not be null"));
  }

  /**
   * A valid token with these scopes.
   *
   * @param scopes the token's scopes
   * @return the verdict
   */
  public static BearerTokenVerdict valid(Set<String> scopes) {
    return new BearerTokenVerdict(Status.VALID, scopes);
  }

  /**
   * An unusable token.
   *
   * @param status why; not {@link Status#VALID}
   * @return the verdict
   */
  public static BearerTokenVerdict rejected(Status status) {
    if (status == Status.VALID) {
      throw new IllegalArgumentException("a rejected verdict needs a status other than VALID");
    }
    return new BearerTokenVerdict(status, Set.of());
  }
}
