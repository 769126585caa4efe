package dev.fakeokta.assertions;

/**
 * Assertions on an Okta error response. To create an instance, use {@link
 * FakeOktaAssertions#assertThatOktaError(String)}, {@link
 * FakeOktaAssertions#assertThatOktaError(java.net.http.HttpResponse)} or {@link
 * FakeOktaAssertions#assertThat(OktaErrorResponse)}.
 *
 * @since 0.1.0
 */
public class OktaErrorAssert extends AbstractOktaErrorAssert<OktaErrorAssert> {

  /**
   * Creates a new assertion.
   *
   * @param actual the response, may be {@code null}
   */
  public OktaErrorAssert(OktaErrorResponse actual) {
    super(actual, OktaErrorAssert.class);
  }
}
