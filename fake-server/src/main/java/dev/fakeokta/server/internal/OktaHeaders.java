package dev.fakeokta.server.internal;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.fakeokta.server.internal.ratelimit.Decision;
import dev.fakeokta.server.internal.ratelimit.RequestContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds the headers Okta sends on every response and WireMock does not: {@code Date} (from the
 * fake's clock; okta-sdk-java fails without it), a unique {@code X-Okta-Request-Id}, and for
 * rate-limited paths the {@code X-Rate-Limit-*} headers (and {@code Retry-After} on a 429) of the
 * request's bucket. A stub that sets any of them keeps its own value. It also applies a script's
 * delay to a request that otherwise falls through.
 */
public final class OktaHeaders implements ResponseTransformerV2 {

  /** The extension name. */
  public static final String NAME = "fakeokta-headers";

  private final OktaState state;

  /**
   * The transformer for one server.
   *
   * @param state the server's state
   */
  public OktaHeaders(OktaState state) {
    this.state = state;
  }

  @Override
  public Response transform(Response response, ServeEvent serveEvent) {
    HttpHeaders headers = response.getHeaders();
    List<HttpHeader> added = new ArrayList<>(6);
    if (!headers.getHeader("Date").isPresent()) {
      added.add(new HttpHeader("Date", HttpDates.format(state.clock().instant())));
    }
    if (!headers.getHeader("X-Okta-Request-Id").isPresent()) {
      added.add(new HttpHeader("X-Okta-Request-Id", Ids.requestId()));
    }
    RequestContext context = RequestContext.current();
    long delay = 0;
    if (context != null) {
      Decision decision = context.decision();
      if (decision != null) {
        added.addAll(state.rateLimiter().headers(decision, response.getStatus(), headers));
      }
      delay = context.extraDelayMillis();
    }
    if (added.isEmpty() && delay == 0) {
      return response;
    }
    List<HttpHeader> all = new ArrayList<>(headers.all());
    all.addAll(added);
    Response.Builder builder = Response.Builder.like(response).but().headers(merge(all));
    if (delay > 0) {
      builder.incrementInitialDelay(delay);
    }
    return builder.build();
  }

  private static HttpHeaders merge(List<HttpHeader> all) {
    // one HttpHeader per name, so repeated headers (two X-Rate-Limit-Reset) go out as two lines
    java.util.Map<String, List<String>> byName = new java.util.LinkedHashMap<>();
    for (HttpHeader header : all) {
      String key =
          byName.keySet().stream()
              .filter(header.key()::equalsIgnoreCase)
              .findFirst()
              .orElse(header.key());
      byName.computeIfAbsent(key, k -> new ArrayList<>()).addAll(header.values());
    }
    List<HttpHeader> merged = new ArrayList<>(byName.size());
    byName.forEach((name, values) -> merged.add(new HttpHeader(name, values)));
    return new HttpHeaders(merged);
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public String getName() {
    return NAME;
  }
}
