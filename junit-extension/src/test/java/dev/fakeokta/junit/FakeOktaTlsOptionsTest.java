package dev.fakeokta.junit;

import static dev.fakeokta.junit.Kit.RECORDED;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.FakeOktaServer;
import java.net.URI;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class FakeOktaTlsOptionsTest {

  @Test
  void should_serve_plain_http_only_when_https_is_off() {
    // WHEN
    EngineExecutionResults results = Kit.run(HttpOnlyTestCase.class);
    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    then((String) RECORDED.get(0)).startsWith("http://127.0.0.1:");
  }

  @Test
  void should_make_the_jvm_trust_the_fake_while_the_class_runs_and_undo_it_after()
      throws Exception {
    // GIVEN
    SSLContext before = SSLContext.getDefault();
    // WHEN
    EngineExecutionResults results = Kit.run(TrustInJvmTestCase.class);
    // THEN
    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    then(RECORDED).containsExactly(404);
    then(SSLContext.getDefault()).isSameAs(before);
  }

  @FakeOkta(https = false)
  @Tag(Kit.FIXTURE)
  static class HttpOnlyTestCase {
    @Test
    void records(FakeOktaServer okta) {
      RECORDED.add(okta.orgUrl());
    }
  }

  @FakeOkta(trustInJvm = true)
  @Tag(Kit.FIXTURE)
  static class TrustInJvmTestCase {
    @Test
    void calls_over_https_with_default_settings(FakeOktaServer okta) throws Exception {
      HttpsURLConnection connection =
          (HttpsURLConnection) URI.create(okta.orgUrl() + "/nothing").toURL().openConnection();
      RECORDED.add(connection.getResponseCode());
      connection.disconnect();
    }
  }
}
