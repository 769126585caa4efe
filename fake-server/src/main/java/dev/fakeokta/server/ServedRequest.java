package dev.fakeokta.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.fakeokta.server.internal.Json;
import dev.fakeokta.server.internal.Router;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One request the fake received and what it answered: an entry of its {@linkplain
 * FakeOktaServer#journal() journal}.
 *
 * <p>{@link #receivedAt()} is real (wall-clock) time, so the gaps between a client's retries can be
 * measured; {@link #fakeTime()} is the fake's clock as sent in {@code Date}.
 *
 * <p>This class is immutable and thread-safe. Its {@link #toString()} never shows a full token or
 * secret.
 */
public final class ServedRequest {

  private final Instant receivedAt;
  private final String method;
  private final String url;
  private final Map<String, List<String>> requestHeaders;
  private final String requestBody;
  private final int status;
  private final Map<String, List<String>> responseHeaders;
  private final String responseBody;
  private final boolean unmatched;
  private final String fault;

  private ServedRequest(ServeEvent event) {
    LoggedRequest request = event.getRequest();
    LoggedResponse response = event.getResponse();
    this.receivedAt = request.getLoggedDate().toInstant();
    this.method = request.getMethod().value();
    this.url = request.getUrl();
    this.requestHeaders = headers(request.getHeaders().all());
    this.requestBody = request.getBodyAsString();
    this.status = response == null || response.getFault() != null ? 0 : response.getStatus();
    this.fault =
        response == null || response.getFault() == null ? null : response.getFault().name();
    this.responseHeaders =
        response == null || response.getHeaders() == null
            ? Map.of()
            : headers(response.getHeaders().all());
    this.responseBody = response == null ? "" : response.getBodyAsString();
    this.unmatched =
        event.getStubMapping() != null
            && event.getStubMapping().getMetadata() != null
            && event.getStubMapping().getMetadata().containsKey(Router.METADATA_KEY)
            && status == 404
            && errorCode().filter("E0000008"::equals).isPresent();
  }

  /**
   * Converts a WireMock serve event. Most tests use {@link FakeOktaServer#journal()} instead.
   *
   * @param event the event; must not be {@code null}
   * @return the served request
   */
  public static ServedRequest of(ServeEvent event) {
    return new ServedRequest(event);
  }

  /**
   * When the fake received the request, in real time (millisecond precision).
   *
   * @return the instant
   */
  public Instant receivedAt() {
    return receivedAt;
  }

  /**
   * The fake's clock when it answered, from the {@code Date} header it sent.
   *
   * @return the instant, or empty if the response had no parsable {@code Date}
   */
  public Optional<Instant> fakeTime() {
    return responseHeader("Date")
        .flatMap(
            date -> {
              try {
                return Optional.of(
                    ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
              } catch (RuntimeException e) {
                return Optional.empty();
              }
            });
  }

  /**
   * The HTTP method, e.g. {@code GET}.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * The path and query, e.g. {@code /api/v1/users?limit=2}.
   *
   * @return the URL as requested
   */
  public String url() {
    return url;
  }

  /**
   * The path without the query, e.g. {@code /api/v1/users}.
   *
   * @return the path
   */
  public String path() {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  /**
   * The first value of a request header, found case-insensitively.
   *
   * @param name the header name
   * @return the value, or empty
   */
  public Optional<String> requestHeader(String name) {
    return first(requestHeaders, name);
  }

  /**
   * Every request header, names as the client sent them.
   *
   * @return an unmodifiable map
   */
  public Map<String, List<String>> requestHeaders() {
    return requestHeaders;
  }

  /**
   * The request body as text.
   *
   * @return the body, empty if none
   */
  public String requestBody() {
    return requestBody;
  }

  /**
   * The scheme of the {@code Authorization} header, e.g. {@code SSWS}, {@code Bearer}, {@code
   * Basic}, {@code DPoP}.
   *
   * @return the scheme, or empty when there is no {@code Authorization} header
   */
  public Optional<String> authorizationScheme() {
    return requestHeader("Authorization").map(value -> value.strip().split("\\s+", 2)[0]);
  }

  /**
   * The HTTP status the fake answered with; 0 if it answered with a network fault.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * The network fault the fake answered with instead of a response, as WireMock names it: {@code
   * CONNECTION_RESET_BY_PEER} for {@link ServerFault#connectionReset()}, {@code EMPTY_RESPONSE} for
   * {@link ServerFault#emptyReply()}.
   *
   * @return the fault, or empty for a normal response
   */
  public Optional<String> fault() {
    return Optional.ofNullable(fault);
  }

  /**
   * The first value of a response header, found case-insensitively.
   *
   * @param name the header name
   * @return the value, or empty
   */
  public Optional<String> responseHeader(String name) {
    return first(responseHeaders, name);
  }

  /**
   * Every value of a response header, found case-insensitively, in the order sent: e.g. both values
   * when {@link RateLimitQuirk#DUPLICATE_RESET_HEADER} sent {@code X-Rate-Limit-Reset} twice.
   *
   * @param name the header name
   * @return the values, empty if the header was not sent
   */
  public List<String> responseHeaderValues(String name) {
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : responseHeaders.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        values.addAll(entry.getValue());
      }
    }
    return List.copyOf(values);
  }

  /**
   * The {@code X-Rate-Limit-Limit} the fake sent: the bucket's limit, or 0 for a concurrency 429.
   *
   * @return the limit, or empty when the response had none (a path that is not rate limited)
   */
  public OptionalLong rateLimitLimit() {
    return number("X-Rate-Limit-Limit");
  }

  /**
   * The {@code X-Rate-Limit-Remaining} the fake sent.
   *
   * @return the requests left in the window, or empty when the response had none
   */
  public OptionalLong rateLimitRemaining() {
    return number("X-Rate-Limit-Remaining");
  }

  /**
   * The (first) {@code X-Rate-Limit-Reset} the fake sent, as an instant.
   *
   * @return the reset time, or empty when the response had none
   */
  public Optional<Instant> rateLimitReset() {
    OptionalLong reset = number("X-Rate-Limit-Reset");
    return reset.isPresent()
        ? Optional.of(Instant.ofEpochSecond(reset.getAsLong()))
        : Optional.empty();
  }

  private OptionalLong number(String header) {
    Optional<String> value = responseHeader(header);
    if (value.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value.get().strip()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * Every response header.
   *
   * @return an unmodifiable map
   */
  public Map<String, List<String>> responseHeaders() {
    return responseHeaders;
  }

  /**
   * The response body as text.
   *
   * @return the body, empty if none
   */
  public String responseBody() {
    return responseBody;
  }

  /**
   * The error the fake answered with: Okta's {@code errorCode} (e.g. {@code E0000047}) or the OAuth
   * {@code error} (e.g. {@code invalid_grant}).
   *
   * @return the code, or empty for a response that is not an error body
   */
  public Optional<String> errorCode() {
    if (status < 400 || responseBody.isEmpty() || responseBody.charAt(0) != '{') {
      return Optional.empty();
    }
    try {
      JsonNode body = Json.MAPPER.readTree(responseBody);
      if (body.hasNonNull("errorCode")) {
        return Optional.of(body.get("errorCode").asText());
      }
      if (body.hasNonNull("error")) {
        return Optional.of(body.get("error").asText());
      }
      return Optional.empty();
    } catch (Exception notJson) {
      return Optional.empty();
    }
  }

  /**
   * The {@code X-Okta-Request-Id} the fake sent.
   *
   * @return the id, or empty
   */
  public Optional<String> requestId() {
    return responseHeader("X-Okta-Request-Id");
  }

  /**
   * Whether nothing in the fake served this request: no script, no stub, none of the fake's
   * endpoints (it got Okta's 404 {@code E0000008} from the fallback).
   *
   * @return {@code true} for an unmatched request
   */
  public boolean isUnmatched() {
    return unmatched;
  }

  @Override
  public String toString() {
    StringBuilder out =
        new StringBuilder(method).append(' ').append(url).append(" -> ").append(status);
    errorCode().ifPresent(code -> out.append(' ').append(code));
    authorizationScheme()
        .ifPresent(scheme -> out.append(" (Authorization: ").append(scheme).append(" ...)"));
    return out.toString();
  }

  private static Map<String, List<String>> headers(java.util.Collection<HttpHeader> all) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (HttpHeader header : all) {
      map.computeIfAbsent(header.key(), k -> new ArrayList<>()).addAll(header.values());
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(map);
  }

  private static Optional<String> first(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
      if (entry.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))
          && !entry.getValue().isEmpty()) {
        return Optional.of(entry.getValue().get(0));
      }
    }
    return Optional.empty();
  }
}
