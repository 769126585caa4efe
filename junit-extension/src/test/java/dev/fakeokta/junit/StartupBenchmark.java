package dev.fakeokta.junit;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.OktaError;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Prints how fast a fake starts and resets, against bare WireMock measured in the same run. A
 * benchmark, not a test: run it in a fresh JVM with
 *
 * <pre>{@code ./mvnw -B -q -pl junit-extension -am -Pbenchmark -DskipTests test}</pre>
 */
final class StartupBenchmark {

  private static final int ROUNDS = 15;
  private static final int RESETS = 500;

  private StartupBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 1) { // a child JVM: time one first start and print it
      long t = System.nanoTime();
      if (args[0].equals("wiremock")) {
        WireMockServer wireMock = bareWireMock();
        wireMock.start();
        System.out.println(millis(System.nanoTime() - t));
        wireMock.stop();
      } else {
        FakeOktaServer okta = FakeOktaServer.builder().start();
        System.out.println(millis(System.nanoTime() - t));
        okta.close();
      }
      return;
    }
    double bareFirstStart = firstStartInFreshJvm("wiremock");
    double firstStart = firstStartInFreshJvm("fakeokta");
    try (FakeOktaServer warmUp = FakeOktaServer.builder().start()) {
      Kit.get(warmUp.orgUrl() + "/api/v1/users");
    }

    double[] bare = new double[ROUNDS];
    double[] fake = new double[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      long t0 = System.nanoTime();
      WireMockServer wireMock = bareWireMock();
      wireMock.start();
      bare[i] = millis(System.nanoTime() - t0);
      wireMock.stop();

      long t1 = System.nanoTime();
      FakeOktaServer okta = FakeOktaServer.builder().start();
      fake[i] = millis(System.nanoTime() - t1);
      okta.close();
    }

    double[] resets = new double[RESETS];
    try (FakeOktaServer okta = FakeOktaServer.builder().start()) {
      for (int i = 0; i < RESETS; i++) {
        okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
            .respondAlways(OktaError.of("E0000047"));
        Kit.get(okta.orgUrl() + "/api/v1/users");
        long t = System.nanoTime();
        okta.reset();
        resets[i] = millis(System.nanoTime() - t);
      }
    }

    System.out.println("FakeOkta startup benchmark (HTTP on 127.0.0.1; medians unless noted)");
    print("first start in a fresh JVM, bare WireMock", bareFirstStart);
    print("first start in a fresh JVM, FakeOkta", firstStart);
    print("warm start, bare WireMock", median(bare));
    print("warm start, FakeOkta", median(fake));
    System.out.printf(
        Locale.ROOT,
        "  %-45s %8.2fx%n",
        "warm start ratio FakeOkta / WireMock",
        median(fake) / median(bare));
    print("reset after a script and a request", median(resets));
    print("reset, 99th percentile", percentile(resets, 0.99));
  }

  private static double firstStartInFreshJvm(String what) throws Exception {
    Process child =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                StartupBenchmark.class.getName(),
                what)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    child.waitFor();
    String[] lines = out.strip().split("\\R");
    return Double.parseDouble(lines[lines.length - 1]);
  }

  private static WireMockServer bareWireMock() {
    return new WireMockServer(
        WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
  }

  private static void print(String label, double millis) {
    System.out.printf(Locale.ROOT, "  %-45s %8.3f ms%n", label, millis);
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }

  private static double median(double[] values) {
    return percentile(values, 0.5);
  }

  private static double percentile(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  }
}
