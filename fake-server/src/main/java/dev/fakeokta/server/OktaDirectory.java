package dev.fakeokta.server;

import dev.fakeokta.server.internal.Ids;
import dev.fakeokta.server.internal.mgmt.Directory;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The fake org's directory behind its management API ({@code /api/v1/users}, {@code groups}, {@code
 * apps}, {@code logs}, {@code meta/schemas}): users, groups, apps, API tokens and the System Log,
 * in memory. Get it from {@link FakeOktaServer#directory()}.
 *
 * <pre>{@code
 * okta.directory().seed(DirectorySeed.builder()
 *     .user("alice@example.com", "Alice", "Liddell")
 *     .group("Engineering", "alice@example.com")
 *     .build());
 * client = Clients.builder().setOrgUrl(okta.orgUrl())
 *     .setClientCredentials(new TokenClientCredentials(okta.directory().apiToken())) ...
 * }</pre>
 *
 * <p>Requests authenticate with {@code Authorization: SSWS <token>}: {@link #DEFAULT_API_TOKEN}
 * works in every fake, {@link #createApiToken()} makes more and {@link #revokeApiToken(String)}
 * stops one at once. The seed is the baseline: {@link FakeOktaServer#reset()} (or {@link #reset()})
 * brings back exactly the seeded users, groups, apps and tokens and empties the System Log.
 *
 * <p>This class is thread-safe.
 */
public final class OktaDirectory {

  /**
   * The API token every fake accepts ({@code Authorization: SSWS 00FakeOkta...}) until it is
   * revoked; a reset brings it back. It is not a secret: it only opens fakes.
   */
  public static final String DEFAULT_API_TOKEN = Directory.DEFAULT_API_TOKEN;

  private final Directory directory;

  OktaDirectory(Directory directory) {
    this.directory = directory;
  }

  /**
   * Makes {@code seed} the baseline and goes back to it at once: everything created since is gone.
   *
   * @param seed the users, groups, apps and tokens to start from; must not be {@code null}
   * @return this directory
   */
  public OktaDirectory seed(DirectorySeed seed) {
    Objects.requireNonNull(seed, "seed must not be null; use DirectorySeed.empty() for none");
    directory.seed(seed);
    return this;
  }

  /**
   * Makes the seed in a JSON file the baseline; see {@link DirectorySeed#fromJson(Path)}.
   *
   * @param json the seed file; must not be {@code null}
   * @return this directory
   * @throws IllegalArgumentException naming the bad field if the file is not a valid seed
   */
  public OktaDirectory seed(Path json) {
    return seed(DirectorySeed.fromJson(json));
  }

  /**
   * Goes back to the seeded baseline and empties the System Log. {@link FakeOktaServer#reset()}
   * does this too.
   *
   * @return this directory
   */
  public OktaDirectory reset() {
    directory.reset();
    return this;
  }

  /**
   * The default API token, {@link #DEFAULT_API_TOKEN}.
   *
   * @return the token
   */
  public String apiToken() {
    return DEFAULT_API_TOKEN;
  }

  /**
   * Creates another API token; it works until revoked or until the next reset.
   *
   * @return the new token, 42 characters starting with {@code 00}
   */
  public String createApiToken() {
    String token = ("00" + Ids.random(30).replaceAll("[^A-Za-z0-9]", "x")).substring(0, 42);
    directory.addApiToken(token);
    return token;
  }

  /**
   * Revokes an API token: from the next request on, it gets 401 {@code E0000011}. A reset brings
   * back the seeded tokens.
   *
   * @param token the token; must not be {@code null}
   * @return {@code true} if the token was valid
   */
  public boolean revokeApiToken(String token) {
    Objects.requireNonNull(token, "token must not be null");
    return directory.revokeApiToken(token);
  }

  /**
   * The status of a user, e.g. {@code ACTIVE} or {@code DEPROVISIONED}.
   *
   * @param idOrLogin the user's id or login (case-insensitive); must not be {@code null}
   * @return the status, or empty if there is no such user
   */
  public Optional<String> userStatus(String idOrLogin) {
    Objects.requireNonNull(idOrLogin, "idOrLogin must not be null");
    return directory.userStatus(idOrLogin);
  }

  /**
   * The id of a user.
   *
   * @param login the user's login (case-insensitive) or id; must not be {@code null}
   * @return the id, e.g. {@code 00u000001abcdefghijk}, or empty if there is no such user
   */
  public Optional<String> userId(String login) {
    Objects.requireNonNull(login, "login must not be null");
    return directory.userId(login);
  }

  /**
   * How many users exist, in any status (deactivated ones included until deleted).
   *
   * @return the count
   */
  public int userCount() {
    return directory.userCount();
  }

  /** The internal directory, for the fake's own wiring and tests. */
  Directory internal() {
    return directory;
  }

  @Override
  public String toString() {
    return "OktaDirectory[" + directory.userCount() + " users]";
  }
}
