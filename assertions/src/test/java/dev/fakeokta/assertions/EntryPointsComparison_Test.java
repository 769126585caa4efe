package dev.fakeokta.assertions;

import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.assertions.soft.FakeOktaSoftAssertionsProvider;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps assertThat, then and the soft assertThat in sync (after assertj-db). */
class EntryPointsComparison_Test {

  @Test
  void should_offer_a_then_for_every_assertThat() {
    then(signatures(FakeOktaBDDAssertions.class, "then"))
        .isEqualTo(signatures(FakeOktaAssertions.class, "assertThat"))
        .isNotEmpty();
  }

  @Test
  void should_offer_a_soft_assertThat_for_every_assertThat() {
    then(signatures(FakeOktaSoftAssertionsProvider.class, "assertThat"))
        .isEqualTo(signatures(FakeOktaAssertions.class, "assertThat"));
  }

  @Test
  void should_return_non_final_assert_classes_so_soft_proxies_work() {
    for (Method method : FakeOktaAssertions.class.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers())) {
        then(Modifier.isFinal(method.getReturnType().getModifiers()))
            .as(method.getReturnType().getName())
            .isFalse();
      }
    }
  }

  /** Each public entry point as "suffix(parameters) -> return type", without the prefix. */
  private static Set<String> signatures(Class<?> type, String prefix) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getName().startsWith(prefix))
        .map(
            m ->
                m.getName().substring(prefix.length())
                    + Arrays.toString(m.getGenericParameterTypes())
                    + " -> "
                    + m.getReturnType().getName())
        .collect(Collectors.toSet());
  }
}
