package dev.fakeokta.junit;

import dev.fakeokta.server.FakeOktaServer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A started fake in an {@link ExtensionContext.Store}: JUnit closes it when the context that holds
 * it ends, which stops the fake and restores the system properties it set. It implements both
 * {@link ExtensionContext.Store.CloseableResource} (JUnit before 5.13, or with {@code
 * junit.jupiter.extensions.store.close.autocloseable.enabled=false}) and {@link AutoCloseable};
 * {@link #close()} is idempotent, so being closed through both is harmless.
 */
@SuppressWarnings("deprecation") // CloseableResource is deprecated from JUnit 5.13 on
final class ServerResource implements ExtensionContext.Store.CloseableResource, AutoCloseable {

  private final FakeOktaServer server;
  private final Settings settings;
  private final FakeOktaExtension owner;
  private final boolean classScoped;
  private final Map<String, String> previousProperties;
  private final AtomicBoolean closed = new AtomicBoolean();

  private final AutoCloseable jvmTrust;

  private ServerResource(
      FakeOktaServer server,
      Settings settings,
      FakeOktaExtension owner,
      boolean classScoped,
      Map<String, String> previousProperties,
      AutoCloseable jvmTrust) {
    this.jvmTrust = jvmTrust;
    this.server = server;
    this.settings = settings;
    this.owner = owner;
    this.classScoped = classScoped;
    this.previousProperties = previousProperties;
  }

  static ServerResource start(Settings settings, FakeOktaExtension owner, boolean classScoped) {
    FakeOktaServer server = settings.serverBuilder().start();
    Map<String, String> previous = new LinkedHashMap<>();
    AutoCloseable trust = null;
    try {
      if (settings.systemProperties()) {
        FakeOktaProperties.of(server)
            .forEach((name, value) -> previous.put(name, System.setProperty(name, value)));
      }
      if (settings.trustInJvm()) {
        trust = server.tls().trustInJvm();
      }
    } catch (RuntimeException e) {
      restore(previous);
      server.close();
      throw e;
    }
    return new ServerResource(server, settings, owner, classScoped, previous, trust);
  }

  FakeOktaServer server() {
    return server;
  }

  Settings settings() {
    return settings;
  }

  boolean isOwnedBy(FakeOktaExtension extension) {
    return owner == extension;
  }

  /** Whether the fake lives as long as a test class ({@code false}: as long as one test). */
  boolean isClassScoped() {
    return classScoped;
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        restore(previousProperties);
        if (jvmTrust != null) {
          jvmTrust.close();
        }
      } catch (Exception e) {
        throw new IllegalStateException("FakeOkta could not undo its JVM-wide trust", e);
      } finally {
        server.close();
      }
    }
  }

  private static void restore(Map<String, String> previous) {
    previous.forEach(
        (name, value) -> {
          if (value == null) {
            System.clearProperty(name);
          } else {
            System.setProperty(name, value);
          }
        });
  }
}
