package dev.fakeokta.assertions.internal;

import com.github.tomakehurst.wiremock.common.Timing;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.ServedRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/** A snapshot of a fake's journal, oldest first, that can be matched against WireMock patterns. */
public final class Journal {

  private final List<ServedRequest> served;
  private final List<LoggedRequest> logged;
  private final List<Instant> respondedAt;

  private Journal(
      List<ServedRequest> served, List<LoggedRequest> logged, List<Instant> respondedAt) {
    this.served = served;
    this.logged = logged;
    this.respondedAt = respondedAt;
  }

  /**
   * Takes a snapshot of the fake's journal.
   *
   * @param okta the fake
   * @return the snapshot
   */
  public static Journal of(FakeOktaServer okta) {
    List<ServeEvent> events = new ArrayList<>(okta.wireMock().getAllServeEvents());
    Collections.reverse(events);
    List<ServedRequest> served = new ArrayList<>(events.size());
    List<LoggedRequest> logged = new ArrayList<>(events.size());
    List<Instant> respondedAt = new ArrayList<>(events.size());
    for (ServeEvent event : events) {
      ServedRequest request = ServedRequest.of(event);
      served.add(request);
      logged.add(event.getRequest());
      respondedAt.add(request.receivedAt().plusMillis(serveMillis(event.getTiming())));
    }
    return new Journal(List.copyOf(served), List.copyOf(logged), List.copyOf(respondedAt));
  }

  /**
   * Every request, oldest first.
   *
   * @return the requests
   */
  public List<ServedRequest> all() {
    return served;
  }

  /**
   * The positions of the requests that match a WireMock pattern, oldest first.
   *
   * @param pattern the pattern
   * @return the positions
   */
  public List<Integer> matching(RequestPattern pattern) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < logged.size(); i++) {
      if (pattern.match(logged.get(i)).isExactMatch()) {
        positions.add(i);
      }
    }
    return positions;
  }

  /**
   * The positions of the requests that satisfy a predicate, oldest first.
   *
   * @param predicate the predicate
   * @return the positions
   */
  public List<Integer> matching(Predicate<ServedRequest> predicate) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < served.size(); i++) {
      if (predicate.test(served.get(i))) {
        positions.add(i);
      }
    }
    return positions;
  }

  /**
   * When the fake had finished answering the request at a position: when it was received plus
   * WireMock's total serve time, so that a slow first response does not count as the client's wait.
   *
   * @param position the position
   * @return the instant
   */
  public Instant respondedAt(int position) {
    return respondedAt.get(position);
  }

  private static long serveMillis(Timing timing) {
    if (timing == null) {
      return 0;
    }
    Integer total = timing.getTotalTime();
    if (total != null && total > 0) {
      return total;
    }
    Integer process = timing.getProcessTime();
    Integer send = timing.getResponseSendTime();
    return Math.max(0, (process == null ? 0 : process) + (send == null ? 0 : send));
  }

  /**
   * The request at a position.
   *
   * @param position the position
   * @return the request
   */
  public ServedRequest get(int position) {
    return served.get(position);
  }
}
