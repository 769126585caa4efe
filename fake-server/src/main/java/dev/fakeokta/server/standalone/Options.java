package dev.fakeokta.server.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.RSAKey;
import dev.fakeokta.server.AuthorizationConfig;
import dev.fakeokta.server.DirectorySeed;
import dev.fakeokta.server.FakeOktaConfig;
import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.OAuthClient;
import dev.fakeokta.server.RateLimitBucket;
import dev.fakeokta.server.ResourceOwner;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runner's options, from flags and a JSON config file. Flags win over the file, the file over
 * the defaults. Every problem is a {@link UsageException} that names the flag or the file and key.
 *
 * <p>The config file is one JSON object. Each top-level key is one {@link ConfigKey}: today the
 * server options; new features (authorization servers, clients, users and groups, rate limits,
 * token lifetime, a fixed signing key) add one entry to {@link #CONFIG_KEYS} each, which validates
 * its JSON at once (naming the key in a {@link UsageException}) and adds a {@link Customizer} that
 * applies it to the builder.
 */
final class Options {

  static final String HELP =
      """
      Usage: java -jar fake-okta-server-<version>-standalone.jar [options]

      Starts a fake Okta org on 127.0.0.1 (HTTPS and plain HTTP), prints its URLs and the CA
      certificate to trust, and serves until stopped (Ctrl-C or SIGTERM).

      Options:
        --port N                 plain-HTTP port (default 0: a free port)
        --https-port N           HTTPS port (default 0: a free port)
        --no-https               serve plain HTTP only; the org URL is then the HTTP URL
        --bind ADDRESS           address to listen on (default 127.0.0.1); anything but
                                 loopback exposes the fake to the network, and then the
                                 admin API needs a token (generated and printed if not given)
        --admin-token TOKEN      protect everything under /__admin/ with this token: requests
                                 need "Authorization: Bearer TOKEN" (16+ visible characters;
                                 the config key keeps it out of the process list)
        --legacy-2019-statuses   answer with the HTTP statuses of Okta's 2019 error table
        --journal-limit N        requests kept in the journal (default 10000)
        --signing-key FILE       sign with this RSA private JWK (a JWK JSON file, or a JWK
                                 set of one key; needs a kid, >= 2048 bits) instead of a key
                                 generated per run: the same JWKS and kid in every run
        --directory FILE         seed users, groups, apps and API tokens from this JSON file
                                 (DirectorySeed's format; see the README)
        --config FILE            a JSON config file; flags override its values
        -h, --help               print this help and exit

      Config file (every key optional):
        {"port": 8080, "httpsPort": 8443, "https": true, "bind": "127.0.0.1",
         "legacy2019Statuses": false, "journalLimit": 10000, "adminToken": "...",
         "scripts": [{"request": {"method": "GET", "path": "/api/v1/users"},
                      "steps": [{"times": 2, "oktaError": {"code": "E0000047"}}]}]}
        ("scripts" takes what POST /__admin/fakeokta/scripts takes, and applies it at start)
      Authorization and rate limits (every key optional):
        {"authorizationServers": {"payments": "api://payments"},
         "accessTokenLifetime": "PT1H", "idTokenLifetime": "PT1H", "refreshTokenLifetime": "P90D",
         "rateLimits": {"USERS": {"limit": 600, "window": "PT1M"}},
         "concurrencyLimit": 75, "retryAfter": true}
      Keys, clients and users (every key optional; paths are relative to the config file):
        {"signingKey": "signing-key.json",
         "clients": [{"clientId": "0oaservice", "secret": "s3cret",
                      "grantTypes": ["client_credentials"], "scopes": ["orders.read"]},
                     {"clientId": "0oaspa", "grantTypes": ["authorization_code"],
                      "redirectUris": ["http://localhost:3000/callback"]},
                     {"clientId": "0oajwt", "publicJwk": {"kty": "RSA", "n": "...", "e": "AQAB"}}],
         "users": [{"id": "00ubob", "login": "bob@example.com", "password": "Passw0rd!",
                    "givenName": "Bob", "familyName": "Builder"}],
         "directory": "seed.json"}
        ("clients": secret for client_secret_basic/post, publicJwk for private_key_jwt, neither
         for a public PKCE client; grantTypes default ["client_credentials"], scopes [] = any.
         "users": who the password grant and /v1/authorize know, besides alice@example.com.
         "directory": a DirectorySeed file, or the seed object inline, loaded at start)

      Admin API: <org URL>/__admin/fakeokta/ (scripts and faults, rate limits, directory,
      clock, tokens, keys, journal, reset);
      its OpenAPI document is at <org URL>/__admin/fakeokta/openapi.json.
      Exit codes: 0 stopped cleanly (or --help), 1 could not start, 2 bad option or config file.
      """;

  /** One top-level key of the config file, applied to the options. */
  @FunctionalInterface
  interface ConfigKey {
    void apply(Options options, JsonNode value, String where) throws UsageException;
  }

  /** What one feature section of the config file does to the server builder. */
  @FunctionalInterface
  interface Customizer {
    void apply(FakeOktaServer.Builder builder);
  }

  static final Map<String, ConfigKey> CONFIG_KEYS = configKeys();

  /** Feature sections of the config file, applied after the server options, in file order. */
  final List<Customizer> customizers = new ArrayList<>();

  /** The authorization settings of the config file, if it has any. */
  AuthorizationConfig.Builder authorization;

  /** What the config file does once the fake runs (its scripts), in file order. */
  final List<java.util.function.Consumer<FakeOktaServer>> afterStart = new ArrayList<>();

  Integer port;
  Integer httpsPort;
  Boolean https;
  String bind;
  Boolean legacy2019Statuses;
  Integer journalLimit;
  String adminToken;
  Path config;
  boolean help;

  /** The fixed signing key (--signing-key or "signingKey"), or null for one per run. */
  RSAKey signingKey;

  /** The directory seed (--directory or "directory"), applied once the fake runs, or null. */
  DirectorySeed directory;

  /** The directory relative paths in the config file are resolved against. */
  private Path configDir = Path.of("");

  private Options() {}

  /**
   * Parses the command line, then the config file it names (if any), flags winning.
   *
   * @param args the arguments
   * @return the options
   * @throws UsageException naming the bad flag, file or key
   */
  static Options parse(List<String> args) throws UsageException {
    Options flags = new Options();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String name = arg;
      String inline = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        inline = arg.substring(eq + 1);
      }
      switch (name) {
        case "-h", "--help" -> flags.help = true;
        case "--no-https" -> flags.https = noValue(name, inline, false);
        case "--legacy-2019-statuses" -> flags.legacy2019Statuses = noValue(name, inline, true);
        case "--port",
            "--https-port",
            "--bind",
            "--journal-limit",
            "--admin-token",
            "--config",
            "--signing-key",
            "--directory" -> {
          String value = inline;
          if (value == null) {
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
              throw new UsageException(name + " needs a value; see --help");
            }
            value = args.get(++i);
          }
          switch (name) {
            case "--port" -> flags.port = port(name, value);
            case "--https-port" -> flags.httpsPort = port(name, value);
            case "--bind" -> flags.bind = bind(name, value);
            case "--journal-limit" -> flags.journalLimit = journalLimit(name, value);
            case "--signing-key" -> flags.signingKey = signingKey(name, Path.of(value));
            case "--directory" -> flags.directory = directoryFile(name, Path.of(value));
            case "--admin-token" -> flags.adminToken = adminToken(name, value);
            default -> flags.config = Path.of(value);
          }
        }
        default ->
            throw new UsageException(
                "unknown option "
                    + (arg.startsWith("-") ? name : "\"" + arg + "\"")
                    + "; see --help for the options");
      }
    }
    if (flags.help || flags.config == null) {
      return flags;
    }
    Options merged = readConfig(flags.config);
    merged.overrideWith(flags);
    return merged;
  }

  /**
   * The server these options describe, not yet started.
   *
   * @return the builder
   * @throws UsageException if the options contradict each other
   */
  FakeOktaServer.Builder builder() throws UsageException {
    FakeOktaServer.Builder builder = FakeOktaServer.builder();
    if (https != null) {
      builder.https(https);
    }
    if (https == Boolean.FALSE && httpsPort != null && httpsPort != 0) {
      throw new UsageException(
          "--https-port " + httpsPort + " cannot go with --no-https (or \"https\": false)");
    }
    if (port != null) {
      builder.port(port);
    }
    if (httpsPort != null) {
      builder.httpsPort(httpsPort);
    }
    if (bind != null) {
      builder.bindAddress(bind);
    }
    if (legacy2019Statuses != null) {
      builder.legacy2019Statuses(legacy2019Statuses);
    }
    if (journalLimit != null) {
      builder.journalLimit(journalLimit);
    }
    if (adminToken != null) {
      builder.adminToken(adminToken);
    }
    try {
      if (signingKey != null) {
        auth().signingKey(signingKey);
      }
      if (authorization != null) {
        builder.authorization(authorization.build());
      }
      for (Customizer customizer : customizers) {
        customizer.apply(builder);
      }
      builder.build(); // validates; the caller builds its own
    } catch (IllegalArgumentException e) {
      throw new UsageException("invalid options: " + e.getMessage());
    }
    return builder;
  }

  String bindAddress() {
    return bind == null ? FakeOktaConfig.DEFAULT_BIND_ADDRESS : bind;
  }

  private void overrideWith(Options flags) {
    if (flags.port != null) {
      port = flags.port;
    }
    if (flags.httpsPort != null) {
      httpsPort = flags.httpsPort;
    }
    if (flags.https != null) {
      https = flags.https;
    }
    if (flags.bind != null) {
      bind = flags.bind;
    }
    if (flags.legacy2019Statuses != null) {
      legacy2019Statuses = flags.legacy2019Statuses;
    }
    if (flags.journalLimit != null) {
      journalLimit = flags.journalLimit;
    }
    if (flags.signingKey != null) {
      signingKey = flags.signingKey;
    }
    if (flags.directory != null) {
      directory = flags.directory;
    }
    if (flags.adminToken != null) {
      adminToken = flags.adminToken;
    }
    config = flags.config;
    // flags carry no feature sections: the file's customizers stay
  }

  private static Options readConfig(Path file) throws UsageException {
    String where = "--config " + file;
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new UsageException(where + ": no such file");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UsageException(
          where
              + ": not valid JSON ("
              + e.getOriginalMessage()
              + " at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ")");
    } catch (IOException e) {
      throw new UsageException(where + ": cannot read it (" + e.getMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new UsageException(where + ": must hold one JSON object, like {\"port\": 8080}");
    }
    Options options = new Options();
    Path parent = file.toAbsolutePath().getParent();
    options.configDir = parent == null ? Path.of("") : parent;
    Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      ConfigKey key = CONFIG_KEYS.get(field.getKey());
      if (key == null) {
        throw new UsageException(
            where
                + ": unknown key \""
                + field.getKey()
                + "\"; known keys: "
                + CONFIG_KEYS.keySet());
      }
      key.apply(options, field.getValue(), where + ": \"" + field.getKey() + "\"");
    }
    return options;
  }

  private static Map<String, ConfigKey> configKeys() {
    Map<String, ConfigKey> keys = new LinkedHashMap<>();
    keys.put("port", (o, v, where) -> o.port = port(where, integerText(v, where)));
    keys.put("httpsPort", (o, v, where) -> o.httpsPort = port(where, integerText(v, where)));
    keys.put("https", (o, v, where) -> o.https = bool(v, where));
    keys.put("bind", (o, v, where) -> o.bind = bind(where, text(v, where)));
    keys.put("legacy2019Statuses", (o, v, where) -> o.legacy2019Statuses = bool(v, where));
    keys.put(
        "journalLimit",
        (o, v, where) -> o.journalLimit = journalLimit(where, integerText(v, where)));
    keys.put("adminToken", (o, v, where) -> o.adminToken = adminToken(where, text(v, where)));
    keys.put(
        "authorizationServers",
        (o, v, where) -> {
          if (!v.isObject()) {
            throw new UsageException(
                where
                    + " must be an object of id to audience, like {\"payments\": \"api://payments\"}");
          }
          Iterator<Map.Entry<String, JsonNode>> servers = v.fields();
          while (servers.hasNext()) {
            Map.Entry<String, JsonNode> server = servers.next();
            String audience = text(server.getValue(), where + "." + server.getKey());
            valid(
                where + "." + server.getKey(),
                () -> o.auth().authorizationServer(server.getKey(), audience));
          }
        });
    keys.put(
        "accessTokenLifetime",
        (o, v, where) -> {
          Duration lifetime = duration(v, where);
          valid(where, () -> o.auth().accessTokenLifetime(lifetime));
        });
    keys.put(
        "idTokenLifetime",
        (o, v, where) -> {
          Duration lifetime = duration(v, where);
          valid(where, () -> o.auth().idTokenLifetime(lifetime));
        });
    keys.put(
        "refreshTokenLifetime",
        (o, v, where) -> {
          Duration lifetime = duration(v, where);
          valid(where, () -> o.auth().refreshTokenLifetime(lifetime));
        });
    keys.put(
        "rateLimits",
        (o, v, where) -> {
          if (!v.isObject()) {
            throw new UsageException(
                where
                    + " must be an object of bucket to limit, like {\"USERS\": {\"limit\": 10,"
                    + " \"window\": \"PT1M\"}}");
          }
          Iterator<Map.Entry<String, JsonNode>> buckets = v.fields();
          while (buckets.hasNext()) {
            Map.Entry<String, JsonNode> entry = buckets.next();
            String at = where + "." + entry.getKey();
            RateLimitBucket bucket;
            try {
              bucket = RateLimitBucket.valueOf(entry.getKey());
            } catch (IllegalArgumentException e) {
              throw new UsageException(
                  at
                      + " is not a bucket; buckets: "
                      + java.util.Arrays.toString(RateLimitBucket.values()));
            }
            JsonNode limit = entry.getValue();
            if (!limit.isObject() || !limit.has("limit")) {
              throw new UsageException(at + " must be like {\"limit\": 10, \"window\": \"PT1M\"}");
            }
            int count = Integer.parseInt(integerText(limit.get("limit"), at + ".limit"));
            Duration window =
                limit.has("window")
                    ? duration(limit.get("window"), at + ".window")
                    : Duration.ofMinutes(1);
            valid(at, () -> dev.fakeokta.server.RateLimit.of(count, window));
            o.customizers.add(b -> b.rateLimit(bucket, count, window));
          }
        });
    keys.put(
        "concurrencyLimit",
        (o, v, where) -> {
          int limit = Integer.parseInt(integerText(v, where));
          valid(where, () -> FakeOktaConfig.builder().concurrencyLimit(limit).build());
          o.customizers.add(b -> b.concurrencyLimit(limit));
        });
    keys.put(
        "retryAfter",
        (o, v, where) -> {
          boolean on = bool(v, where);
          o.customizers.add(b -> b.retryAfter(on));
        });
    keys.put(
        "scripts",
        (o, v, where) -> {
          try {
            o.afterStart.add(dev.fakeokta.server.internal.admin.ScriptFiles.parse(v));
          } catch (dev.fakeokta.server.internal.admin.BadAdminRequest e) {
            throw new UsageException(
                where.substring(0, where.length() - 1)
                    + (e.field() == null ? "" : e.field())
                    + "\": "
                    + e.reason());
          }
        });
    keys.put(
        "signingKey",
        (o, v, where) -> o.signingKey = signingKey(where, o.configDir.resolve(text(v, where))));
    keys.put("clients", Options::clients);
    keys.put("users", Options::users);
    keys.put(
        "directory",
        (o, v, where) -> {
          if (v.isTextual()) {
            o.directory = directoryFile(where, o.configDir.resolve(v.asText()));
          } else if (v.isObject()) {
            o.directory = directorySeed(where, v.toString());
          } else {
            throw new UsageException(
                where
                    + " must be the path of a seed file or a seed object, like {\"users\":"
                    + " [...], \"groups\": [...]}; was "
                    + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
          }
        });
    return keys;
  }

  private static final java.util.Set<String> CLIENT_FIELDS =
      java.util.Set.of("clientId", "secret", "publicJwk", "grantTypes", "scopes", "redirectUris");

  private static final java.util.Set<String> USER_FIELDS =
      java.util.Set.of("id", "login", "password", "givenName", "familyName");

  private static void clients(Options o, JsonNode v, String where) throws UsageException {
    if (!v.isArray()) {
      throw new UsageException(
          where + " must be a list of clients, like [{\"clientId\": \"0oa1\", \"secret\": \"s\"}]");
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < v.size(); i++) {
      String at = inside(where, "[" + i + "]");
      JsonNode c = v.get(i);
      knownFields(c, at, CLIENT_FIELDS);
      if (!c.has("clientId")) {
        throw new UsageException(at + " needs a \"clientId\"");
      }
      String id = text(c.get("clientId"), inside(at, ".clientId"));
      if (!ids.add(id)) {
        throw new UsageException(inside(at, ".clientId") + " repeats an earlier client: " + id);
      }
      OAuthClient.Builder client;
      try {
        client = OAuthClient.builder(id);
      } catch (IllegalArgumentException e) {
        throw new UsageException(inside(at, ".clientId") + ": " + e.getMessage());
      }
      if (c.has("secret")) {
        // never echo a secret: name the key only
        JsonNode secret = c.get("secret");
        if (!secret.isTextual() || secret.asText().isBlank()) {
          throw new UsageException(inside(at, ".secret") + " must be a non-blank string");
        }
        client.secret(secret.asText());
      }
      if (c.has("publicJwk")) {
        client.publicJwk(publicJwk(c.get("publicJwk"), inside(at, ".publicJwk")));
      }
      if (c.has("grantTypes")) {
        List<String> grants = strings(c.get("grantTypes"), inside(at, ".grantTypes"));
        for (int g = 0; g < grants.size(); g++) {
          if (!OAuthClient.ALL_GRANT_TYPES.contains(grants.get(g))) {
            throw new UsageException(
                inside(at, ".grantTypes[" + g + "]")
                    + ": unsupported grant type \""
                    + grants.get(g)
                    + "\"; use one of "
                    + new java.util.TreeSet<>(OAuthClient.ALL_GRANT_TYPES));
          }
        }
        client.grantTypes(grants.toArray(String[]::new));
      }
      if (c.has("scopes")) {
        client.scopes(strings(c.get("scopes"), inside(at, ".scopes")).toArray(String[]::new));
      }
      if (c.has("redirectUris")) {
        List<String> uris = strings(c.get("redirectUris"), inside(at, ".redirectUris"));
        for (int u = 0; u < uris.size(); u++) {
          URI uri;
          try {
            uri = new URI(uris.get(u));
          } catch (java.net.URISyntaxException e) {
            uri = null;
          }
          if (uri == null || !uri.isAbsolute()) {
            throw new UsageException(
                inside(at, ".redirectUris[" + u + "]")
                    + " must be an absolute URI such as http://localhost:3000/callback, was \""
                    + uris.get(u)
                    + "\"");
          }
        }
        client.redirectUris(uris.toArray(String[]::new));
      }
      OAuthClient built;
      try {
        built = client.build();
      } catch (IllegalArgumentException e) {
        throw new UsageException(at + ": " + e.getMessage());
      }
      o.auth().client(built);
    }
  }

  private static void users(Options o, JsonNode v, String where) throws UsageException {
    if (!v.isArray()) {
      throw new UsageException(
          where
              + " must be a list of users, like [{\"id\": \"00ubob\", \"login\":"
              + " \"bob@example.com\", \"password\": \"...\", \"givenName\": \"Bob\","
              + " \"familyName\": \"Builder\"}]");
    }
    java.util.Set<String> logins = new java.util.HashSet<>();
    for (int i = 0; i < v.size(); i++) {
      String at = inside(where, "[" + i + "]");
      JsonNode u = v.get(i);
      knownFields(u, at, USER_FIELDS);
      List<String> values = new ArrayList<>();
      for (String field : List.of("id", "login", "password", "givenName", "familyName")) {
        if (!u.has(field)) {
          throw new UsageException(at + " needs \"" + field + "\"");
        }
        String text = text(u.get(field), inside(at, "." + field));
        if (text.isBlank()) {
          throw new UsageException(inside(at, "." + field) + " must not be blank");
        }
        values.add(text);
      }
      if (!logins.add(values.get(1).toLowerCase(java.util.Locale.ROOT))) {
        throw new UsageException(
            inside(at, ".login") + " repeats an earlier user: " + values.get(1));
      }
      o.auth()
          .user(
              new ResourceOwner(
                  values.get(0), values.get(1), values.get(2), values.get(3), values.get(4)));
    }
  }

  private static void knownFields(JsonNode node, String at, java.util.Set<String> known)
      throws UsageException {
    if (!node.isObject()) {
      throw new UsageException(
          at
              + " must be an object, was "
              + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new UsageException(
            inside(at, "." + name)
                + " is not a known field; known: "
                + new java.util.TreeSet<>(known));
      }
    }
  }

  private static List<String> strings(JsonNode node, String at) throws UsageException {
    if (!node.isArray()) {
      throw new UsageException(at + " must be a list of strings, like [\"a\", \"b\"]");
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      values.add(text(node.get(i), inside(at, "[" + i + "]")));
    }
    return values;
  }

  private static RSAKey publicJwk(JsonNode node, String at) throws UsageException {
    if (!node.isObject()) {
      throw new UsageException(
          at
              + " must be an RSA JWK object, like {\"kty\": \"RSA\", \"n\": \"...\", \"e\": \"AQAB\"}");
    }
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = new ObjectMapper().convertValue(node, Map.class);
      com.nimbusds.jose.jwk.JWK jwk = com.nimbusds.jose.jwk.JWK.parse(fields);
      if (!(jwk instanceof RSAKey rsa)) {
        throw new UsageException(
            at + " must be an RSA key (\"kty\": \"RSA\"), was " + jwk.getKeyType());
      }
      return rsa.toPublicJWK();
    } catch (java.text.ParseException | IllegalArgumentException e) {
      String reason = e.getMessage();
      throw new UsageException(
          at
              + " is not a valid JWK ("
              + (reason == null || reason.length() > 120 ? "malformed" : reason)
              + ")");
    }
  }

  /** {@code where} ends with the key's closing quote: puts {@code suffix} inside it. */
  private static String inside(String where, String suffix) {
    if (where.endsWith("\"")) {
      return where.substring(0, where.length() - 1) + suffix + "\"";
    }
    return where + suffix;
  }

  private static RSAKey signingKey(String where, Path file) throws UsageException {
    try {
      return AuthorizationConfig.readSigningKey(file);
    } catch (java.io.UncheckedIOException e) {
      throw new UsageException(
          where
              + ": cannot read "
              + file
              + (e.getCause() instanceof NoSuchFileException ? " (no such file)" : ""));
    } catch (IllegalArgumentException e) {
      throw new UsageException(where + ": " + e.getMessage());
    }
  }

  private static DirectorySeed directoryFile(String where, Path file) throws UsageException {
    String json;
    try {
      json = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new UsageException(where + ": " + file + ": no such file");
    } catch (IOException e) {
      throw new UsageException(where + ": cannot read " + file + " (" + e.getMessage() + ")");
    }
    return directorySeed(where + " (" + file + ")", json);
  }

  private static DirectorySeed directorySeed(String where, String json) throws UsageException {
    try {
      return DirectorySeed.fromJson(json);
    } catch (IllegalArgumentException e) {
      throw new UsageException(where + ": " + e.getMessage());
    }
  }

  private AuthorizationConfig.Builder auth() {
    if (authorization == null) {
      authorization = AuthorizationConfig.builder();
    }
    return authorization;
  }

  private static void valid(String where, Runnable check) throws UsageException {
    try {
      check.run();
    } catch (IllegalArgumentException e) {
      throw new UsageException(where + ": " + e.getMessage());
    }
  }

  private static Duration duration(JsonNode value, String where) throws UsageException {
    String text = text(value, where);
    try {
      return Duration.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new UsageException(
          where + " must be an ISO-8601 duration such as \"PT5M\", was \"" + text + "\"");
    }
  }

  private static boolean noValue(String name, String inline, boolean value) throws UsageException {
    if (inline != null) {
      throw new UsageException(name + " takes no value");
    }
    return value;
  }

  private static int port(String where, String value) throws UsageException {
    try {
      int port = Integer.parseInt(value.strip());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new UsageException(
        where + " must be a port from 1 to 65535, or 0 for a free one; was \"" + value + "\"");
  }

  private static int journalLimit(String where, String value) throws UsageException {
    try {
      int limit = Integer.parseInt(value.strip());
      if (limit >= 1) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new UsageException(
        where + " must be a whole number of at least 1; was \"" + value + "\"");
  }

  private static String adminToken(String where, String value) throws UsageException {
    // the message names the flag or key, never the value
    valid(where, () -> FakeOktaConfig.builder().adminToken(value).build());
    return value;
  }

  private static String bind(String where, String value) throws UsageException {
    if (value.isBlank()) {
      throw new UsageException(where + " must be an IP address or host name, e.g. 127.0.0.1");
    }
    return value.strip();
  }

  private static String integerText(JsonNode value, String where) throws UsageException {
    if (!value.isIntegralNumber()) {
      throw new UsageException(where + " must be a whole number, was " + value);
    }
    return value.asText();
  }

  private static String text(JsonNode value, String where) throws UsageException {
    if (!value.isTextual()) {
      throw new UsageException(where + " must be a string, was " + value);
    }
    return value.asText();
  }

  private static boolean bool(JsonNode value, String where) throws UsageException {
    if (!value.isBoolean()) {
      throw new UsageException(where + " must be true or false, was " + value);
    }
    return value.asBoolean();
  }
}
