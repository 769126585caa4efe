package dev.fakeokta.junit;

import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.FakeOktaServer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class FakeOktaMisuseTest {

  @Test
  void should_reject_a_final_instance_field_naming_it() throws Exception {
    // WHEN
    EngineExecutionResults results = Kit.run(FinalFieldTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
    then(Kit.failureTypes(results)).containsExactly(ExtensionConfigurationException.class);
    then(Kit.failureMessages(results))
        .containsExactly(
            "FakeOkta cannot inject into final field ["
                + FinalFieldTestCase.class.getDeclaredField("okta")
                + "]: remove the final modifier, or take the FakeOktaServer as a parameter.");
  }

  @Test
  void should_reject_a_final_static_field_naming_it() throws Exception {
    // WHEN
    EngineExecutionResults results = Kit.run(FinalStaticFieldTestCase.class);

    // THEN
    results.containerEvents().assertStatistics(stats -> stats.failed(1));
    then(Kit.failureTypes(results)).containsExactly(ExtensionConfigurationException.class);
    then(Kit.failureMessages(results))
        .containsExactly(
            "FakeOkta cannot inject into final field ["
                + FinalStaticFieldTestCase.class.getDeclaredField("OKTA")
                + "]: remove the final modifier, or take the FakeOktaServer as a parameter.");
  }

  @Test
  void should_reject_an_invalid_annotation_attribute_naming_the_class() {
    // WHEN
    EngineExecutionResults results = Kit.run(BadPortTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(0));
    then(Kit.failureTypes(results)).containsExactly(ExtensionConfigurationException.class);
    then(Kit.failureMessages(results))
        .containsExactly(
            "@FakeOkta on ["
                + BadPortTestCase.class.getName()
                + "] is invalid: port must be between 0 (a free port) and 65535, was -1");
  }

  @Test
  void should_reject_two_declarations_in_one_class() {
    // WHEN
    EngineExecutionResults results = Kit.run(TwoDeclarationsTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(0));
    then(Kit.failureTypes(results)).containsExactly(ExtensionConfigurationException.class);
    then(Kit.failureMessages(results))
        .containsExactly(
            "["
                + TwoDeclarationsTestCase.class.getName()
                + "] declares more than one FakeOkta (@FakeOkta, or FakeOktaExtension fields"
                + " annotated with @RegisterExtension). Keep one; to configure it, use the"
                + " attributes of @FakeOkta or FakeOktaExtension.builder().");
  }

  @Test
  void should_reject_a_static_field_for_a_per_test_fake() throws Exception {
    // WHEN
    EngineExecutionResults results = Kit.run(StaticFieldPerTestTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
    then(Kit.failureTypes(results)).containsExactly(ExtensionConfigurationException.class);
    then(Kit.failureMessages(results))
        .containsExactly(
            "static field ["
                + StaticFieldPerTestTestCase.class.getDeclaredField("okta")
                + "] cannot hold the fake of a FakeOktaExtension in an instance field, which"
                + " starts a fake for each test. Make the field an instance field, or register"
                + " the extension in a static field.");
  }

  @Test
  void should_reject_a_constructor_parameter_when_the_fake_is_per_test() throws Exception {
    // WHEN
    EngineExecutionResults results = Kit.run(PerTestOuterTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
    then(Kit.failureTypes(results)).containsExactly(ParameterResolutionException.class);
    var constructor =
        PerTestOuterTestCase.InnerTest.class.getDeclaredConstructor(
            PerTestOuterTestCase.class, FakeOktaServer.class);
    then(Kit.failureMessages(results))
        .containsExactly(
            "FakeOktaServer cannot be injected into parameter ["
                + constructor.getParameters()[1]
                + "] of ["
                + constructor
                + "]: a FakeOktaExtension in an instance field starts its fake for each test,"
                + " after the test instance is created and after @BeforeAll. Take the"
                + " FakeOktaServer as a parameter of the test or of a @BeforeEach method, or"
                + " register the extension in a static field (or use @FakeOkta) for one fake per"
                + " class.");
  }

  @Test
  void should_reject_registration_on_a_method() throws Exception {
    // WHEN
    EngineExecutionResults results = Kit.run(MethodRegistrationTestCase.class);

    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
    then(Kit.failureTypes(results)).containsExactly(ExtensionConfigurationException.class);
    then(Kit.failureMessages(results))
        .containsExactly(
            "FakeOktaExtension is registered on method ["
                + MethodRegistrationTestCase.class.getDeclaredMethod("test", FakeOktaServer.class)
                + "], where it cannot start a fake. Annotate the test class with @FakeOkta, or"
                + " register FakeOktaExtension.builder().build() in a field with"
                + " @RegisterExtension.");
  }

  // ------------------------------------------------------------------ fixtures

  @Tag(Kit.FIXTURE)
  static class MethodRegistrationTestCase {
    @Test
    @ExtendWith(FakeOktaExtension.class)
    void test(FakeOktaServer okta) {}
  }

  @FakeOkta
  @Tag(Kit.FIXTURE)
  static class FinalFieldTestCase {
    private final FakeOktaServer okta = null;

    @Test
    void test() {
      then(okta).isNull();
    }
  }

  @FakeOkta
  @Tag(Kit.FIXTURE)
  static class FinalStaticFieldTestCase {
    static final FakeOktaServer OKTA = null;

    @Test
    void test() {}
  }

  @FakeOkta(port = -1)
  @Tag(Kit.FIXTURE)
  static class BadPortTestCase {
    @Test
    void test() {}
  }

  @FakeOkta
  @Tag(Kit.FIXTURE)
  static class TwoDeclarationsTestCase {
    @RegisterExtension static FakeOktaExtension okta = FakeOktaExtension.builder().build();

    @Test
    void test() {}
  }

  @Tag(Kit.FIXTURE)
  static class StaticFieldPerTestTestCase {
    static FakeOktaServer okta;

    @RegisterExtension FakeOktaExtension extension = FakeOktaExtension.builder().build();

    @Test
    void test() {}
  }

  @Tag(Kit.FIXTURE)
  static class PerTestOuterTestCase {
    @RegisterExtension FakeOktaExtension extension = FakeOktaExtension.builder().build();

    @Nested
    class InnerTest {
      InnerTest(FakeOktaServer okta) {}

      @Test
      void test() {}
    }
  }
}
