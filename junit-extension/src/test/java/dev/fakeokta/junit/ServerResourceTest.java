package dev.fakeokta.junit;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServerResourceTest {

  @AfterEach
  void clearProperties() {
    System.clearProperty(FakeOktaProperties.OKTA_CLIENT_ORG_URL);
  }

  @Test
  void should_stop_the_fake_and_restore_properties_once_when_closed_twice() {
    // GIVEN
    System.setProperty(FakeOktaProperties.OKTA_CLIENT_ORG_URL, "https://before.example.com");
    Settings settings =
        new Settings(
            0,
            true,
            0,
            false,
            100,
            java.util.List.of(),
            java.util.List.of(),
            null,
            75,
            true,
            new FakeOktaConfigurer.None(),
            true,
            false,
            true,
            false);
    ServerResource resource = ServerResource.start(settings, null, true);
    then(System.getProperty(FakeOktaProperties.OKTA_CLIENT_ORG_URL))
        .isEqualTo(resource.server().orgUrl());
    resource.close();
    System.setProperty(FakeOktaProperties.OKTA_CLIENT_ORG_URL, "set by the test after close");

    // WHEN
    resource.close();

    // THEN
    then(resource.server().isRunning()).isFalse();
    then(System.getProperty(FakeOktaProperties.OKTA_CLIENT_ORG_URL))
        .as("a second close restores nothing again")
        .isEqualTo("set by the test after close");
  }
}
