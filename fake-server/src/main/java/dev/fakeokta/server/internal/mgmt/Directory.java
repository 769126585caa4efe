package dev.fakeokta.server.internal.mgmt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakeokta.server.DirectorySeed;
import dev.fakeokta.server.FakeClock;
import dev.fakeokta.server.internal.Ids;
import dev.fakeokta.server.internal.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The org's users, groups, apps and API tokens, in memory, with Okta's rules. Every method is
 * synchronized on this object: the management API is a small, consistent world.
 */
public final class Directory {

  /** The API token every fake accepts until it is revoked (and again after a reset). */
  public static final String DEFAULT_API_TOKEN = "00FakeOktaDefaultApiToken00000000000000000";

  static final String USER_TYPE_ID = "oty1fakeoktadefault0";

  /** A user. */
  static final class User {
    final String id;
    String status;
    Instant created;
    Instant activated;
    Instant statusChanged;
    Instant lastLogin;
    Instant lastUpdated;
    Instant passwordChanged;
    ObjectNode profile;
    boolean password;

    User(String id) {
      this.id = id;
    }

    String login() {
      return profile.path("login").asText();
    }
  }

  /** An Okta group. */
  static final class Group {
    final String id;
    String name;
    String description;
    Instant created;
    Instant lastUpdated;
    Instant lastMembershipUpdated;
    final Set<String> members = new LinkedHashSet<>();

    Group(String id) {
      this.id = id;
    }
  }

  /** An app and its assignments (user id to assignment time). */
  static final class App {
    final String id;
    String label;
    String name;
    Instant created;
    final Map<String, Instant> assigned = new LinkedHashMap<>();

    App(String id) {
      this.id = id;
    }
  }

  private final FakeClock clock;
  private final Supplier<String> orgUrl;
  private final SystemLog log;
  private volatile BearerTokenValidator bearerTokens;
  private JsonNode baseline = parse(DirectorySeed.empty().toJson());
  private final Set<String> apiTokens = new HashSet<>();
  final TreeMap<String, User> users = new TreeMap<>();
  final TreeMap<String, Group> groups = new TreeMap<>();
  final TreeMap<String, App> apps = new TreeMap<>();
  private long sequence;

  /**
   * The directory for one server, empty but for the default API token.
   *
   * @param clock the fake's clock
   * @param orgUrl the org URL, for {@code _links}; read when rendering
   * @param log the System Log
   */
  public Directory(FakeClock clock, Supplier<String> orgUrl, SystemLog log) {
    this.clock = clock;
    this.orgUrl = orgUrl;
    this.log = log;
    reset();
  }

  /**
   * Makes {@code seed} the baseline and goes back to it.
   *
   * @param seed the new baseline
   */
  public synchronized void seed(DirectorySeed seed) {
    this.baseline = parse(seed.toJson());
    reset();
  }

  /** Goes back to the seeded baseline: users, groups, apps, API tokens; empties the System Log. */
  public synchronized void reset() {
    users.clear();
    groups.clear();
    apps.clear();
    apiTokens.clear();
    apiTokens.add(DEFAULT_API_TOKEN);
    log.clear();
    JsonNode root = baseline;
    root.path("apiTokens").forEach(token -> apiTokens.add(token.asText()));
    Instant now = clock.instant();
    for (JsonNode seeded : root.path("users")) {
      String id = seeded.has("id") ? seeded.get("id").asText() : newId("00u");
      User user = new User(id);
      user.status = seeded.get("status").asText();
      user.profile = (ObjectNode) seeded.get("profile").deepCopy();
      user.password = seeded.get("password").asBoolean();
      user.created = now;
      user.lastUpdated = now;
      user.statusChanged = user.status.equals("STAGED") ? null : now;
      user.activated = Set.of("STAGED", "PROVISIONED").contains(user.status) ? null : now;
      user.passwordChanged = user.password ? now : null;
      users.put(id, user);
    }
    for (JsonNode seeded : root.path("groups")) {
      Group group = new Group(seeded.has("id") ? seeded.get("id").asText() : newId("00g"));
      group.name = seeded.get("name").asText();
      group.description = seeded.path("description").asText(null);
      group.created = now;
      group.lastUpdated = now;
      group.lastMembershipUpdated = now;
      seeded.path("members").forEach(m -> group.members.add(findUser(m.asText()).orElseThrow().id));
      groups.put(group.id, group);
    }
    for (JsonNode seeded : root.path("apps")) {
      App app = new App(seeded.has("id") ? seeded.get("id").asText() : newId("0oa"));
      app.label = seeded.get("label").asText();
      app.name = seeded.get("name").asText();
      app.created = now;
      seeded
          .path("users")
          .forEach(m -> app.assigned.put(findUser(m.asText()).orElseThrow().id, now));
      apps.put(app.id, app);
    }
  }

  private static JsonNode parse(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException("The seed is not JSON", e);
    }
  }

  /**
   * A new Okta-shaped id: the prefix, a sequence (so ids sort in creation order) and random
   * characters, 20 characters in all.
   */
  synchronized String newId(String prefix) {
    String counter = Long.toString(++sequence, 36);
    String padded = "000000".substring(Math.min(6, counter.length())) + counter;
    String random = Ids.random(12).replaceAll("[^A-Za-z0-9]", "x");
    return (prefix + padded + random).substring(0, 20);
  }

  // --- API tokens and access tokens ---

  /**
   * Whether an API token works.
   *
   * @param token the token
   * @return {@code true} if it is the default token or an added one and not revoked
   */
  public synchronized boolean isApiTokenValid(String token) {
    return apiTokens.contains(token);
  }

  /**
   * Adds an API token.
   *
   * @param token the token
   */
  public synchronized void addApiToken(String token) {
    apiTokens.add(token);
  }

  /**
   * Revokes an API token at once.
   *
   * @param token the token
   * @return {@code true} if it was valid
   */
  public synchronized boolean revokeApiToken(String token) {
    return apiTokens.remove(token);
  }

  /**
   * Registers the judge of {@code Bearer} access tokens (the token work's seam).
   *
   * @param validator the validator, or {@code null} to reject every Bearer token
   */
  public void bearerTokenValidator(BearerTokenValidator validator) {
    this.bearerTokens = validator;
  }

  /**
   * The judge of {@code Bearer} access tokens.
   *
   * @return the validator, or {@code null} if none is registered
   */
  public BearerTokenValidator bearerTokenValidator() {
    return bearerTokens;
  }

  SystemLog log() {
    return log;
  }

  FakeClock clock() {
    return clock;
  }

  String orgUrl() {
    return orgUrl.get();
  }

  // --- lookups ---

  /**
   * A user by id or login (case-insensitive).
   *
   * @param idOrLogin the id or the login
   * @return the user
   */
  synchronized Optional<User> findUser(String idOrLogin) {
    User byId = users.get(idOrLogin);
    if (byId != null) {
      return Optional.of(byId);
    }
    String login = idOrLogin.toLowerCase(Locale.ROOT);
    return users.values().stream()
        .filter(u -> u.login().toLowerCase(Locale.ROOT).equals(login))
        .findFirst();
  }

  /**
   * The status of a user.
   *
   * @param idOrLogin the id or login
   * @return the status, e.g. {@code ACTIVE}, or empty if there is no such user
   */
  public synchronized Optional<String> userStatus(String idOrLogin) {
    return findUser(idOrLogin).map(u -> u.status);
  }

  /**
   * The id of a user.
   *
   * @param login the login (case-insensitive) or id
   * @return the id, or empty if there is no such user
   */
  public synchronized Optional<String> userId(String login) {
    return findUser(login).map(u -> u.id);
  }

  /**
   * How many users exist, in any status.
   *
   * @return the count
   */
  public synchronized int userCount() {
    return users.size();
  }

  User requireUser(String idOrLogin) {
    return findUser(idOrLogin).orElseThrow(() -> ApiFailure.notFound(idOrLogin, "User"));
  }

  Group requireGroup(String id) {
    Group group = groups.get(id);
    if (group == null) {
      throw ApiFailure.notFound(id, "UserGroup");
    }
    return group;
  }

  App requireApp(String id) {
    App app = apps.get(id);
    if (app == null) {
      throw ApiFailure.notFound(id, "AppInstance");
    }
    return app;
  }

  // --- rendering ---

  ObjectNode render(User user) {
    String base = orgUrl() + "/api/v1/users/" + user.id;
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", user.id);
    node.put("status", user.status);
    node.put("created", Times.iso(user.created));
    node.put("activated", Times.iso(user.activated));
    node.put("statusChanged", Times.iso(user.statusChanged));
    node.put("lastLogin", Times.iso(user.lastLogin));
    node.put("lastUpdated", Times.iso(user.lastUpdated));
    node.put("passwordChanged", Times.iso(user.passwordChanged));
    node.putObject("type").put("id", USER_TYPE_ID);
    node.set("profile", user.profile.deepCopy());
    ObjectNode credentials = node.putObject("credentials");
    if (user.password) {
      credentials.putObject("password");
    }
    ObjectNode provider = credentials.putObject("provider");
    provider.put("type", "OKTA");
    provider.put("name", "OKTA");
    ObjectNode links = node.putObject("_links");
    for (String action : lifecycleActions(user.status)) {
      ObjectNode link = links.putObject(action);
      link.put("href", base + "/lifecycle/" + action);
      link.put("method", "POST");
    }
    links.putObject("schema").put("href", orgUrl() + "/api/v1/meta/schemas/user/default");
    links.putObject("type").put("href", orgUrl() + "/api/v1/meta/types/user/" + USER_TYPE_ID);
    links.putObject("self").put("href", base);
    return node;
  }

  private static List<String> lifecycleActions(String status) {
    return switch (status) {
      case "STAGED" -> List.of("activate");
      case "PROVISIONED" -> List.of("reactivate", "deactivate");
      case "SUSPENDED" -> List.of("unsuspend", "deactivate");
      case "LOCKED_OUT" -> List.of("unlock", "deactivate");
      case "DEPROVISIONED" -> List.of("activate");
      default -> List.of("suspend", "deactivate");
    };
  }

  ObjectNode render(Group group) {
    String base = orgUrl() + "/api/v1/groups/" + group.id;
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", group.id);
    node.put("created", Times.iso(group.created));
    node.put("lastUpdated", Times.iso(group.lastUpdated));
    node.put("lastMembershipUpdated", Times.iso(group.lastMembershipUpdated));
    node.putArray("objectClass").add("okta:user_group");
    node.put("type", "OKTA_GROUP");
    ObjectNode profile = node.putObject("profile");
    profile.put("name", group.name);
    profile.put("description", group.description);
    ObjectNode links = node.putObject("_links");
    links.putObject("logo").put("href", orgUrl() + "/assets/img/logos/groups/okta-medium.png");
    links.putObject("users").put("href", base + "/users");
    links.putObject("apps").put("href", base + "/apps");
    links.putObject("self").put("href", base);
    return node;
  }

  ObjectNode render(App app) {
    String base = orgUrl() + "/api/v1/apps/" + app.id;
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", app.id);
    node.put("name", app.name);
    node.put("label", app.label);
    node.put("status", "ACTIVE");
    node.put("lastUpdated", Times.iso(app.created));
    node.put("created", Times.iso(app.created));
    ObjectNode accessibility = node.putObject("accessibility");
    accessibility.put("selfService", false);
    accessibility.putNull("errorRedirectUrl");
    accessibility.putNull("loginRedirectUrl");
    ObjectNode visibility = node.putObject("visibility");
    visibility.put("autoSubmitToolbar", false);
    ObjectNode hide = visibility.putObject("hide");
    hide.put("iOS", false);
    hide.put("web", false);
    visibility.putObject("appLinks").put("login", true);
    node.putArray("features");
    node.put("signOnMode", "BOOKMARK");
    ObjectNode credentials = node.putObject("credentials");
    ObjectNode template = credentials.putObject("userNameTemplate");
    template.put("template", "${source.login}");
    template.put("type", "BUILT_IN");
    credentials.putObject("signing");
    ObjectNode settings = node.putObject("settings");
    ObjectNode appSettings = settings.putObject("app");
    appSettings.put("requestIntegration", false);
    appSettings.put("url", "https://example.com/" + app.id);
    ObjectNode links = node.putObject("_links");
    links.putObject("users").put("href", base + "/users");
    links.putObject("groups").put("href", base + "/groups");
    links.putObject("self").put("href", base);
    return node;
  }

  ObjectNode renderAssignment(App app, User user, Instant assigned) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", user.id);
    node.putNull("externalId");
    node.put("created", Times.iso(assigned));
    node.put("lastUpdated", Times.iso(assigned));
    node.put("scope", "USER");
    node.put("status", "ACTIVE");
    node.put("statusChanged", Times.iso(assigned));
    node.putNull("passwordChanged");
    node.put("syncState", "DISABLED");
    node.putObject("credentials").put("userName", user.login());
    node.putObject("profile");
    ObjectNode links = node.putObject("_links");
    links.putObject("app").put("href", orgUrl() + "/api/v1/apps/" + app.id);
    links.putObject("user").put("href", orgUrl() + "/api/v1/users/" + user.id);
    return node;
  }

  ArrayNode array(List<ObjectNode> nodes) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    nodes.forEach(array::add);
    return array;
  }

  List<User> usersSnapshot() {
    return new ArrayList<>(users.values());
  }
}
