package dev.fakeokta.server.internal;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.fakeokta.server.OktaError;
import dev.fakeokta.server.RateLimitBucket;
import dev.fakeokta.server.ScriptedResponse;
import dev.fakeokta.server.internal.ratelimit.Buckets;
import dev.fakeokta.server.internal.ratelimit.Decision;
import dev.fakeokta.server.internal.ratelimit.RequestContext;
import java.util.Optional;

/**
 * Runs before WireMock's stub matching. First the rate limits: a request over its bucket's limit
 * (or over the concurrency limit) gets Okta's 429 {@code E0000047} and goes no further. Then the
 * scripts: a request that a script wants to answer gets the scripted response; any other request
 * goes on to the stubs (the user's, then the fake's own endpoints). The rate-limit decision travels
 * to {@link OktaHeaders} in the request's {@link RequestContext}.
 */
public final class ScriptFilter implements StubRequestFilterV2 {

  /** The extension name. */
  public static final String NAME = "fakeokta-scripts";

  private static final OktaError RATE_LIMITED = OktaError.of("E0000047");

  private final OktaState state;
  private final ResponseRenderer renderer;

  /**
   * A filter for one server.
   *
   * @param state the server's state
   * @param renderer the server's renderer
   */
  public ScriptFilter(OktaState state, ResponseRenderer renderer) {
    this.state = state;
    this.renderer = renderer;
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    RequestContext context = RequestContext.begin(state.rateLimiter());
    Optional<RateLimitBucket> bucket = Buckets.of(request.getMethod().value(), path(request));
    if (bucket.isPresent()) {
      Decision decision = state.rateLimiter().admit(bucket.get());
      context.decision(decision);
      if (!decision.admitted()) {
        return RequestFilterAction.stopWith(renderer.oktaError(RATE_LIMITED));
      }
      context.inFlight(true);
    }
    for (ScriptState script : state.scripts()) {
      if (script.matches(request)) {
        Optional<ScriptedResponse> response = script.next(request);
        if (response.isPresent()) {
          long delay = ResponseRenderer.fallThroughDelayMillis(response.get());
          if (delay >= 0) {
            // slow, then whatever comes next: an older script, a stub or the fake's endpoint
            context.addDelayMillis(delay);
            continue;
          }
          return RequestFilterAction.stopWith(renderer.render(response.get(), request));
        }
      }
    }
    return RequestFilterAction.continueWith(request);
  }

  private static String path(Request request) {
    String url = request.getUrl();
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  @Override
  public String getName() {
    return NAME;
  }
}
