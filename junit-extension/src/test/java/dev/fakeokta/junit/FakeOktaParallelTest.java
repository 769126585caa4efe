package dev.fakeokta.junit;

import static dev.fakeokta.junit.Kit.RECORDED;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.FakeOktaServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class FakeOktaParallelTest {

  private static final Map<String, String> PARALLEL_CLASSES =
      Map.of(
          "junit.jupiter.execution.parallel.enabled", "true",
          "junit.jupiter.execution.parallel.mode.default", "same_thread",
          "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
          "junit.jupiter.execution.parallel.config.strategy", "fixed",
          "junit.jupiter.execution.parallel.config.fixed.parallelism", "2");

  private static final Map<String, String> PARALLEL_METHODS =
      Map.of(
          "junit.jupiter.execution.parallel.enabled", "true",
          "junit.jupiter.execution.parallel.mode.default", "concurrent",
          "junit.jupiter.execution.parallel.config.strategy", "fixed",
          "junit.jupiter.execution.parallel.config.fixed.parallelism", "2");

  /** Both parties count down, then wait for the other: only true if they overlapped in time. */
  private static volatile CountDownLatch meeting;

  @Test
  void should_give_classes_running_in_parallel_their_own_fake_on_their_own_port() {
    // GIVEN
    meeting = new CountDownLatch(2);

    // WHEN
    EngineExecutionResults results =
        Kit.run(PARALLEL_CLASSES, ParallelOneTestCase.class, ParallelTwoTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    then(RECORDED).hasSize(4).contains(true, true);
    List<Object> ports = RECORDED.stream().filter(Integer.class::isInstance).toList();
    then(ports).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void should_fail_fast_when_tests_sharing_a_class_fake_run_concurrently() {
    // WHEN
    EngineExecutionResults results = Kit.run(PARALLEL_METHODS, ConcurrentMethodsTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(2).failed(2));
    then(Kit.failureTypes(results)).containsOnly(ExtensionConfigurationException.class).hasSize(2);
    then(Kit.failureMessages(results))
        .containsExactlyInAnyOrder(concurrentMessage("first"), concurrentMessage("second"));
    then(RECORDED).isEmpty();
  }

  @Test
  void should_allow_concurrent_methods_of_a_class_fake_when_parallel_execution_is_off() {
    // WHEN
    EngineExecutionResults results = Kit.run(ConcurrentMethodsTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
  }

  @Test
  void should_give_concurrent_tests_their_own_fake_from_an_instance_field() {
    // GIVEN
    meeting = new CountDownLatch(2);

    // WHEN
    EngineExecutionResults results = Kit.run(PARALLEL_METHODS, PerTestConcurrentTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    then(RECORDED).hasSize(4).contains(true, true);
    List<Object> ports = RECORDED.stream().filter(Integer.class::isInstance).toList();
    then(ports).hasSize(2).doesNotHaveDuplicates();
  }

  private static String concurrentMessage(String method) {
    return "FakeOkta shares one fake per test class, so the tests of ["
        + ConcurrentMethodsTestCase.class.getName()
        + "] must not run concurrently, but ["
        + method
        + "] runs in ExecutionMode.CONCURRENT. Annotate the class with"
        + " @Execution(ExecutionMode.SAME_THREAD), or give each test its own fake with an"
        + " instance field: @RegisterExtension FakeOktaExtension okta ="
        + " FakeOktaExtension.builder().build();";
  }

  /** Meets the other party, or gives up after a while (then the test fails, never hangs). */
  private static void meet(FakeOktaServer okta) throws InterruptedException {
    RECORDED.add(okta.port());
    meeting.countDown();
    RECORDED.add(meeting.await(10, TimeUnit.SECONDS));
  }

  // ------------------------------------------------------------------ fixtures

  @FakeOkta
  @Tag(Kit.FIXTURE)
  static class ParallelOneTestCase {
    @BeforeAll
    static void meets(FakeOktaServer okta) throws InterruptedException {
      meet(okta);
    }

    @Test
    void test() {}
  }

  @FakeOkta
  @Tag(Kit.FIXTURE)
  static class ParallelTwoTestCase {
    @BeforeAll
    static void meets(FakeOktaServer okta) throws InterruptedException {
      meet(okta);
    }

    @Test
    void test() {}
  }

  @FakeOkta
  @Execution(ExecutionMode.CONCURRENT)
  @Tag(Kit.FIXTURE)
  static class ConcurrentMethodsTestCase {
    @Test
    void first(FakeOktaServer okta) {
      RECORDED.add(okta);
    }

    @Test
    void second(FakeOktaServer okta) {
      RECORDED.add(okta);
    }
  }

  @Execution(ExecutionMode.CONCURRENT)
  @Tag(Kit.FIXTURE)
  static class PerTestConcurrentTestCase {
    @RegisterExtension FakeOktaExtension extension = FakeOktaExtension.builder().build();

    @Test
    void first(FakeOktaServer okta) throws InterruptedException {
      meet(okta);
    }

    @Test
    void second(FakeOktaServer okta) throws InterruptedException {
      meet(okta);
    }
  }
}
