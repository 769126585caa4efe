package dev.fakeokta.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * A small real HTTP client for tests. It speaks plain HTTP and HTTPS, trusting the fake's
 * certificate (and nothing else) with hostname verification on.
 */
final class OktaHttp {

  private static final HttpClient CLIENT = client(FakeOktaTls.shared().sslContext());

  private OktaHttp() {}

  /**
   * A client like this helper's, with the given TLS context.
   *
   * @param sslContext what the client trusts over HTTPS
   * @return a new client
   */
  static HttpClient client(SSLContext sslContext) {
    return HttpClient.newBuilder()
        .sslContext(sslContext)
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  static HttpResponse<String> get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
  }

  static HttpResponse<String> send(String method, String url, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
