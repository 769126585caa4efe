package dev.fakeokta.server.internal;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.fakeokta.server.internal.ratelimit.RequestContext;

/**
 * Runs after a response is sent: drops the request's {@link RequestContext}, and releases the
 * request from the in-flight count if {@link OktaHeaders} did not (it normally does, just before
 * sending).
 */
public final class RequestCompletion implements ServeEventListener {

  /** The extension name. */
  public static final String NAME = "fakeokta-completion";

  private final OktaState state;

  /**
   * The listener for one server.
   *
   * @param state the server's state
   */
  public RequestCompletion(OktaState state) {
    this.state = state;
  }

  @Override
  public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
    RequestContext context = RequestContext.current();
    if (context != null) {
      if (context.inFlight()) {
        context.inFlight(false);
        state.rateLimiter().release(context.decision());
      }
      RequestContext.end();
    }
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
