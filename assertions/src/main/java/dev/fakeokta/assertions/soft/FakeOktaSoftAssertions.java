package dev.fakeokta.assertions.soft;

import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft assertions for FakeOkta: every failed assertion is collected, and {@link #assertAll()}
 * reports them together.
 *
 * <pre><code class='java'> FakeOktaSoftAssertions.assertSoftly(softly -&gt; {
 *   softly.assertThat(okta).hasCalledTokenEndpoint(1);
 *   softly.assertThat(okta).hasNoUnmatchedRequests();
 * });</code></pre>
 *
 * <p>It has a public no-argument constructor, so AssertJ's {@code SoftAssertionsExtension} can
 * inject it:
 *
 * <pre><code class='java'> &#64;ExtendWith(SoftAssertionsExtension.class)
 * class MyTest {
 *   &#64;InjectSoftAssertions FakeOktaSoftAssertions softly;
 * }</code></pre>
 *
 * @since 0.1.0
 */
public class FakeOktaSoftAssertions extends AbstractSoftAssertions
    implements FakeOktaSoftAssertionsProvider {

  /** Creates soft assertions with no errors collected. */
  public FakeOktaSoftAssertions() {
    super();
  }

  /**
   * Runs the assertions in {@code softly} and then reports every failure at once.
   *
   * @param softly the assertions; must not be {@code null}
   * @throws AssertionError if any assertion failed, listing every failure.
   */
  public static void assertSoftly(Consumer<FakeOktaSoftAssertions> softly) {
    SoftAssertionsProvider.assertSoftly(FakeOktaSoftAssertions.class, softly);
  }
}
