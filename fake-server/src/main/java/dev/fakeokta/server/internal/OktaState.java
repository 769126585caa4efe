package dev.fakeokta.server.internal;

import dev.fakeokta.server.FakeClock;
import dev.fakeokta.server.FakeOktaConfig;
import dev.fakeokta.server.OktaErrorCatalogue;
import dev.fakeokta.server.internal.ratelimit.RateLimiter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything a running fake knows beyond WireMock's stubs: its catalogue, its clock and its
 * scripts. Shared by the WireMock extensions of one server.
 */
public final class OktaState {

  private final OktaErrorCatalogue catalogue;
  private final FakeClock clock;
  private final List<ScriptState> scripts = new CopyOnWriteArrayList<>();
  private final List<Runnable> resetHooks = new CopyOnWriteArrayList<>();
  private final RateLimiter rateLimiter;

  /**
   * State for one server, with Okta's default rate limits.
   *
   * @param catalogue the error catalogue to serve statuses from
   * @param clock the fake's clock
   */
  public OktaState(OktaErrorCatalogue catalogue, FakeClock clock) {
    this(catalogue, clock, FakeOktaConfig.builder().build());
  }

  /**
   * State for one server.
   *
   * @param catalogue the error catalogue to serve statuses from
   * @param clock the fake's clock
   * @param config the configuration, for the rate limits
   */
  public OktaState(OktaErrorCatalogue catalogue, FakeClock clock, FakeOktaConfig config) {
    this.catalogue = catalogue;
    this.clock = clock;
    this.rateLimiter =
        new RateLimiter(clock, config.rateLimits(), config.concurrencyLimit(), config.retryAfter());
  }

  /**
   * The rate limiter.
   *
   * @return the limiter
   */
  public RateLimiter rateLimiter() {
    return rateLimiter;
  }

  /**
   * The catalogue.
   *
   * @return the catalogue
   */
  public OktaErrorCatalogue catalogue() {
    return catalogue;
  }

  /**
   * The clock.
   *
   * @return the clock
   */
  public FakeClock clock() {
    return clock;
  }

  /**
   * Registers a script; the newest script is asked first.
   *
   * @param script the script
   */
  public void addScript(ScriptState script) {
    scripts.add(0, script);
  }

  /**
   * Removes a script, e.g. through the admin API.
   *
   * @param script the script
   * @return {@code true} if it was registered
   */
  public boolean removeScript(ScriptState script) {
    return scripts.remove(script);
  }

  /**
   * The scripts, newest first.
   *
   * @return a live, thread-safe view
   */
  public List<ScriptState> scripts() {
    return scripts;
  }

  /**
   * Registers something to run on every {@link #reset()}, after the scripts, clock and rate limits
   * are reset.
   *
   * @param hook the hook; must be cheap
   */
  public void addResetHook(Runnable hook) {
    resetHooks.add(hook);
  }

  /**
   * Forgets every script, puts the clock back on the system clock, resets the rate limits to their
   * configuration and runs the reset hooks.
   */
  public void reset() {
    scripts.clear();
    clock.reset();
    rateLimiter.reset();
    resetHooks.forEach(Runnable::run);
  }
}
