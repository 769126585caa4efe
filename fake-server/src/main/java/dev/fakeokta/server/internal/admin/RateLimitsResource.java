package dev.fakeokta.server.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakeokta.server.RateLimit;
import dev.fakeokta.server.RateLimitBucket;
import dev.fakeokta.server.RateLimitQuirk;
import dev.fakeokta.server.RateLimits;
import dev.fakeokta.server.internal.ratelimit.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rate limits, as {@link RateLimits} offers them: {@code GET /rate-limits} (every bucket's
 * limit, window, remaining and reset; the concurrency limit; {@code Retry-After}; enforcement;
 * quirks), {@code PUT /rate-limits/{bucket} {"limit", "window"}}, {@code PATCH /rate-limits} (any
 * of the settings, and several buckets at once), {@code DELETE /rate-limits/counters} (fresh
 * windows, limits kept) and {@code POST /rate-limits/reset} (back to the configured limits, as
 * {@code FakeOktaServer.reset()} does).
 */
final class RateLimitsResource implements AdminResource {

  private static final Set<String> LIMIT = Set.of("limit", "window");
  private static final Set<String> SETTINGS =
      Set.of("enforce", "retryAfter", "concurrencyLimit", "quirks", "buckets");

  private final AdminHost host;
  private final RateLimiter limiter;

  RateLimitsResource(AdminHost host, RateLimiter limiter) {
    this.host = host;
    this.limiter = limiter;
  }

  @Override
  public void register(AdminRoutes routes) {
    routes.get(
        "/rate-limits",
        request -> {
          request.query(Set.of());
          return AdminResponse.ok(view());
        });
    routes.patch(
        "/rate-limits",
        request -> {
          JsonFields body = JsonFields.object(request.jsonObject(), "", SETTINGS);
          // validate everything first
          Boolean enforce = body.bool("enforce").orElse(null);
          Boolean retryAfter = body.bool("retryAfter").orElse(null);
          Long concurrency = body.integer("concurrencyLimit", 1, Integer.MAX_VALUE).orElse(null);
          Set<RateLimitQuirk> quirks = body.has("quirks") ? quirks(body) : null;
          Map<RateLimitBucket, RateLimit> limits = new LinkedHashMap<>();
          body.node("buckets").ifPresent(node -> limits.putAll(buckets(node, "buckets")));
          // then apply
          RateLimits rateLimits = host.rateLimits();
          synchronized (limiter) {
            if (enforce != null) {
              rateLimits.enforce(enforce);
            }
            if (retryAfter != null) {
              rateLimits.retryAfter(retryAfter);
            }
            if (concurrency != null) {
              rateLimits.concurrencyLimit(concurrency.intValue());
            }
            if (quirks != null) {
              for (RateLimitQuirk quirk : RateLimitQuirk.values()) {
                if (quirks.contains(quirk)) {
                  rateLimits.enable(quirk);
                } else {
                  rateLimits.disable(quirk);
                }
              }
            }
            limits.forEach(rateLimits::limit);
          }
          return AdminResponse.ok(view());
        });
    routes.put(
        "/rate-limits/{bucket}",
        request -> {
          RateLimitBucket bucket = bucket(request.pathParam("bucket"), "bucket");
          RateLimit limit = limit(request.jsonObject(), "");
          host.rateLimits().limit(bucket, limit);
          return AdminResponse.ok(bucketView(bucket));
        });
    routes.delete(
        "/rate-limits/counters",
        request -> {
          RateLimits rateLimits = host.rateLimits();
          synchronized (limiter) {
            for (RateLimitBucket bucket : RateLimitBucket.values()) {
              rateLimits.limit(bucket, rateLimits.limit(bucket)); // a fresh window
            }
          }
          return AdminResponse.ok(view());
        });
    routes.post(
        "/rate-limits/reset",
        request -> {
          limiter.reset();
          return AdminResponse.ok(view());
        });
  }

  private static Set<RateLimitQuirk> quirks(JsonFields body) {
    Set<RateLimitQuirk> quirks = EnumSet.noneOf(RateLimitQuirk.class);
    List<String> names = body.texts("quirks");
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).toUpperCase(Locale.ROOT);
      try {
        quirks.add(RateLimitQuirk.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new BadAdminRequest(
            body.pathOf("quirks") + "[" + i + "]",
            "is not a quirk; quirks: " + Arrays.toString(RateLimitQuirk.values()));
      }
    }
    return quirks;
  }

  private static Map<RateLimitBucket, RateLimit> buckets(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new BadAdminRequest(
          path,
          "must be an object of bucket to limit, like {\"USERS\": {\"limit\": 10, \"window\":"
              + " \"PT1M\"}}, was "
              + AdminRequest.kind(node));
    }
    Map<RateLimitBucket, RateLimit> limits = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String at = path + "." + field.getKey();
      RateLimitBucket bucket;
      try {
        bucket = bucket(field.getKey(), at);
      } catch (BadAdminRequest e) {
        throw new BadAdminRequest(at, e.reason()); // a bad body is a 400, not a 404
      }
      limits.put(bucket, limit(field.getValue(), at));
    }
    return limits;
  }

  private static RateLimitBucket bucket(String name, String field) {
    try {
      return RateLimitBucket.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw BadAdminRequest.notFound(
          field,
          "\""
              + name
              + "\" is not a rate-limit bucket; buckets: "
              + Arrays.toString(RateLimitBucket.values()));
    }
  }

  private static RateLimit limit(JsonNode node, String path) {
    JsonFields fields = JsonFields.object(node, path, LIMIT);
    long limit =
        fields
            .integer("limit", 1, Integer.MAX_VALUE)
            .orElseThrow(
                () ->
                    new BadAdminRequest(
                        fields.pathOf("limit"),
                        "is required, e.g. {\"limit\": 10, \"window\": \"PT1M\"}"));
    Duration window = fields.duration("window").orElse(RateLimit.DEFAULT_WINDOW);
    try {
      return RateLimit.of((int) limit, window);
    } catch (IllegalArgumentException e) {
      throw new BadAdminRequest(fields.pathOf("window"), e.getMessage());
    }
  }

  private Map<String, Object> view() {
    RateLimits rateLimits = host.rateLimits();
    Map<String, Object> view = new LinkedHashMap<>();
    synchronized (limiter) {
      view.put("enforced", rateLimits.isEnforced());
      view.put("retryAfter", rateLimits.retryAfter());
      view.put("concurrencyLimit", rateLimits.concurrencyLimit());
      view.put("inFlight", rateLimits.inFlight());
      List<String> quirks = new ArrayList<>();
      rateLimits.quirks().forEach(quirk -> quirks.add(quirk.name()));
      view.put("quirks", quirks);
      Map<String, Object> buckets = new LinkedHashMap<>();
      for (RateLimitBucket bucket : RateLimitBucket.values()) {
        buckets.put(bucket.name(), bucketView(bucket));
      }
      view.put("buckets", buckets);
    }
    return view;
  }

  private Map<String, Object> bucketView(RateLimitBucket bucket) {
    RateLimits rateLimits = host.rateLimits();
    Map<String, Object> view = new LinkedHashMap<>();
    synchronized (limiter) {
      RateLimit limit = rateLimits.limit(bucket);
      Instant resetAt = rateLimits.resetAt(bucket);
      view.put("bucket", bucket.name());
      view.put("paths", bucket.paths());
      view.put("limit", limit.limit());
      view.put("window", limit.window().toString());
      view.put("remaining", rateLimits.remaining(bucket));
      view.put("resetAt", resetAt.toString());
      // as X-Rate-Limit-Reset: epoch seconds, rounded up
      view.put("reset", resetAt.getEpochSecond() + (resetAt.getNano() > 0 ? 1 : 0));
      view.put("defaultLimit", bucket.defaultLimit());
    }
    return view;
  }
}
