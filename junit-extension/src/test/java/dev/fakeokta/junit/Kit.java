package dev.fakeokta.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs fixture classes through the JUnit Platform {@link EngineTestKit}, plus a small HTTP client.
 *
 * <p>Fixtures are static nested {@code *TestCase} classes tagged {@value #FIXTURE}: Surefire skips
 * nested classes by default and this module's POM also excludes the tag, so they only run here.
 */
final class Kit {

  /** The tag every fixture carries; excluded in the Surefire configuration. */
  static final String FIXTURE = "fixture";

  /** What fixtures record while the kit runs them; cleared before each run. */
  static final List<Object> RECORDED = new CopyOnWriteArrayList<>();

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Kit() {}

  static EngineExecutionResults run(Class<?>... fixtures) {
    return run(Map.of(), fixtures);
  }

  static EngineExecutionResults run(Map<String, String> configuration, Class<?>... fixtures) {
    RECORDED.clear();
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameters(configuration)
        .selectors(Arrays.stream(fixtures).map(c -> selectClass(c)).toArray(ClassSelector[]::new))
        .execute();
  }

  /** The messages of every failure (tests and containers), in the order they happened. */
  static List<String> failureMessages(EngineExecutionResults results) {
    return results.allEvents().failed().stream().map(Kit::message).toList();
  }

  /** The types of every failure (tests and containers), in the order they happened. */
  static List<Class<?>> failureTypes(EngineExecutionResults results) {
    return results.allEvents().failed().stream()
        .<Class<?>>map(e -> throwable(e).getClass())
        .toList();
  }

  private static String message(Event event) {
    return throwable(event).getMessage();
  }

  private static Throwable throwable(Event event) {
    return event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
  }

  static HttpResponse<String> get(String url) {
    try {
      return CLIENT.send(
          HttpRequest.newBuilder(URI.create(url)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
