package dev.fakeokta.server.internal;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds the headers Okta sends on every response and WireMock does not: {@code Date} (from the
 * fake's clock; okta-sdk-java fails without it) and a unique {@code X-Okta-Request-Id}. A stub that
 * sets either keeps its own value.
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
    List<HttpHeader> added = new ArrayList<>(2);
    if (!headers.getHeader("Date").isPresent()) {
      added.add(new HttpHeader("Date", HttpDates.format(state.clock().instant())));
    }
    if (!headers.getHeader("X-Okta-Request-Id").isPresent()) {
      added.add(new HttpHeader("X-Okta-Request-Id", Ids.requestId()));
    }
    if (added.isEmpty()) {
      return response;
    }
    List<HttpHeader> all = new ArrayList<>(headers.all());
    all.addAll(added);
    return Response.Builder.like(response).but().headers(new HttpHeaders(all)).build();
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
