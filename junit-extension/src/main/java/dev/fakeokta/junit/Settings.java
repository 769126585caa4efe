package dev.fakeokta.junit;

import dev.fakeokta.server.FakeOktaConfig;
import dev.fakeokta.server.FakeOktaServer;

/**
 * The one internal form of a FakeOkta declaration: {@link FakeOkta @FakeOkta} and {@link
 * FakeOktaExtension.Builder} both produce it, so the two registration modes cannot drift apart.
 *
 * <p>To add an option: a component here, a line in {@link #of(FakeOkta)}, a line in {@link
 * #serverBuilder()} (server options) or in the extension (extension options), an attribute on
 * {@link FakeOkta}, and a method plus a field in {@link FakeOktaExtension.Builder}.
 */
record Settings(
    // server options: mirror FakeOktaServer.Builder
    int port,
    boolean https,
    int httpsPort,
    boolean legacy2019Statuses,
    int journalLimit,
    // extension options
    boolean resetBeforeEachTest,
    boolean failOnUnmatchedRequests,
    boolean systemProperties,
    boolean trustInJvm) {

  /** The defaults, the same as a bare {@code @FakeOkta}. */
  static final Settings DEFAULTS =
      new Settings(
          0, true, 0, false, FakeOktaConfig.DEFAULT_JOURNAL_LIMIT, true, false, false, false);

  /**
   * Validates the server options the way {@link FakeOktaServer.Builder} will, without building a
   * server.
   *
   * @throws IllegalArgumentException naming the bad option
   */
  Settings {
    FakeOktaConfig.builder()
        .port(port)
        .https(https)
        .httpsPort(httpsPort)
        .legacy2019Statuses(legacy2019Statuses)
        .journalLimit(journalLimit)
        .build();
  }

  static Settings of(FakeOkta annotation) {
    return new Settings(
        annotation.port(),
        annotation.https(),
        annotation.httpsPort(),
        annotation.legacy2019Statuses(),
        annotation.journalLimit(),
        annotation.resetBeforeEachTest(),
        annotation.failOnUnmatchedRequests(),
        annotation.systemProperties(),
        annotation.trustInJvm());
  }

  FakeOktaServer.Builder serverBuilder() {
    return FakeOktaServer.builder()
        .port(port)
        .https(https)
        .httpsPort(httpsPort)
        .legacy2019Statuses(legacy2019Statuses)
        .journalLimit(journalLimit);
  }
}
