package dev.fakeokta.benchmarks;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.fakeokta.server.FakeOktaServer;
import java.util.Locale;

/** Run in a fresh JVM by {@link Benchmarks}: prints the milliseconds its first start took. */
public final class FirstStart {

  private FirstStart() {}

  /**
   * Starts one server and prints how long that took.
   *
   * @param args {@code fake} or {@code wiremock}
   */
  public static void main(String[] args) {
    long start = System.nanoTime();
    if ("fake".equals(args[0])) {
      FakeOktaServer.builder().start().close();
    } else {
      WireMockServer server = Benchmarks.newWireMockHttps();
      server.start();
      server.stop();
    }
    System.out.printf(Locale.ROOT, "%.1f%n", (System.nanoTime() - start) / 1e6);
  }
}
