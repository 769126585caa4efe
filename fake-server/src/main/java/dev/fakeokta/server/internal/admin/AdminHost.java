package dev.fakeokta.server.internal.admin;

import dev.fakeokta.server.OktaDirectory;
import dev.fakeokta.server.RateLimits;
import dev.fakeokta.server.ServedRequest;
import dev.fakeokta.server.SigningKeys;
import dev.fakeokta.server.Tokens;
import java.util.List;

/** What the admin API needs from the server it belongs to, beyond its {@code OktaState}. */
public interface AdminHost {

  /** Forgets everything a test did, as {@code FakeOktaServer.reset()} does. */
  void reset();

  /**
   * The journal, oldest first.
   *
   * @return the served requests
   */
  List<ServedRequest> journal();

  /** Empties the journal and nothing else. */
  void clearJournal();

  /**
   * The server's tokens.
   *
   * @return the tokens
   */
  Tokens tokens();

  /**
   * The default authorization server's signing keys.
   *
   * @return the keys
   */
  SigningKeys keys();

  /**
   * The server's rate limits.
   *
   * @return the rate limits
   */
  RateLimits rateLimits();

  /**
   * The server's directory (users, groups, apps, API tokens).
   *
   * @return the directory
   */
  OktaDirectory directory();
}
