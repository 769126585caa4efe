package dev.fakeokta.server.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakeokta.server.AuthorizationConfig;
import dev.fakeokta.server.FakeOktaConfig;
import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.RateLimitBucket;
import java.io.IOException;
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
        case "--port", "--https-port", "--bind", "--journal-limit", "--admin-token", "--config" -> {
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
    return keys;
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
