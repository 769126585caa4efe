package dev.fakeokta.server.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakeokta.server.DirectorySeed;
import dev.fakeokta.server.OktaDirectory;
import dev.fakeokta.server.internal.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The directory: {@code POST /directory} makes a seed (the JSON {@link DirectorySeed#fromJson}
 * reads) the baseline and goes back to it at once, replacing every user, group, app and API token,
 * as {@code okta.directory().seed(...)} does; {@code POST /directory/reset} goes back to the
 * baseline; {@code GET /directory} counts the users. The directory's contents are read through the
 * management API itself ({@code GET /api/v1/users} with the API token).
 */
final class DirectoryResource implements AdminResource {

  /** The field a seed's message starts with, e.g. {@code users[2].profile.login}. */
  private static final Pattern FIELD =
      Pattern.compile(
          "^((?:apiTokens|users|groups|apps)(?:\\[\\d+\\])?(?:\\.[A-Za-z]+(?:\\[\\d+\\])?)*)(?=[\\s:]|$)");

  private static final Pattern UNKNOWN = Pattern.compile("^Unknown field '([^']*)'");

  private final AdminHost host;

  DirectoryResource(AdminHost host) {
    this.host = host;
  }

  @Override
  public void register(AdminRoutes routes) {
    routes.get("/directory", request -> AdminResponse.ok(view(null)));
    routes.post(
        "/directory",
        request -> {
          JsonNode body = request.jsonObject();
          DirectorySeed seed;
          try {
            seed = DirectorySeed.fromJson(body.toString());
          } catch (IllegalArgumentException e) {
            throw new BadAdminRequest(field(e.getMessage()), e.getMessage());
          }
          host.directory().seed(seed);
          return AdminResponse.ok(view(seed));
        });
    routes.post(
        "/directory/reset",
        request -> {
          host.directory().reset();
          return AdminResponse.ok(view(null));
        });
  }

  static String field(String message) {
    if (message == null) {
      return null;
    }
    Matcher unknown = UNKNOWN.matcher(message);
    if (unknown.find()) {
      return unknown.group(1);
    }
    Matcher field = FIELD.matcher(message);
    return field.find() ? field.group(1) : null;
  }

  private Map<String, Object> view(DirectorySeed seed) {
    OktaDirectory directory = host.directory();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("userCount", directory.userCount());
    if (seed != null) {
      // the ids of the seeded users, generated unless the seed gave them
      Map<String, String> ids = new LinkedHashMap<>();
      try {
        for (JsonNode user : Json.MAPPER.readTree(seed.toJson()).path("users")) {
          String login = user.path("profile").path("login").asText();
          directory.userId(login).ifPresent(id -> ids.put(login, id));
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("a normalised seed is always JSON", e);
      }
      view.put("users", ids);
    }
    view.put("apiToken", directory.apiToken());
    return view;
  }
}
