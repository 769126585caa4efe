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
 * delay to a request that otherwise falls through, and ends a rate-limited request's time in flight
 * (after its delay, before it is sent).
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
    Response.Builder builder = Response.Builder.like(response).but();
    if (!added.isEmpty()) {
      List<HttpHeader> all = new ArrayList<>(headers.all());
      all.addAll(added);
      builder.headers(merge(all));
    }
    if (context != null && context.inFlight()) {
      // wait here rather than in WireMock's responder, then leave the in-flight count before the
      // response goes out: a client that sends its next request on receipt is never over the
      // concurrency limit because of its previous one
      sleep(response.getInitialDelay() + delay);
      builder.incrementInitialDelay(-response.getInitialDelay());
      context.inFlight(false);
      state.rateLimiter().release(context.decision());
    } else if (delay > 0) {
      builder.incrementInitialDelay(delay);
    } else if (added.isEmpty()) {
      return response;
    }
    return builder.build();
  }

  private static void sleep(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
