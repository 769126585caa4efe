package dev.fakeokta.server.internal;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Optional;

/**
 * One of the fake's own endpoints (discovery, keys, token, users, ...). The {@link Router} asks
 * each registered endpoint in turn; the first that answers wins.
 */
public interface Endpoint {

  /**
   * Answers a request if this endpoint serves its path.
   *
   * @param request the request
   * @return the response, or empty if the path is not this endpoint's
   */
  Optional<ResponseDefinition> handle(Request request);
}
