package dev.fakeokta.server.internal;

import dev.fakeokta.server.FakeClock;
import dev.fakeokta.server.OktaErrorCatalogue;
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

  /**
   * State for one server.
   *
   * @param catalogue the error catalogue to serve statuses from
   * @param clock the fake's clock
   */
  public OktaState(OktaErrorCatalogue catalogue, FakeClock clock) {
    this.catalogue = catalogue;
    this.clock = clock;
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

  /** Forgets every script and puts the clock back on the system clock. */
  public void reset() {
    scripts.clear();
    clock.reset();
  }
}
