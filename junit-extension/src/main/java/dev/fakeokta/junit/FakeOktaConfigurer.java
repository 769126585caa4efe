package dev.fakeokta.junit;

import dev.fakeokta.server.FakeOktaServer;

/**
 * Configures what an annotation attribute cannot express (clients, users, per-bucket rate limits,
 * any {@link FakeOktaServer.Builder} option), applied after the {@link FakeOkta @FakeOkta}
 * attributes. Name the class in {@link FakeOkta#configurer()}, or pass a lambda to {@link
 * FakeOktaExtension.Builder#configurer(FakeOktaConfigurer)}:
 *
 * <pre>{@code
 * @FakeOkta(configurer = PaymentsClient.class)
 * class PaymentsTest {
 *   static class PaymentsClient implements FakeOktaConfigurer {
 *     public void configure(FakeOktaServer.Builder builder) {
 *       builder.authorization(AuthorizationConfig.builder()
 *           .client(OAuthClient.builder("0oapayments").secret("s3cret").build())
 *           .build());
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>A class named in the annotation needs a no-argument constructor (it may be private or nested).
 */
@FunctionalInterface
public interface FakeOktaConfigurer {

  /**
   * Adjusts the builder of the fake about to start.
   *
   * @param builder the builder, with the annotation's attributes already applied
   */
  void configure(FakeOktaServer.Builder builder);

  /** The default: changes nothing. */
  final class None implements FakeOktaConfigurer {
    /** Creates the no-op configurer. */
    public None() {}

    @Override
    public void configure(FakeOktaServer.Builder builder) {}
  }
}
