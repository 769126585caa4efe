package dev.fakeokta.server.internal.ratelimit;

import dev.fakeokta.server.RateLimitBucket;
import java.util.Optional;

/**
 * Matches a request to its Okta rate-limit bucket: an exact path first, else the longest prefix.
 */
public final class Buckets {

  private Buckets() {}

  /**
   * The bucket a request counts against.
   *
   * @param method the HTTP method, e.g. {@code GET}
   * @param path the path without query, e.g. {@code /api/v1/users/00u1}
   * @return the bucket, or empty when the path is not rate limited
   */
  public static Optional<RateLimitBucket> of(String method, String path) {
    if (path.startsWith("/api/v1")) {
      return Optional.ofNullable(api(method, path));
    }
    if (path.equals("/oauth2") || path.startsWith("/oauth2/")) {
      return Optional.ofNullable(oauth2(path));
    }
    return Optional.empty();
  }

  private static RateLimitBucket api(String method, String path) {
    if (!path.equals("/api/v1") && !path.startsWith("/api/v1/")) {
      return null; // e.g. /api/v1x
    }
    if (is(path, "/api/v1/authn")) {
      return RateLimitBucket.AUTHN;
    }
    if (path.equals("/api/v1/users")) {
      return RateLimitBucket.USERS;
    }
    if (path.startsWith("/api/v1/users/")) {
      String rest = path.substring("/api/v1/users/".length());
      boolean single = !rest.isEmpty() && rest.indexOf('/') < 0;
      return single && "GET".equalsIgnoreCase(method)
          ? RateLimitBucket.USER_GET
          : RateLimitBucket.USER;
    }
    if (path.equals("/api/v1/groups")) {
      return RateLimitBucket.GROUPS;
    }
    if (path.startsWith("/api/v1/groups/")) {
      return RateLimitBucket.GROUP;
    }
    if (path.startsWith("/api/v1/apps/")) {
      String rest = path.substring("/api/v1/apps/".length());
      return !rest.isEmpty() && rest.indexOf('/') < 0 ? RateLimitBucket.APP : RateLimitBucket.APPS;
    }
    if (path.equals("/api/v1/apps")) {
      return RateLimitBucket.APPS;
    }
    if (is(path, "/api/v1/logs")) {
      return RateLimitBucket.LOGS;
    }
    return RateLimitBucket.API_V1;
  }

  private static RateLimitBucket oauth2(String path) {
    if (path.contains("/.well-known/")) {
      return null; // discovery is not rate limited
    }
    if (is(path, "/oauth2/v1/clients")) {
      return RateLimitBucket.OAUTH2_CLIENTS;
    }
    String[] segments = path.substring(1).split("/", -1);
    // /oauth2/v1/x or /oauth2/{id}/v1/x
    int v1 = segments.length > 1 && segments[1].equals("v1") ? 1 : 2;
    if (segments.length > v1 && segments[v1].equals("v1")) {
      String endpoint = segments.length > v1 + 1 ? segments[v1 + 1] : "";
      boolean exact = segments.length == v1 + 2;
      if (exact && endpoint.equals("keys")) {
        return null; // JWKS is not rate limited
      }
      if (exact && endpoint.equals("token")) {
        return RateLimitBucket.OAUTH2_TOKEN;
      }
      if (exact && endpoint.equals("authorize")) {
        return RateLimitBucket.OAUTH2_AUTHORIZE;
      }
      return RateLimitBucket.OAUTH2_V1;
    }
    return RateLimitBucket.OAUTH2;
  }

  private static boolean is(String path, String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }
}
