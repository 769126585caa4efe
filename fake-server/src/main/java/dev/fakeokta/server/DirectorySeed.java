package dev.fakeokta.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The users, groups, apps and API tokens a fake's {@linkplain OktaDirectory directory} starts with,
 * and goes back to on {@link FakeOktaServer#reset()}. Build one in a test:
 *
 * <pre>{@code
 * okta.directory().seed(DirectorySeed.builder()
 *     .user("alice@example.com", "Alice", "Liddell")
 *     .user("bob@example.com", "Bob", "Builder", "SUSPENDED")
 *     .group("Engineering", "alice@example.com")
 *     .app("Wiki", "alice@example.com")
 *     .build());
 * }</pre>
 *
 * <p>or load it from a JSON file with {@link #fromJson(Path)}:
 *
 * <pre>{@code
 * {
 *   "apiTokens": ["00my-extra-token"],
 *   "users": [
 *     {"id": "00u1alice00000000000", "status": "ACTIVE", "password": true,
 *      "profile": {"login": "alice@example.com", "firstName": "Alice", "lastName": "Liddell",
 *                  "email": "alice@example.com", "department": "R&D"}}
 *   ],
 *   "groups": [{"name": "Engineering", "description": "Builders", "members": ["alice@example.com"]}],
 *   "apps": [{"label": "Wiki", "users": ["alice@example.com"]}]
 * }
 * }</pre>
 *
 * <p>{@code id} (Okta-shaped ids are generated when absent), {@code status} (default {@code
 * ACTIVE}), {@code password} (default {@code true}: the user has a password), {@code profile.email}
 * (default: the login), {@code description} and {@code members}/{@code users} (by login or id) are
 * optional. Members must name seeded users.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DirectorySeed {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> STATUSES =
      Set.of(
          "STAGED",
          "PROVISIONED",
          "ACTIVE",
          "RECOVERY",
          "PASSWORD_EXPIRED",
          "LOCKED_OUT",
          "SUSPENDED",
          "DEPROVISIONED");

  private final String json;

  private DirectorySeed(String json) {
    this.json = json;
  }

  /**
   * A seed with no users, groups or apps (the default): only the default API token works.
   *
   * @return the empty seed
   */
  public static DirectorySeed empty() {
    return builder().build();
  }

  /**
   * A builder for a seed.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a seed from a JSON file in the format shown above.
   *
   * @param file the file; must not be {@code null}
   * @return the seed
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if the JSON is malformed or a field is invalid; the message
   *     names the field, e.g. {@code users[2].profile.login}
   */
  public static DirectorySeed fromJson(Path file) {
    Objects.requireNonNull(file, "file must not be null");
    try {
      return fromJson(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the directory seed " + file, e);
    }
  }

  /**
   * Reads a seed from JSON text in the format shown above.
   *
   * @param json the JSON; must not be {@code null}
   * @return the seed
   * @throws IllegalArgumentException if the JSON is malformed or a field is invalid; the message
   *     names the field
   */
  public static DirectorySeed fromJson(String json) {
    Objects.requireNonNull(json, "json must not be null");
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "The directory seed is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("The directory seed must be a JSON object");
    }
    return new DirectorySeed(MAPPER.valueToTree(normalise((ObjectNode) root)).toString());
  }

  /**
   * The seed as normalised JSON (every default filled in), the format {@link #fromJson(String)}
   * reads.
   *
   * @return the JSON text
   */
  public String toJson() {
    return json;
  }

  private static ObjectNode normalise(ObjectNode root) {
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!Set.of("apiTokens", "users", "groups", "apps").contains(name)) {
        throw new IllegalArgumentException(
            "Unknown field '"
                + name
                + "' in the directory seed; use apiTokens, users, groups, apps");
      }
    }
    ObjectNode out = MAPPER.createObjectNode();
    ArrayNode tokens = out.putArray("apiTokens");
    for (JsonNode token : array(root, "apiTokens")) {
      if (!token.isTextual() || token.asText().isBlank() || token.asText().contains(" ")) {
        throw new IllegalArgumentException(
            "apiTokens must hold non-blank strings without spaces, was " + token);
      }
      tokens.add(token.asText());
    }
    Set<String> keys = new HashSet<>();
    ArrayNode users = out.putArray("users");
    int i = 0;
    for (JsonNode user : array(root, "users")) {
      String at = "users[" + i++ + "]";
      JsonNode profile = user.path("profile");
      if (!profile.isObject()) {
        throw new IllegalArgumentException(at + ".profile must be an object");
      }
      ObjectNode normal = users.addObject();
      String id = optionalText(user, "id", at);
      if (id != null) {
        requireId(id, "00u", at + ".id");
        normal.put("id", id);
      }
      String status = optionalText(user, "status", at);
      status = status == null ? "ACTIVE" : status.toUpperCase(Locale.ROOT);
      if (!STATUSES.contains(status)) {
        throw new IllegalArgumentException(at + ".status must be one of " + STATUSES);
      }
      normal.put("status", status);
      normal.put("password", !user.has("password") || user.get("password").asBoolean());
      ObjectNode copy = profile.deepCopy();
      for (String field : new String[] {"login", "firstName", "lastName"}) {
        if (!copy.path(field).isTextual() || copy.path(field).asText().isBlank()) {
          throw new IllegalArgumentException(at + ".profile." + field + " must not be blank");
        }
      }
      if (!copy.path("email").isTextual()) {
        copy.put("email", copy.get("login").asText());
      }
      String login = copy.get("login").asText().toLowerCase(Locale.ROOT);
      if (!keys.add(login) || (id != null && !keys.add(id.toLowerCase(Locale.ROOT)))) {
        throw new IllegalArgumentException(
            at + ".profile.login (or id) repeats an earlier user: " + login);
      }
      normal.set("profile", copy);
    }
    out.set("groups", members(root, "groups", "name", "members", "00g", keys));
    out.set("apps", members(root, "apps", "label", "users", "0oa", keys));
    return out;
  }

  private static ArrayNode members(
      ObjectNode root,
      String kind,
      String nameField,
      String listField,
      String prefix,
      Set<String> keys) {
    ArrayNode out = MAPPER.createArrayNode();
    Set<String> names = new HashSet<>();
    int i = 0;
    for (JsonNode item : array(root, kind)) {
      String at = kind + "[" + i++ + "]";
      String name = optionalText(item, nameField, at);
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException(at + "." + nameField + " must not be blank");
      }
      if (!names.add(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(at + "." + nameField + " repeats: " + name);
      }
      ObjectNode normal = out.addObject();
      String id = optionalText(item, "id", at);
      if (id != null) {
        requireId(id, prefix, at + ".id");
        normal.put("id", id);
      }
      normal.put(nameField, name);
      String description = optionalText(item, "description", at);
      if (description != null) {
        normal.put("description", description);
      }
      String appName = optionalText(item, "name", at);
      if (kind.equals("apps")) {
        normal.put("name", appName == null ? "bookmark" : appName);
      }
      ArrayNode list = normal.putArray(listField);
      int j = 0;
      for (JsonNode member : array(item, listField)) {
        String where = at + "." + listField + "[" + j++ + "]";
        if (!member.isTextual() || !keys.contains(member.asText().toLowerCase(Locale.ROOT))) {
          throw new IllegalArgumentException(
              where + " must be the login or id of a seeded user, was " + member);
        }
        list.add(member.asText());
      }
    }
    return out;
  }

  private static Iterable<JsonNode> array(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return MAPPER.createArrayNode();
    }
    if (!value.isArray()) {
      throw new IllegalArgumentException(field + " must be a JSON array");
    }
    return value;
  }

  private static String optionalText(JsonNode node, String field, String at) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(at + "." + field + " must be a string");
    }
    return value.asText();
  }

  private static void requireId(String id, String prefix, String at) {
    if (!id.matches(prefix + "[A-Za-z0-9]{1,30}")) {
      throw new IllegalArgumentException(
          at + " must look like an Okta id: " + prefix + " then letters and digits, was " + id);
    }
  }

  @Override
  public String toString() {
    return "DirectorySeed" + json;
  }

  /** Builds a {@link DirectorySeed}. This class is not thread-safe. */
  public static final class Builder {

    private final ObjectNode root = MAPPER.createObjectNode();

    private Builder() {
      root.putArray("apiTokens");
      root.putArray("users");
      root.putArray("groups");
      root.putArray("apps");
    }

    /**
     * Adds an {@code ACTIVE} user with a password, whose email is the login.
     *
     * @param login the login, e.g. {@code alice@example.com}
     * @param firstName the first name
     * @param lastName the last name
     * @return this builder
     */
    public Builder user(String login, String firstName, String lastName) {
      return user(login, firstName, lastName, "ACTIVE");
    }

    /**
     * Adds a user in a given status, with a password, whose email is the login.
     *
     * @param login the login
     * @param firstName the first name
     * @param lastName the last name
     * @param status one of Okta's user statuses: {@code STAGED}, {@code PROVISIONED}, {@code
     *     ACTIVE}, {@code RECOVERY}, {@code PASSWORD_EXPIRED}, {@code LOCKED_OUT}, {@code
     *     SUSPENDED}, {@code DEPROVISIONED}
     * @return this builder
     */
    public Builder user(String login, String firstName, String lastName, String status) {
      ObjectNode user = ((ArrayNode) root.get("users")).addObject();
      user.put("status", status);
      ObjectNode profile = user.putObject("profile");
      profile.put("login", login);
      profile.put("firstName", firstName);
      profile.put("lastName", lastName);
      profile.put("email", login);
      return this;
    }

    /**
     * Adds a user from its JSON, as in a seed file's {@code users} array.
     *
     * @param json e.g. {@code {"status":"STAGED","profile":{"login":...}}}
     * @return this builder
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public Builder userJson(String json) {
      ((ArrayNode) root.get("users")).add(object(json));
      return this;
    }

    /**
     * Adds an Okta group.
     *
     * @param name the group's name
     * @param members the logins (or ids) of seeded users in the group
     * @return this builder
     */
    public Builder group(String name, String... members) {
      ObjectNode group = ((ArrayNode) root.get("groups")).addObject();
      group.put("name", name);
      ArrayNode list = group.putArray("members");
      for (String member : members) {
        list.add(member);
      }
      return this;
    }

    /**
     * Adds a bookmark app.
     *
     * @param label the app's label
     * @param assigned the logins (or ids) of seeded users assigned to it
     * @return this builder
     */
    public Builder app(String label, String... assigned) {
      ObjectNode app = ((ArrayNode) root.get("apps")).addObject();
      app.put("label", label);
      ArrayNode list = app.putArray("users");
      for (String user : assigned) {
        list.add(user);
      }
      return this;
    }

    /**
     * Adds an API token that works with {@code Authorization: SSWS <token>}, besides {@link
     * OktaDirectory#DEFAULT_API_TOKEN}.
     *
     * @param token the token; no spaces
     * @return this builder
     */
    public Builder apiToken(String token) {
      ((ArrayNode) root.get("apiTokens")).add(token);
      return this;
    }

    /**
     * Builds the seed.
     *
     * @return the seed
     * @throws IllegalArgumentException naming the bad field
     */
    public DirectorySeed build() {
      return fromJson(root.toString());
    }

    private static ObjectNode object(String json) {
      Objects.requireNonNull(json, "json must not be null");
      try {
        JsonNode node = MAPPER.readTree(json);
        if (node instanceof ObjectNode object) {
          return object;
        }
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("Not valid JSON: " + e.getOriginalMessage(), e);
      }
      throw new IllegalArgumentException("Must be a JSON object: " + json);
    }
  }
}
