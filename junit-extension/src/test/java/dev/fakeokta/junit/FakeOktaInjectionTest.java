package dev.fakeokta.junit;

import static dev.fakeokta.junit.Kit.RECORDED;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.FakeOktaServer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class FakeOktaInjectionTest {

  @Test
  void should_inject_one_started_fake_per_class_into_constructor_and_every_lifecycle_method() {
    // WHEN
    EngineExecutionResults results = Kit.run(LifecycleParametersTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    then(RECORDED).hasSize(10).allMatch(server -> server == RECORDED.get(0));
    FakeOktaServer okta = (FakeOktaServer) RECORDED.get(0);
    then(okta.isRunning()).as("stopped when the class ended").isFalse();
  }

  @Test
  void should_stop_the_fake_when_the_store_does_not_close_auto_closeables() {
    // WHEN
    EngineExecutionResults results =
        Kit.run(
            Map.of("junit.jupiter.extensions.store.close.autocloseable.enabled", "false"),
            LifecycleParametersTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    then(((FakeOktaServer) RECORDED.get(0)).isRunning()).isFalse();
  }

  @Test
  void should_inject_the_fake_into_the_constructor_under_per_class_lifecycle() {
    // WHEN
    EngineExecutionResults results = Kit.run(PerClassConstructorTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    then(RECORDED).hasSize(3).allMatch(server -> server == RECORDED.get(0));
  }

  @Test
  void should_inject_static_and_instance_fields_with_the_parameter_fake() {
    // WHEN
    EngineExecutionResults results = Kit.run(FieldsTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    then(RECORDED).hasSize(4).doesNotContainNull().allMatch(server -> server == RECORDED.get(0));
  }

  @Test
  void should_share_the_outer_fake_with_nested_classes_unless_they_declare_their_own() {
    // WHEN
    EngineExecutionResults results = Kit.run(OuterTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    // recorded per test: its name, its parameter, the outer instance's field
    then(RECORDED).hasSize(3);
    FakeOktaServer outer = recordedFor("outer").get(1);
    then(recordedFor("outer").get(2)).isSameAs(outer);
    then(recordedFor("shares").subList(1, 3)).containsOnly(outer);
    FakeOktaServer own = recordedFor("own").get(1);
    then(own).isNotSameAs(outer);
    then(own.config().legacy2019Statuses()).isTrue();
    then(recordedFor("own").get(2))
        .as("the outer field holds the fake of the running test")
        .isSameAs(own);
  }

  @SuppressWarnings("unchecked")
  private static List<FakeOktaServer> recordedFor(String test) {
    return RECORDED.stream()
        .map(entry -> (List<Object>) entry)
        .filter(entry -> entry.get(0).equals(test))
        .findFirst()
        .map(entry -> (List<FakeOktaServer>) (List<?>) entry)
        .orElseThrow();
  }

  @Test
  void should_start_one_fake_per_class_from_a_static_registered_extension() {
    // WHEN
    EngineExecutionResults results = Kit.run(StaticRegistrationTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    then(RECORDED).hasSize(2);
    then(RECORDED.get(0)).isSameAs(RECORDED.get(1));
    then(((FakeOktaServer) RECORDED.get(0)).config().journalLimit()).isEqualTo(7);
  }

  @Test
  void should_share_a_static_registered_fake_with_nested_classes() {
    // WHEN
    EngineExecutionResults results = Kit.run(StaticRegistrationWithNestedTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    then(RECORDED).hasSize(2);
    then(RECORDED.get(0)).isSameAs(RECORDED.get(1));
  }

  @Test
  void should_start_one_fake_per_test_from_an_instance_registered_extension() {
    // WHEN
    EngineExecutionResults results = Kit.run(InstanceRegistrationTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    then(RECORDED).hasSize(4);
    then(RECORDED.get(0)).isSameAs(RECORDED.get(1)).isNotSameAs(RECORDED.get(2));
    then(RECORDED.get(2)).isSameAs(RECORDED.get(3));
    then(RECORDED).allMatch(server -> !((FakeOktaServer) server).isRunning());
  }

  @Test
  void should_give_other_extensions_the_fake_through_the_static_accessor() {
    // WHEN
    EngineExecutionResults results = Kit.run(AccessorTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    then(RECORDED).hasSize(2);
    then(RECORDED.get(0)).isSameAs(RECORDED.get(1));
  }

  @Test
  void should_honour_fake_okta_as_meta_annotation_and_on_a_superclass() {
    // WHEN
    EngineExecutionResults results = Kit.run(MetaAnnotatedTestCase.class, InheritingTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    then(RECORDED)
        .map(server -> ((FakeOktaServer) server).config().legacy2019Statuses())
        .containsExactly(true, true);
  }

  @Test
  void should_return_empty_from_the_accessor_without_a_fake() {
    // WHEN
    EngineExecutionResults results = Kit.run(NoFakeTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    then(RECORDED).containsExactly("empty");
  }

  // ------------------------------------------------------------------ fixtures

  @FakeOkta
  @Tag(Kit.FIXTURE)
  static class LifecycleParametersTestCase {

    LifecycleParametersTestCase(FakeOktaServer okta) {
      RECORDED.add(okta);
    }

    @BeforeAll
    static void beforeAll(FakeOktaServer okta) {
      RECORDED.add(okta);
    }

    @BeforeEach
    void beforeEach(FakeOktaServer okta) {
      RECORDED.add(okta);
    }

    @Test
    void first(FakeOktaServer okta) {
      then(okta.isRunning()).isTrue();
      then(Kit.get(okta.httpUrl() + "/nope").statusCode()).isEqualTo(404);
      RECORDED.add(okta);
    }

    @Test
    void second(FakeOktaServer okta) {
      RECORDED.add(okta);
    }

    @AfterEach
    void afterEach(FakeOktaServer okta) {
      RECORDED.add(okta);
    }

    @AfterAll
    static void afterAll(FakeOktaServer okta) {
      then(okta.isRunning()).isTrue();
      RECORDED.add(okta);
    }
  }

  @FakeOkta
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  @Tag(Kit.FIXTURE)
  static class PerClassConstructorTestCase {

    PerClassConstructorTestCase(FakeOktaServer okta) {
      RECORDED.add(okta);
    }

    @BeforeAll
    void beforeAll(FakeOktaServer okta) {
      RECORDED.add(okta);
    }

    @Test
    void test(FakeOktaServer okta) {
      RECORDED.add(okta);
    }
  }

  @FakeOkta
  @Tag(Kit.FIXTURE)
  static class FieldsTestCase {

    static FakeOktaServer staticOkta;
    private FakeOktaServer okta;

    @BeforeAll
    static void beforeAll(FakeOktaServer okta) {
      RECORDED.add(okta);
      RECORDED.add(staticOkta);
    }

    @Test
    void test(FakeOktaServer parameter) {
      RECORDED.add(okta);
      RECORDED.add(parameter);
    }
  }

  @FakeOkta
  @Tag(Kit.FIXTURE)
  static class OuterTestCase {

    FakeOktaServer outerField;

    @Test
    void outer(FakeOktaServer okta) {
      RECORDED.add(Arrays.asList("outer", okta, outerField));
    }

    @Nested
    class SharingTest {
      @Test
      void shares(FakeOktaServer okta) {
        RECORDED.add(Arrays.asList("shares", okta, outerField));
      }
    }

    @Nested
    @FakeOkta(legacy2019Statuses = true)
    class OwnTest {
      @Test
      void own(FakeOktaServer okta) {
        RECORDED.add(Arrays.asList("own", okta, outerField));
      }
    }
  }

  @Tag(Kit.FIXTURE)
  static class StaticRegistrationTestCase {

    @RegisterExtension
    static final FakeOktaExtension OKTA = FakeOktaExtension.builder().journalLimit(7).build();

    @Test
    void first(FakeOktaServer okta) {
      RECORDED.add(okta);
    }

    @Test
    void second(FakeOktaServer okta) {
      RECORDED.add(okta);
    }
  }

  @Tag(Kit.FIXTURE)
  static class StaticRegistrationWithNestedTestCase {

    @RegisterExtension static FakeOktaExtension okta = FakeOktaExtension.builder().build();

    @Test
    void outer(FakeOktaServer okta) {
      RECORDED.add(okta);
    }

    @Nested
    class InnerTest {
      @Test
      void inner(FakeOktaServer okta) {
        RECORDED.add(okta);
      }
    }
  }

  @Tag(Kit.FIXTURE)
  static class InstanceRegistrationTestCase {

    @RegisterExtension final FakeOktaExtension okta = FakeOktaExtension.builder().build();

    FakeOktaServer field;

    @Test
    void first(FakeOktaServer parameter) {
      then(parameter.isRunning()).isTrue();
      RECORDED.add(parameter);
      RECORDED.add(field);
    }

    @Test
    void second(FakeOktaServer parameter) {
      RECORDED.add(parameter);
      RECORDED.add(field);
    }
  }

  static class RecordingExtension implements BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
      RECORDED.add(FakeOktaExtension.server(context).map(Object.class::cast).orElse("empty"));
    }
  }

  @FakeOkta
  @ExtendWith(RecordingExtension.class)
  @Tag(Kit.FIXTURE)
  static class AccessorTestCase {
    @Test
    void test(FakeOktaServer okta) {
      RECORDED.add(okta);
    }
  }

  @ExtendWith(RecordingExtension.class)
  @Tag(Kit.FIXTURE)
  static class NoFakeTestCase {
    @Test
    void test() {}
  }

  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @FakeOkta(legacy2019Statuses = true)
  @interface LegacyOkta {}

  @LegacyOkta
  @Tag(Kit.FIXTURE)
  static class MetaAnnotatedTestCase {
    @Test
    void test(FakeOktaServer okta) {
      RECORDED.add(okta);
    }
  }

  @FakeOkta(legacy2019Statuses = true)
  abstract static class AnnotatedBase {}

  @Tag(Kit.FIXTURE)
  static class InheritingTestCase extends AnnotatedBase {
    @Test
    void test(FakeOktaServer okta) {
      RECORDED.add(okta);
    }
  }
}
