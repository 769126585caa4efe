package dev.fakeokta.assertions;

import dev.fakeokta.assertions.internal.Secrets;
import dev.fakeokta.server.ServedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a client sent to the fake, one line per request, as the FakeOkta assertions show it in their
 * failure messages:
 *
 * <pre>
 *   +0 ms      POST /oauth2/default/v1/token -&gt; 200
 * &gt; +12 ms     GET /api/v1/users -&gt; 429 E0000047  (Authorization: Bearer …f3Qz, X-Rate-Limit-Reset: Date+1 s)
 * &gt; +1015 ms   GET /api/v1/users -&gt; 200  (Authorization: Bearer …f3Qz, X-Okta-Retry-Count: 2)
 * </pre>
 *
 * <p>Times are real time, in milliseconds from the first request. Lines marked {@code >} are the
 * requests the failed assertion was about. Only the headers that explain retries and tokens are
 * shown, and credentials are masked: the scheme and at most the last four characters, never a full
 * token or secret. A timeline shows at most {@value #MAX_LINES} lines.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Timeline {

  /** The most lines a timeline shows; the rest are summarised. */
  public static final int MAX_LINES = 40;

  private final List<ServedRequest> requests;
  private final Set<Integer> highlighted;

  private Timeline(List<ServedRequest> requests, Set<Integer> highlighted) {
    this.requests = requests;
    this.highlighted = highlighted;
  }

  /**
   * A timeline of requests, none highlighted.
   *
   * @param requests the requests, oldest first, e.g. {@code okta.journal()}; must not be {@code
   *     null}
   * @return the timeline
   */
  public static Timeline of(List<ServedRequest> requests) {
    Objects.requireNonNull(requests, "requests must not be null; use okta.journal()");
    return new Timeline(List.copyOf(requests), Set.of());
  }

  /**
   * The same timeline with some requests marked with {@code >}.
   *
   * @param positions positions in the list, from 0; must not be {@code null}
   * @return a new timeline
   */
  public Timeline highlight(Collection<Integer> positions) {
    Objects.requireNonNull(positions, "positions must not be null");
    return new Timeline(requests, Set.copyOf(new TreeSet<>(positions)));
  }

  /**
   * The requests on this timeline, oldest first.
   *
   * @return an unmodifiable list
   */
  public List<ServedRequest> requests() {
    return requests;
  }

  /**
   * The milliseconds from the first request to the request at {@code position}.
   *
   * @param position a position in {@link #requests()}
   * @return the offset in milliseconds
   */
  public long offsetMillis(int position) {
    return Duration.between(requests.get(0).receivedAt(), requests.get(position).receivedAt())
        .toMillis();
  }

  @Override
  public String toString() {
    if (requests.isEmpty()) {
      return "  (no requests)";
    }
    List<String> lines = new ArrayList<>();
    int shown = 0;
    for (int i = 0; i < requests.size(); i++) {
      if (shown == MAX_LINES) {
        lines.add("  … and " + (requests.size() - i) + " more requests");
        break;
      }
      lines.add(line(i));
      shown++;
    }
    return String.join(System.lineSeparator(), lines);
  }

  private String line(int position) {
    ServedRequest request = requests.get(position);
    StringBuilder out = new StringBuilder(highlighted.contains(position) ? "> " : "  ");
    out.append(String.format("%-10s ", "+" + offsetMillis(position) + " ms"));
    out.append(request.method()).append(' ').append(Secrets.maskQuery(request.url()));
    out.append(" -> ").append(request.status());
    request.errorCode().ifPresent(code -> out.append(' ').append(code));
    List<String> headers = new ArrayList<>();
    request
        .requestHeader("Authorization")
        .ifPresent(value -> headers.add("Authorization: " + Secrets.maskAuthorization(value)));
    for (String name : List.of("X-Okta-Retry-For", "X-Okta-Retry-Count", "Idempotency-Key")) {
      request.requestHeader(name).ifPresent(value -> headers.add(name + ": " + value));
    }
    if (request.status() == 429) {
      // every Okta response carries rate-limit headers; the reset matters on the 429s
      request
          .responseHeader("X-Rate-Limit-Reset")
          .ifPresent(
              value -> headers.add("X-Rate-Limit-Reset: " + resetRelativeToDate(request, value)));
    }
    request.responseHeader("Retry-After").ifPresent(value -> headers.add("Retry-After: " + value));
    if (!headers.isEmpty()) {
      out.append("  (").append(String.join(", ", headers)).append(')');
    }
    return out.toString();
  }

  private static String resetRelativeToDate(ServedRequest request, String reset) {
    Optional<Instant> date = request.fakeTime();
    try {
      long seconds = Long.parseLong(reset.strip());
      if (date.isPresent()) {
        long delta = seconds - date.get().getEpochSecond();
        return "Date" + (delta < 0 ? "-" : "+") + Math.abs(delta) + " s";
      }
      return reset;
    } catch (NumberFormatException notANumber) {
      return reset;
    }
  }
}
