package dev.fakeokta.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.OktaError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * Measures the fake against a baseline measured in the same run, on the same machine, and prints
 * each figure with its ratio. Run it with {@code benchmarks/run.sh}; {@code --help} lists the
 * options. Numbers from a loaded machine are noisy; the ratios much less so.
 */
public final class Benchmarks {

  private static final PrintStream OUT = System.out;
  private static final String STATIC_BODY =
      "[{\"id\":\"00u1\",\"status\":\"ACTIVE\",\"profile\":{\"login\":\"a@example.com\"}}]";

  private final int startCycles;
  private final int resetCycles;
  private final double seconds;
  private final int memoryRequests;
  private final List<String[]> rows = new ArrayList<>();

  private Benchmarks(boolean quick, int memoryRequests) {
    this.startCycles = quick ? 5 : 20;
    this.resetCycles = quick ? 200 : 2000;
    this.seconds = quick ? 1 : 5;
    this.memoryRequests = memoryRequests;
  }

  /**
   * Runs the benchmarks.
   *
   * @param args {@code --quick} for a short run, {@code --memory-requests N} (default 1000000)
   * @throws Exception if a measurement fails
   */
  public static void main(String[] args) throws Exception {
    List<String> options = Arrays.asList(args);
    if (options.contains("--help")) {
      OUT.println("benchmarks/run.sh [--quick] [--memory-requests N] [--skip-memory]");
      return;
    }
    int memoryRequests = 1_000_000;
    int index = options.indexOf("--memory-requests");
    if (index >= 0) {
      memoryRequests = Integer.parseInt(options.get(index + 1));
    }
    boolean quick = options.contains("--quick");
    Benchmarks benchmarks = new Benchmarks(quick, quick ? 100_000 : memoryRequests);
    benchmarks.firstStart();
    benchmarks.warmStart();
    benchmarks.reset();
    benchmarks.throughput();
    if (!options.contains("--skip-memory")) {
      benchmarks.memory();
    }
    benchmarks.print();
  }

  private void firstStart() throws Exception {
    double wireMock =
        median(forkFirstStart("wiremock"), forkFirstStart("wiremock"), forkFirstStart("wiremock"));
    double fake = median(forkFirstStart("fake"), forkFirstStart("fake"), forkFirstStart("fake"));
    row("first start in a fresh JVM (ms, median of 3)", fake, wireMock, "-");
  }

  private void warmStart() {
    FakeOktaServer.builder().start().close(); // the JVM has started one already
    newWireMock().start();
    double wireMock =
        medianMillis(
            startCycles,
            () -> {
              WireMockServer server = newWireMock();
              server.start();
              return server::stop;
            });
    double fake =
        medianMillis(
            startCycles,
            () -> {
              FakeOktaServer server = FakeOktaServer.builder().start();
              return server::close;
            });
    row("warm start (ms, median)", fake, wireMock, "<= 1.5x");
  }

  private void reset() {
    FakeOktaServer fake = FakeOktaServer.builder().start();
    WireMockServer wireMock = newWireMock();
    wireMock.start();
    try {
      double[] fakeMs =
          millis(
              resetCycles,
              () -> {
                fake.when(anyRequestedFor(urlPathEqualTo("/api/v1/users")))
                    .respond(OktaError.of("E0000047"), 2);
                fake.wireMock().stubFor(get("/x").willReturn(okJson("{}")));
                return fake::reset;
              },
              true);
      double[] wireMockMs =
          millis(
              resetCycles,
              () -> {
                wireMock.stubFor(get("/x").willReturn(okJson("{}")));
                return wireMock::resetAll;
              },
              true);
      row("reset between tests (ms, median)", median(fakeMs), median(wireMockMs), "< 1 ms");
      row(
          "reset between tests (ms, 99th percentile)",
          percentile(fakeMs, 0.99),
          percentile(wireMockMs, 0.99),
          "-");
    } finally {
      fake.close();
      wireMock.stop();
    }
  }

  private void throughput() throws Exception {
    WireMockServer wireMock = newWireMock();
    wireMock.start();
    wireMock.stubFor(get("/api/v1/users").willReturn(okJson(STATIC_BODY)));
    FakeOktaServer fake = FakeOktaServer.builder().start();
    fake.when(anyRequestedFor(urlPathEqualTo("/api/v1/users")))
        .respondAlways(OktaError.of("E0000047"));
    try (CloseableHttpClient client = client()) {
      String bare = "http://127.0.0.1:" + wireMock.port() + "/api/v1/users";
      String fakeError = fake.httpUrl() + "/api/v1/users";
      String fakeNotFound = fake.httpUrl() + "/api/v1/nothing";
      requestsPerSecond(client, bare, 1);
      requestsPerSecond(client, fakeError, 1);
      double baseline = requestsPerSecond(client, bare, seconds);
      double error = requestsPerSecond(client, fakeError, seconds);
      double notFound = requestsPerSecond(client, fakeNotFound, seconds);
      row(
          "Okta error (scripted E0000047), req/s, 1 thread, keep-alive",
          error,
          baseline,
          ">= 0.8x");
      row("fake's own endpoint (E0000008 fallback), req/s", notFound, baseline, ">= 0.8x");
    } finally {
      fake.close();
      wireMock.stop();
    }
  }

  private void memory() throws Exception {
    FakeOktaServer fake = FakeOktaServer.builder().start();
    try {
      long before = usedHeapAfterGc();
      long start = System.nanoTime();
      send(fake.httpUrl() + "/api/v1/nothing", memoryRequests, 4);
      double seconds = (System.nanoTime() - start) / 1e9;
      long after = usedHeapAfterGc();
      OUT.printf(
          Locale.ROOT,
          "memory: %,d requests in %.1f s; journal holds %,d entries%n",
          memoryRequests,
          seconds,
          fake.journal().size());
      rows.add(
          new String[] {
            "heap growth after "
                + String.format(Locale.ROOT, "%,d", memoryRequests)
                + " requests (MB)",
            String.format(Locale.ROOT, "%.1f", (after - before) / 1e6),
            "-",
            "-",
            "< 64 MB"
          });
    } finally {
      fake.close();
    }
  }

  private static void send(String url, int total, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (CloseableHttpClient client = client()) {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int share = total / threads + (t < total % threads ? 1 : 0);
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < share; i++) {
                    call(client, url);
                  }
                  return null;
                }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static double requestsPerSecond(CloseableHttpClient client, String url, double seconds)
      throws IOException {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long start = System.nanoTime();
    long count = 0;
    while (System.nanoTime() < end) {
      call(client, url);
      count++;
    }
    return count / ((System.nanoTime() - start) / 1e9);
  }

  private static int call(CloseableHttpClient client, String url) throws IOException {
    return client.execute(
        new HttpGet(url),
        response -> {
          EntityUtils.consume(response.getEntity());
          return response.getCode();
        });
  }

  private static CloseableHttpClient client() {
    PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager();
    connections.setMaxTotal(64);
    connections.setDefaultMaxPerRoute(64);
    return HttpClients.custom().setConnectionManager(connections).disableAutomaticRetries().build();
  }

  private static WireMockServer newWireMock() {
    return new WireMockServer(
        WireMockConfiguration.options()
            .bindAddress("127.0.0.1")
            .dynamicPort()
            .notifier(new Slf4jNotifier(false)));
  }

  /** Bare WireMock with HTTP and HTTPS (its built-in keystore), as a user would start it. */
  static WireMockServer newWireMockHttps() {
    return new WireMockServer(
        WireMockConfiguration.options()
            .bindAddress("127.0.0.1")
            .dynamicPort()
            .dynamicHttpsPort()
            .notifier(new Slf4jNotifier(false)));
  }

  private static double forkFirstStart(String what) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                FirstStart.class.getName(),
                what)
            .redirectErrorStream(true)
            .start();
    String last = null;
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        last = line;
      }
    }
    if (process.waitFor() != 0 || last == null) {
      throw new IllegalStateException("first-start child failed for " + what + ": " + last);
    }
    return Double.parseDouble(last.strip());
  }

  private static double medianMillis(int cycles, Supplier<Runnable> startThenStop) {
    return median(millis(cycles, startThenStop, false));
  }

  /**
   * Times {@code cycles} runs. Without {@code timeTheReturnedAction}, times the supplier (a start)
   * and runs the returned action (a stop) untimed; with it, runs the supplier untimed (setup) and
   * times the returned action (a reset).
   */
  private static double[] millis(
      int cycles, Supplier<Runnable> startThenStop, boolean timeTheReturnedAction) {
    double[] samples = new double[cycles];
    for (int i = 0; i < cycles; i++) {
      long t0 = System.nanoTime();
      Runnable next = startThenStop.get();
      long t1 = System.nanoTime();
      next.run();
      long t2 = System.nanoTime();
      samples[i] = (timeTheReturnedAction ? t2 - t1 : t1 - t0) / 1e6;
    }
    return samples;
  }

  private static double percentile(double[] samples, double p) {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  private static double median(double... samples) {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private void row(String name, double fake, double baseline, String goal) {
    rows.add(
        new String[] {
          name,
          String.format(Locale.ROOT, "%.3f", fake),
          String.format(Locale.ROOT, "%.3f", baseline),
          String.format(Locale.ROOT, "%.2fx", fake / baseline),
          goal
        });
  }

  private void print() {
    OUT.println();
    OUT.println("| measurement | FakeOkta | bare WireMock | ratio | goal |");
    OUT.println("|---|---|---|---|---|");
    for (String[] row : rows) {
      OUT.println("| " + String.join(" | ", row) + " |");
    }
    OUT.printf(
        Locale.ROOT,
        "%nJava %s, %d cores, max heap %d MB%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }
}
