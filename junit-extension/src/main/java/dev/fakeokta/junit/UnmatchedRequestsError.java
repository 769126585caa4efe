package dev.fakeokta.junit;

import dev.fakeokta.server.ServedRequest;
import java.util.List;

/**
 * Fails a test whose client sent requests the fake could not match, when {@link
 * FakeOkta#failOnUnmatchedRequests()} is on. The message lists the requests, one a line, without
 * credentials.
 */
public final class UnmatchedRequestsError extends AssertionError {

  private final transient List<ServedRequest> requests;

  UnmatchedRequestsError(List<ServedRequest> requests) {
    super(message(requests));
    this.requests = List.copyOf(requests);
  }

  /**
   * The requests nothing in the fake served, oldest first.
   *
   * @return an unmodifiable list
   */
  public List<ServedRequest> requests() {
    return requests;
  }

  private static String message(List<ServedRequest> requests) {
    StringBuilder out =
        new StringBuilder("FakeOkta could not match ")
            .append(requests.size())
            .append(requests.size() == 1 ? " request" : " requests")
            .append(" (no script, WireMock stub or fake endpoint served them):");
    for (ServedRequest request : requests) {
      out.append("\n  ").append(request);
    }
    return out.append(
            "\nScript them with okta.when(...), stub them with okta.wireMock().stubFor(...),"
                + " or set failOnUnmatchedRequests = false.")
        .toString();
  }
}
