package dev.fakeokta.server.internal;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.fakeokta.server.ScriptedResponse;
import java.util.Optional;

/**
 * Runs before WireMock's stub matching: a request that a script wants to answer gets the scripted
 * response; any other request goes on to the stubs (the user's, then the fake's own endpoints).
 */
public final class ScriptFilter implements StubRequestFilterV2 {

  /** The extension name. */
  public static final String NAME = "fakeokta-scripts";

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
    for (ScriptState script : state.scripts()) {
      if (script.matches(request)) {
        Optional<ScriptedResponse> response = script.next(request);
        if (response.isPresent()) {
          return RequestFilterAction.stopWith(renderer.render(response.get(), request));
        }
      }
    }
    return RequestFilterAction.continueWith(request);
  }

  @Override
  public String getName() {
    return NAME;
  }
}
