package dev.fakeokta.server.internal;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.fakeokta.server.OktaError;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fake's own endpoints. It sits behind one lowest-priority catch-all stub, so any stub the user
 * adds wins over it, and a reset costs one stub. It asks each registered {@link Endpoint} in order;
 * a path none of them serves gets Okta's 404 {@code E0000008}.
 */
public final class Router implements ResponseDefinitionTransformerV2 {

  /** The extension name, used by the catch-all stub. */
  public static final String NAME = "fakeokta-router";

  /** Metadata key marking the catch-all stub. */
  public static final String METADATA_KEY = "fakeokta";

  private static final OktaError PATH_NOT_FOUND = OktaError.of("E0000008");

  private final ResponseRenderer renderer;
  private final List<Endpoint> endpoints = new CopyOnWriteArrayList<>();

  /**
   * The router for one server.
   *
   * @param renderer the server's renderer
   */
  public Router(ResponseRenderer renderer) {
    this.renderer = renderer;
  }

  /**
   * Adds an endpoint; endpoints are asked in the order they were added.
   *
   * @param endpoint the endpoint
   */
  public void add(Endpoint endpoint) {
    endpoints.add(endpoint);
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    for (Endpoint endpoint : endpoints) {
      Optional<ResponseDefinition> response = endpoint.handle(serveEvent.getRequest());
      if (response.isPresent()) {
        return response.get();
      }
    }
    return renderer.oktaError(PATH_NOT_FOUND);
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public String getName() {
    return NAME;
  }
}
