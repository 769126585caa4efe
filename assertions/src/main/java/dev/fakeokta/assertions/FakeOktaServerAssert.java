package dev.fakeokta.assertions;

import dev.fakeokta.server.FakeOktaServer;

/**
 * Assertions on what a client sent to a {@link FakeOktaServer}. To create an instance, use {@link
 * FakeOktaAssertions#assertThat(FakeOktaServer)} or {@link
 * FakeOktaBDDAssertions#then(FakeOktaServer)}.
 *
 * @since 0.1.0
 */
public class FakeOktaServerAssert extends AbstractFakeOktaServerAssert<FakeOktaServerAssert> {

  /**
   * Creates a new assertion.
   *
   * @param actual the fake, may be {@code null}
   */
  public FakeOktaServerAssert(FakeOktaServer actual) {
    super(actual, FakeOktaServerAssert.class);
  }
}
