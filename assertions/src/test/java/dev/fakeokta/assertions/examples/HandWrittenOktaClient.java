package dev.fakeokta.assertions.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small Okta client written by hand, the way teams write them: client-credentials token, Bearer
 * calls, retries. Its options switch on the classic bugs the assertions must catch.
 */
final class HandWrittenOktaClient {

  enum Backoff {
    /** Bug: retries at once. */
    NONE,
    /** Waits for X-Rate-Limit-Reset on 429, exponential backoff on 5xx. */
    CORRECT
  }

  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String orgUrl;
  private Backoff backoff = Backoff.CORRECT;
  private boolean tokenPerCall;
  private boolean retryOn403;
  private int maxAttempts = 4;
  private Duration initialDelay = Duration.ofMillis(50);
  private String token;

  HandWrittenOktaClient(String orgUrl) {
    this.orgUrl = orgUrl;
  }

  HandWrittenOktaClient backoff(Backoff backoff) {
    this.backoff = backoff;
    return this;
  }

  /** Bug: fetches a new token for every call. */
  HandWrittenOktaClient tokenPerCall() {
    this.tokenPerCall = true;
    return this;
  }

  /** Bug: treats 403 as retryable. */
  HandWrittenOktaClient retryOn403() {
    this.retryOn403 = true;
    return this;
  }

  HandWrittenOktaClient maxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
    return this;
  }

  String get(String path) {
    boolean refreshed = false;
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response =
          send(
              HttpRequest.newBuilder(URI.create(orgUrl + path))
                  .header("Authorization", "Bearer " + token())
                  .GET()
                  .build());
      int status = response.statusCode();
      if (status < 300) {
        return response.body();
      }
      if (status == 401 && !refreshed) {
        token = null;
        refreshed = true;
        attempt--;
        continue;
      }
      boolean retryable = status == 429 || status >= 500 || (retryOn403 && status == 403);
      if (!retryable || attempt >= maxAttempts) {
        throw new OktaClientException(status, response.body());
      }
      sleep(delay(response, attempt));
    }
  }

  private Duration delay(HttpResponse<String> response, int attempt) {
    if (backoff == Backoff.NONE) {
      return Duration.ZERO;
    }
    var reset = response.headers().firstValue("X-Rate-Limit-Reset");
    var date = response.headers().firstValue("Date");
    if (response.statusCode() == 429 && reset.isPresent() && date.isPresent()) {
      long dateMillis =
          ZonedDateTime.parse(date.get(), DateTimeFormatter.RFC_1123_DATE_TIME)
              .toInstant()
              .toEpochMilli();
      return Duration.ofMillis(Math.max(Long.parseLong(reset.get()) * 1000 - dateMillis, 0));
    }
    return initialDelay.multipliedBy(1L << (attempt - 1));
  }

  private String token() {
    if (token != null && !tokenPerCall) {
      return token;
    }
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(orgUrl + "/oauth2/default/v1/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&scope=okta.users.read"))
                .build());
    Matcher matcher = ACCESS_TOKEN.matcher(response.body());
    if (response.statusCode() != 200 || !matcher.find()) {
      throw new OktaClientException(response.statusCode(), response.body());
    }
    token = matcher.group(1);
    return token;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static final class OktaClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    OktaClientException(int status, String body) {
      super("Okta answered " + status + ": " + body);
      this.status = status;
    }
  }
}
