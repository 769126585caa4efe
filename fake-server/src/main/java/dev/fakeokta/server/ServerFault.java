package dev.fakeokta.server;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A failure that is not an Okta error body: a gateway status, a slow or broken connection, a body a
 * client cannot parse, or a page too big to handle. Script it like any response:
 *
 * <pre>{@code
 * okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
 *     .respond(ServerFault.badGateway())                      // 502 from a proxy, HTML body
 *     .respond(ServerFault.connectionReset())                 // TCP reset, no response
 *     .respond(ServerFault.delay(Duration.ofSeconds(2)));     // slow, then the normal answer
 *
 * okta.when(getRequestedFor(urlPathEqualTo("/api/v1/groups")))
 *     .respond(OktaError.of("E0000009").withDelay(Duration.ofMillis(500))); // slow 500
 * }</pre>
 *
 * <p>Okta's own 5xx errors come with an Okta body and are {@link OktaError}s: 500 {@code E0000009},
 * 501 {@code E0000060}, 503 {@code E0000010}.
 *
 * <p>A delay holds a WireMock request thread for its length; keep delays short (a client timeout of
 * a second needs a delay just above a second). This class is immutable and thread-safe.
 */
public final class ServerFault implements ScriptedResponse {

  /** The largest page {@link #hugePage(int)} serves. */
  public static final int MAX_PAGE_ITEMS = 200_000;

  /** What kind of fault. */
  public enum Kind {
    /** A status with a fixed body that is not Okta's, e.g. a proxy's 502. */
    STATUS,
    /** The connection is reset (TCP RST) instead of a response. */
    CONNECTION_RESET,
    /** The connection is closed without a byte of response. */
    EMPTY_REPLY,
    /** A 200 whose JSON body cannot be parsed. */
    MALFORMED_JSON,
    /** A 200 whose JSON body stops half-way. */
    TRUNCATED_JSON,
    /** A 200 with a very long page of users and a {@code rel="next"} link. */
    HUGE_PAGE,
    /** A delay before another response, or before the normal answer. */
    DELAY
  }

  private final Kind kind;
  private final int status;
  private final String contentType;
  private final String body;
  private final int items;
  private final Duration minDelay;
  private final Duration maxDelay;
  private final ScriptedResponse delayed;

  private ServerFault(
      Kind kind,
      int status,
      String contentType,
      String body,
      int items,
      Duration minDelay,
      Duration maxDelay,
      ScriptedResponse delayed) {
    this.kind = kind;
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    this.items = items;
    this.minDelay = minDelay;
    this.maxDelay = maxDelay;
    this.delayed = delayed;
  }

  private static ServerFault simple(Kind kind, int status, String contentType, String body) {
    return new ServerFault(kind, status, contentType, body, 0, null, null, null);
  }

  /**
   * A bare status with an empty body and no {@code Content-Type}, e.g. {@code status(501)} or
   * {@code status(502)}.
   *
   * @param status an HTTP status between 100 and 599
   * @return the fault
   * @throws IllegalArgumentException if the status is out of range
   */
  public static ServerFault status(int status) {
    return simple(Kind.STATUS, requireStatus(status), null, "");
  }

  /**
   * A status with a body of your choice, e.g. a load balancer's HTML page.
   *
   * @param status an HTTP status between 100 and 599
   * @param contentType the {@code Content-Type}; must not be {@code null}
   * @param body the body; must not be {@code null}
   * @return the fault
   */
  public static ServerFault status(int status, String contentType, String body) {
    Objects.requireNonNull(contentType, "contentType must not be null, e.g. \"text/html\"");
    Objects.requireNonNull(body, "body must not be null; use status(int) for an empty body");
    return simple(Kind.STATUS, requireStatus(status), contentType, body);
  }

  /**
   * 502 Bad Gateway from a proxy in front of Okta: an HTML body, no Okta error. okta-sdk-java does
   * not retry it.
   *
   * @return the fault
   */
  public static ServerFault badGateway() {
    return status(502, "text/html", html(502, "Bad Gateway"));
  }

  /**
   * 504 Gateway Timeout from a proxy in front of Okta: an HTML body, no Okta error. okta-sdk-java
   * retries it with back-off.
   *
   * @return the fault
   */
  public static ServerFault gatewayTimeout() {
    return status(504, "text/html", html(504, "Gateway Time-out"));
  }

  /**
   * The connection is reset instead of a response (WireMock's {@code CONNECTION_RESET_BY_PEER}).
   *
   * @return the fault
   */
  public static ServerFault connectionReset() {
    return simple(Kind.CONNECTION_RESET, 0, null, null);
  }

  /**
   * The connection is closed without any response (WireMock's {@code EMPTY_RESPONSE}).
   *
   * @return the fault
   */
  public static ServerFault emptyReply() {
    return simple(Kind.EMPTY_REPLY, 0, null, null);
  }

  /**
   * A 200 with {@code Content-Type: application/json} and a body that is not valid JSON.
   *
   * @return the fault
   */
  public static ServerFault malformedJson() {
    return simple(
        Kind.MALFORMED_JSON,
        200,
        "application/json",
        "[{\"id\":\"00ub0oNGTSWTBKOLGLNR\",\"status\":ACTIVE,,\"profile\":{\"login\":}]");
  }

  /**
   * A 200 with {@code Content-Type: application/json} whose body stops half-way through a list of
   * users, as if the connection dropped (the body is complete at the HTTP level).
   *
   * @return the fault
   */
  public static ServerFault truncatedJson() {
    return simple(Kind.TRUNCATED_JSON, 200, "application/json", null);
  }

  /**
   * A 200 with a page of {@code items} user objects and Okta's {@code Link} headers: {@code
   * rel="self"} and a {@code rel="next"} pointing back to the same path with an {@code after}
   * cursor, so a client that follows every page never stops.
   *
   * <p>The journal keeps every response body, so mind {@link FakeOktaConfig#journalLimit()} when a
   * client follows many huge pages.
   *
   * @param items users on the page, between 1 and {@value #MAX_PAGE_ITEMS} (about 200 bytes each)
   * @return the fault
   * @throws IllegalArgumentException if {@code items} is out of range
   */
  public static ServerFault hugePage(int items) {
    if (items < 1 || items > MAX_PAGE_ITEMS) {
      throw new IllegalArgumentException(
          "items must be between 1 and " + MAX_PAGE_ITEMS + ", was " + items);
    }
    return new ServerFault(Kind.HUGE_PAGE, 200, "application/json", null, items, null, null, null);
  }

  /**
   * A fixed delay, then the normal answer: a slow Okta, for a client's read timeout. The request
   * goes on as if this step had not matched (to an older script, your stub or the fake's endpoint),
   * and whatever answers it is sent after the delay.
   *
   * @param delay how long, positive and at most a minute
   * @return the fault
   */
  public static ServerFault delay(Duration delay) {
    return delay(delay, delay);
  }

  /**
   * A random delay between {@code min} and {@code max} (uniform), then the normal answer.
   *
   * @param min the shortest delay, zero or more
   * @param max the longest delay, at least {@code min} and at most a minute
   * @return the fault
   */
  public static ServerFault delay(Duration min, Duration max) {
    return delayed(null, min, max);
  }

  static ServerFault delayed(ScriptedResponse response, Duration min, Duration max) {
    Objects.requireNonNull(min, "delay must not be null");
    Objects.requireNonNull(max, "max delay must not be null");
    if (min.isNegative() || max.compareTo(min) < 0 || max.isZero()) {
      throw new IllegalArgumentException(
          "delay must be positive and max at least min, was " + min + " to " + max);
    }
    if (max.compareTo(Duration.ofMinutes(1)) > 0) {
      throw new IllegalArgumentException(
          "delay must be at most a minute (it holds a server thread), was " + max);
    }
    return new ServerFault(Kind.DELAY, 0, null, null, 0, min, max, response);
  }

  /**
   * The kind of fault.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The HTTP status, for faults that send one.
   *
   * @return the status; 0 for connection faults and delays
   */
  public int status() {
    return status;
  }

  /**
   * The {@code Content-Type} sent, if any.
   *
   * @return the content type, or empty
   */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  /**
   * The fixed body, for {@link Kind#STATUS} and {@link Kind#MALFORMED_JSON}.
   *
   * @return the body, or empty for faults whose body is rendered per request
   */
  public Optional<String> body() {
    return Optional.ofNullable(body);
  }

  /**
   * The number of users on a {@link Kind#HUGE_PAGE}.
   *
   * @return the count, 0 for other kinds
   */
  public int items() {
    return items;
  }

  /**
   * The shortest delay of a {@link Kind#DELAY}.
   *
   * @return the delay, or empty for other kinds
   */
  public Optional<Duration> minDelay() {
    return Optional.ofNullable(minDelay);
  }

  /**
   * The longest delay of a {@link Kind#DELAY}.
   *
   * @return the delay, or empty for other kinds
   */
  public Optional<Duration> maxDelay() {
    return Optional.ofNullable(maxDelay);
  }

  /**
   * What a {@link Kind#DELAY} serves after waiting.
   *
   * @return the response, or empty for the normal answer
   */
  public Optional<ScriptedResponse> delayedResponse() {
    return Optional.ofNullable(delayed);
  }

  private static int requireStatus(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be between 100 and 599, was " + status);
    }
    return status;
  }

  private static String html(int status, String reason) {
    return "<html>\r\n<head><title>"
        + status
        + " "
        + reason
        + "</title></head>\r\n<body>\r\n<center><h1>"
        + status
        + " "
        + reason
        + "</h1></center>\r\n</body>\r\n</html>\r\n";
  }

  @Override
  public String toString() {
    return switch (kind) {
      case STATUS -> "ServerFault[" + status + "]";
      case HUGE_PAGE -> "ServerFault[HUGE_PAGE, " + items + " items]";
      case DELAY ->
          "ServerFault[DELAY "
              + (minDelay.equals(maxDelay) ? minDelay : minDelay + ".." + maxDelay)
              + (delayed == null ? ", then normal" : ", then " + delayed)
              + "]";
      default -> "ServerFault[" + kind + "]";
    };
  }
}
