package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.fakeokta.server.FakeOktaServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** One fake per test class, reset before each test; {@code /api/v1/*} answers 200 {@code []}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FakeOktaTestBase {

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  FakeOktaServer okta;

  @BeforeAll
  void startFake() {
    okta = FakeOktaServer.builder().start();
  }

  @AfterAll
  void stopFake() {
    okta.stop();
  }

  @BeforeEach
  void resetFake() {
    okta.reset();
    okta.wireMock().stubFor(any(urlPathMatching("/api/v1/.*")).willReturn(okJson("[]")));
  }

  static RequestPatternBuilder users() {
    return getRequestedFor(urlPathEqualTo("/api/v1/users"));
  }

  HttpResponse<String> send(String method, String path, String... headers) {
    return sendWithBody(method, path, "", headers);
  }

  HttpResponse<String> sendWithBody(String method, String path, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(okta.httpUrl() + path))
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Timeline timeline(Integer... highlighted) {
    return Timeline.of(okta.journal()).highlight(Arrays.asList(highlighted));
  }

  long offset(int position) {
    return Timeline.of(okta.journal()).offsetMillis(position);
  }

  /**
   * The client's wait: from when the fake had answered {@code from} to when it received {@code to}.
   */
  long gap(int from, int to) {
    var journal = dev.fakeokta.assertions.internal.Journal.of(okta);
    return Math.max(
        0,
        java.time.Duration.between(journal.respondedAt(from), journal.get(to).receivedAt())
            .toMillis());
  }

  /** When the fake had answered {@code position}, in ms from the first request. */
  long answered(int position) {
    var journal = dev.fakeokta.assertions.internal.Journal.of(okta);
    return java.time.Duration.between(journal.get(0).receivedAt(), journal.respondedAt(position))
        .toMillis();
  }

  /** A 429 whose Date and X-Rate-Limit-Reset are fixed, so the client must wait exactly so long. */
  dev.fakeokta.server.OktaError rateLimited(long waitSeconds) {
    java.time.Instant date =
        okta.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    return dev.fakeokta.server.OktaError.of("E0000047")
        .withHeader(
            "Date",
            java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                date.atZone(java.time.ZoneOffset.UTC)))
        .withHeader("X-Rate-Limit-Reset", Long.toString(date.getEpochSecond() + waitSeconds));
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
