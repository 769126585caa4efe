package dev.fakeokta.server.internal.mgmt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.fakeokta.server.OktaError;
import dev.fakeokta.server.internal.Endpoint;
import dev.fakeokta.server.internal.Ids;
import dev.fakeokta.server.internal.Json;
import dev.fakeokta.server.internal.ResponseRenderer;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The management API slice ({@code /api/v1/users}, {@code groups}, {@code apps}, {@code logs},
 * {@code meta/schemas}) as one {@link Endpoint}. Every request is judged as Okta judges it, in
 * Okta's order: the path (404 {@code E0000008}), the method (405 {@code E0000022}), the {@code
 * Authorization} header (403 {@code E0000005}, 401 {@code E0000011}, 403 {@code E0000006}), the
 * media types (400 {@code E0000019}, {@code E0000018}, {@code E0000021}), the body (400 {@code
 * E0000003}), then the resource's own rules.
 */
public final class ManagementApi implements Endpoint {

  private static final String JSON_UTF8 = "application/json;charset=UTF-8";
  private static final String DUPLICATE =
      ": An object with this field already exists in the current organization";
  private static final String BLANK = ": The field cannot be left blank";
  private static final Pattern LOG_CURSOR = Pattern.compile("\\d{1,15}_\\d{1,12}");
  private static final Pattern ID_CURSOR = Pattern.compile("[0-9A-Za-z]{1,40}");

  /** What a route needs: its family's read scope for GETs, its manage scope for changes. */
  private enum Family {
    USERS("okta.users"),
    GROUPS("okta.groups"),
    APPS("okta.apps"),
    LOGS("okta.logs"),
    SCHEMAS("okta.schemas");

    private final String prefix;

    Family(String prefix) {
      this.prefix = prefix;
    }

    Set<String> scopes(boolean write) {
      if (this == LOGS) {
        return Set.of("okta.logs.read");
      }
      return write ? Set.of(prefix + ".manage") : Set.of(prefix + ".read", prefix + ".manage");
    }

    String named(boolean write) {
      return this == LOGS ? "okta.logs.read" : prefix + (write ? ".manage" : ".read");
    }
  }

  /** One request being served. */
  private static final class Call {
    final Request request;
    final String method;
    final String path;
    final List<String> groups;
    final Map<String, String> params;
    final String requestId = Ids.requestId();
    ObjectNode actor;
    JsonNode body;

    Call(
        Request request,
        String method,
        String path,
        List<String> groups,
        Map<String, String> params) {
      this.request = request;
      this.method = method;
      this.path = path;
      this.groups = groups;
      this.params = params;
    }

    String group(int i) {
      return groups.get(i);
    }

    String param(String name) {
      return params.get(name);
    }

    boolean flag(String name, boolean fallback) {
      String value = params.get(name);
      return value == null ? fallback : Boolean.parseBoolean(value);
    }
  }

  @FunctionalInterface
  private interface Handler {
    ResponseDefinition handle(Call call);
  }

  private record Route(String method, Pattern pattern, Family family, Handler handler) {}

  private final Directory directory;
  private final ResponseRenderer renderer;
  private final List<Route> routes = new ArrayList<>();

  /**
   * The management API over a directory.
   *
   * @param directory the org's directory
   * @param renderer the server's renderer, for Okta errors
   */
  public ManagementApi(Directory directory, ResponseRenderer renderer) {
    this.directory = directory;
    this.renderer = renderer;
    String id = "([^/]+)";
    route("GET", "/api/v1/users", Family.USERS, this::listUsers);
    route("POST", "/api/v1/users", Family.USERS, this::createUser);
    route("GET", "/api/v1/users/" + id, Family.USERS, this::getUser);
    route("POST", "/api/v1/users/" + id, Family.USERS, c -> updateUser(c, false));
    route("PUT", "/api/v1/users/" + id, Family.USERS, c -> updateUser(c, true));
    route("DELETE", "/api/v1/users/" + id, Family.USERS, this::deleteUser);
    route(
        "POST",
        "/api/v1/users/"
            + id
            + "/lifecycle/(activate|reactivate|deactivate|suspend|unsuspend|unlock)",
        Family.USERS,
        this::lifecycle);
    route("GET", "/api/v1/users/" + id + "/groups", Family.USERS, this::userGroups);
    route("GET", "/api/v1/groups", Family.GROUPS, this::listGroups);
    route("POST", "/api/v1/groups", Family.GROUPS, this::createGroup);
    route("GET", "/api/v1/groups/" + id, Family.GROUPS, this::getGroup);
    route("PUT", "/api/v1/groups/" + id, Family.GROUPS, this::replaceGroup);
    route("DELETE", "/api/v1/groups/" + id, Family.GROUPS, this::deleteGroup);
    route("GET", "/api/v1/groups/" + id + "/users", Family.GROUPS, this::groupMembers);
    route("PUT", "/api/v1/groups/" + id + "/users/" + id, Family.GROUPS, this::addMember);
    route("DELETE", "/api/v1/groups/" + id + "/users/" + id, Family.GROUPS, this::removeMember);
    route("GET", "/api/v1/apps", Family.APPS, this::listApps);
    route("GET", "/api/v1/apps/" + id, Family.APPS, this::getApp);
    route("GET", "/api/v1/apps/" + id + "/users", Family.APPS, this::appUsers);
    route("POST", "/api/v1/apps/" + id + "/users", Family.APPS, this::assign);
    route("GET", "/api/v1/apps/" + id + "/users/" + id, Family.APPS, this::getAssignment);
    route("DELETE", "/api/v1/apps/" + id + "/users/" + id, Family.APPS, this::unassign);
    route("GET", "/api/v1/logs", Family.LOGS, this::logs);
    route("GET", "/api/v1/meta/schemas", Family.SCHEMAS, this::schemas);
    route(
        "GET",
        "/api/v1/meta/schemas/user/default",
        Family.SCHEMAS,
        c -> ok(c, Schemas.user(directory.orgUrl())));
    route(
        "GET",
        "/api/v1/meta/schemas/group/default",
        Family.SCHEMAS,
        c -> ok(c, Schemas.group(directory.orgUrl())));
  }

  private void route(String method, String regex, Family family, Handler handler) {
    routes.add(new Route(method, Pattern.compile(regex), family, handler));
  }

  @Override
  public Optional<ResponseDefinition> handle(Request request) {
    String url = request.getUrl();
    int question = url.indexOf('?');
    String path = question < 0 ? url : url.substring(0, question);
    if (!path.startsWith("/api/v1/")) {
      return Optional.empty();
    }
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String method = request.getMethod().getName();
    String effective = method.equals("HEAD") ? "GET" : method;
    boolean pathKnown = false;
    for (Route route : routes) {
      Matcher matcher = route.pattern().matcher(path);
      if (!matcher.matches()) {
        continue;
      }
      pathKnown = true;
      if (!route.method().equals(effective)) {
        continue;
      }
      List<String> groups = new ArrayList<>();
      for (int i = 1; i <= matcher.groupCount(); i++) {
        groups.add(URLDecoder.decode(matcher.group(i).replace("+", "%2B"), StandardCharsets.UTF_8));
      }
      Call call =
          new Call(
              request,
              effective,
              path,
              groups,
              query(question < 0 ? "" : url.substring(question + 1)));
      try {
        authenticate(call, route.family(), !effective.equals("GET"));
        checkMediaTypes(call);
        ResponseDefinition response;
        synchronized (directory) {
          response = route.handler().handle(call);
        }
        return Optional.of(headless(method, response));
      } catch (ApiFailure failure) {
        return Optional.of(headless(method, renderer.oktaError(failure.error())));
      }
    }
    if (pathKnown) {
      return Optional.of(renderer.oktaError(OktaError.of("E0000022")));
    }
    return Optional.empty();
  }

  /** HEAD gets GET's status and headers, and no body (Jetty would send one). */
  private static ResponseDefinition headless(String method, ResponseDefinition response) {
    if (!method.equals("HEAD")) {
      return response;
    }
    return ResponseDefinitionBuilder.like(response).but().withBody((byte[]) null).build();
  }

  // --- auth ---

  private void authenticate(Call call, Family family, boolean write) {
    String header = call.request.getHeader("Authorization");
    if (header == null || header.isEmpty()) {
      throw ApiFailure.of("E0000005");
    }
    if (header.equals("SSWS") || header.startsWith("SSWS ")) {
      String token = header.length() > 5 ? header.substring(5) : "";
      if (!directory.isApiTokenValid(token)) {
        throw ApiFailure.of("E0000011");
      }
      call.actor = adminActor();
      return;
    }
    if (header.equals("Bearer") || header.startsWith("Bearer ")) {
      String token = header.length() > 7 ? header.substring(7) : "";
      BearerTokenValidator validator = directory.bearerTokenValidator();
      BearerTokenVerdict verdict =
          validator == null || token.isEmpty()
              ? BearerTokenVerdict.rejected(BearerTokenVerdict.Status.INVALID)
              : validator.validate(token);
      if (verdict.status() != BearerTokenVerdict.Status.VALID) {
        String description =
            verdict.status() == BearerTokenVerdict.Status.EXPIRED
                ? "The token has expired."
                : "The access token is invalid.";
        throw new ApiFailure(
            OktaError.of("E0000011")
                .withHeader(
                    "WWW-Authenticate", challenge(null, "invalid_token", description, null)));
      }
      if (family.scopes(write).stream().noneMatch(verdict.scopes()::contains)) {
        throw new ApiFailure(
            OktaError.of("E0000006")
                .withHeader(
                    "WWW-Authenticate",
                    challenge(
                        family.named(write),
                        "insufficient_scope",
                        "The access token provided does not contain the required scopes.",
                        call.path)));
      }
      call.actor = SystemLog.systemActor();
      return;
    }
    throw ApiFailure.of("E0000005");
  }

  private String challenge(String scope, String error, String description, String resource) {
    String org = directory.orgUrl();
    StringBuilder value =
        new StringBuilder("Bearer authorization_uri=\"")
            .append(org)
            .append("/oauth2/v1/authorize\", realm=\"")
            .append(org)
            .append('"');
    if (scope != null) {
      value.append(", scope=\"").append(scope).append('"');
    }
    value.append(", error=\"").append(error).append('"');
    value.append(", error_description=\"").append(description).append('"');
    if (resource != null) {
      value.append(", resource=\"").append(resource).append('"');
    }
    return value.toString();
  }

  private static ObjectNode adminActor() {
    ObjectNode actor = Json.MAPPER.createObjectNode();
    actor.put("id", "00u1fakeoktaadmin000");
    actor.put("type", "User");
    actor.put("alternateId", "admin@fakeokta.invalid");
    actor.put("displayName", "FakeOkta Admin");
    actor.putNull("detailEntry");
    return actor;
  }

  // --- media types and bodies ---

  private void checkMediaTypes(Call call) {
    String accept = call.request.getHeader("Accept");
    if (accept != null && !accept.isBlank() && !acceptsJson(accept)) {
      throw ApiFailure.of("E0000019");
    }
    byte[] body = call.request.getBody();
    if (call.method.equals("GET")
        || call.method.equals("DELETE")
        || body == null
        || body.length == 0) {
      return;
    }
    String contentType = call.request.getHeader("Content-Type");
    if (contentType == null || contentType.isBlank()) {
      throw ApiFailure.of("E0000018");
    }
    String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("application/json")) {
      throw ApiFailure.of("E0000021");
    }
    try {
      call.body = Json.MAPPER.readTree(body);
    } catch (Exception malformed) {
      throw ApiFailure.of("E0000003");
    }
  }

  private static boolean acceptsJson(String accept) {
    for (String range : accept.split(",")) {
      String type = range.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
      if (type.equals("*/*") || type.equals("application/*") || type.equals("application/json")) {
        return true;
      }
    }
    return false;
  }

  private static ObjectNode requireObject(Call call) {
    if (call.body == null || !call.body.isObject()) {
      throw ApiFailure.of("E0000003");
    }
    return (ObjectNode) call.body;
  }

  // --- responses ---

  private ResponseDefinition ok(Call call, JsonNode body) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(200)
        .withHeader("Content-Type", JSON_UTF8)
        .withHeader("X-Okta-Request-Id", call.requestId)
        .withBody(body.toString())
        .build();
  }

  private static ResponseDefinition noContent(Call call) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(204)
        .withHeader("X-Okta-Request-Id", call.requestId)
        .build();
  }

  private ResponseDefinition page(
      Call call,
      List<ObjectNode> items,
      Function<ObjectNode, String> cursorOf,
      Comparator<String> order,
      Pattern cursorFormat,
      int defaultLimit,
      int maxLimit,
      boolean alwaysNext) {
    int limit = limit(call, defaultLimit, maxLimit);
    String after = call.param("after");
    List<ObjectNode> remaining = items;
    if (after != null) {
      if (!cursorFormat.matcher(after).matches()) {
        throw ApiFailure.of("E0000029");
      }
      remaining = items.stream().filter(i -> order.compare(cursorOf.apply(i), after) > 0).toList();
    }
    List<ObjectNode> page = remaining.subList(0, Math.min(limit, remaining.size()));
    Map<String, String> self = new LinkedHashMap<>(call.params);
    self.put("limit", Integer.toString(limit));
    List<String> links = new ArrayList<>();
    links.add("<" + directory.orgUrl() + call.path + "?" + encode(self) + ">; rel=\"self\"");
    String nextCursor = null;
    if (remaining.size() > limit) {
      nextCursor = cursorOf.apply(page.get(page.size() - 1));
    } else if (alwaysNext) {
      nextCursor = page.isEmpty() ? after : cursorOf.apply(page.get(page.size() - 1));
    }
    if (nextCursor != null) {
      Map<String, String> next = new LinkedHashMap<>(self);
      next.put("after", nextCursor);
      links.add("<" + directory.orgUrl() + call.path + "?" + encode(next) + ">; rel=\"next\"");
    }
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(200)
        .withHeader("Content-Type", JSON_UTF8)
        .withHeader("X-Okta-Request-Id", call.requestId)
        .withHeader("link", links.toArray(String[]::new))
        .withBody(directory.array(page).toString())
        .build();
  }

  private static int limit(Call call, int defaultLimit, int maxLimit) {
    String raw = call.param("limit");
    if (raw == null) {
      return defaultLimit;
    }
    int limit;
    try {
      limit = Integer.parseInt(raw.trim());
    } catch (NumberFormatException notANumber) {
      throw ApiFailure.validation("limit", "limit: The value must be a whole number");
    }
    if (limit < 1) {
      throw ApiFailure.validation("limit", "limit: The value must be at least 1");
    }
    return Math.min(limit, maxLimit);
  }

  private static Predicate<JsonNode> expression(String text) {
    try {
      return Expression.parse(text);
    } catch (Expression.SyntaxException e) {
      throw ApiFailure.of("E0000031");
    }
  }

  /** Applies {@code q}, {@code filter} and {@code search}; without them keeps {@code fallback}. */
  private static List<ObjectNode> select(
      Call call, List<ObjectNode> all, List<String> qFields, Predicate<JsonNode> fallback) {
    String filter = call.param("filter");
    String search = call.param("search");
    String q = call.param("q");
    if (filter != null && search != null) {
      throw ApiFailure.of("E0000033");
    }
    Predicate<JsonNode> predicate = node -> true;
    if (filter != null) {
      predicate = expression(filter);
    } else if (search != null) {
      predicate = expression(search);
    } else if (q == null) {
      predicate = fallback;
    }
    if (q != null) {
      String prefix = q.toLowerCase(Locale.ROOT);
      Predicate<JsonNode> byQ =
          node ->
              qFields.stream()
                  .anyMatch(
                      f -> {
                        JsonNode value = node.at(f);
                        return value.isTextual()
                            && value.asText().toLowerCase(Locale.ROOT).startsWith(prefix);
                      });
      predicate = predicate.and(byQ);
    }
    return all.stream().filter(predicate).toList();
  }

  private static final Comparator<String> BY_ID = Comparator.naturalOrder();

  // --- users ---

  private ResponseDefinition listUsers(Call call) {
    List<ObjectNode> all = directory.usersSnapshot().stream().map(directory::render).toList();
    List<ObjectNode> selected =
        select(
            call,
            all,
            List.of("/profile/firstName", "/profile/lastName", "/profile/email", "/profile/login"),
            node -> !node.path("status").asText().equals("DEPROVISIONED"));
    int defaultLimit = call.param("q") != null ? 10 : 200;
    return page(
        call, selected, n -> n.get("id").asText(), BY_ID, ID_CURSOR, defaultLimit, 200, false);
  }

  private ResponseDefinition getUser(Call call) {
    return ok(call, directory.render(directory.requireUser(call.group(0))));
  }

  private ResponseDefinition createUser(Call call) {
    ObjectNode body = requireObject(call);
    JsonNode profile = body.path("profile");
    if (!profile.isObject()) {
      throw ApiFailure.validation("profile", "profile: The field cannot be left blank");
    }
    ObjectNode copy = ((ObjectNode) profile).deepCopy();
    if (copy.path("email").isMissingNode() && copy.path("login").isTextual()) {
      copy.put("email", copy.get("login").asText());
    }
    validateProfile(copy, null);
    boolean activate = call.flag("activate", true);
    boolean password = body.path("credentials").path("password").path("value").isTextual();
    Instant now = directory.clock().instant();
    Directory.User user = new Directory.User(directory.newId("00u"));
    user.profile = copy;
    user.password = password;
    user.created = now;
    user.lastUpdated = now;
    user.passwordChanged = password ? now : null;
    user.status = activate ? (password ? "ACTIVE" : "PROVISIONED") : "STAGED";
    user.activated = activate ? now : null;
    user.statusChanged = activate ? now : null;
    List<Directory.Group> groups = new ArrayList<>();
    for (JsonNode groupId : body.path("groupIds")) {
      groups.add(directory.requireGroup(groupId.asText()));
    }
    directory.users.put(user.id, user);
    groups.forEach(g -> g.members.add(user.id));
    event(call, "user.lifecycle.create", "Create Okta user", user);
    if (activate) {
      event(call, "user.lifecycle.activate", "Activate Okta user", user);
    }
    return ok(call, directory.render(user));
  }

  private void validateProfile(ObjectNode profile, Directory.User self) {
    List<String> fields = new ArrayList<>();
    List<String> causes = new ArrayList<>();
    for (String field : List.of("login", "firstName", "lastName", "email")) {
      JsonNode value = profile.path(field);
      if (!value.isTextual() || value.asText().isBlank()) {
        fields.add(field);
        causes.add(field + BLANK);
      }
    }
    String login = profile.path("login").asText("");
    if (!login.isBlank() && !login.matches("[^@\\s]+@[^@\\s]+")) {
      fields.add("login");
      causes.add("login: Username must be in the form of an email address");
    }
    String email = profile.path("email").asText("");
    if (!email.isBlank() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      fields.add("email");
      causes.add("email: Does not match required pattern");
    }
    if (!fields.isEmpty()) {
      throw ApiFailure.validation(fields.get(0), causes.toArray(String[]::new));
    }
    Optional<Directory.User> existing = directory.findUser(login);
    if (existing.isPresent() && existing.get() != self) {
      throw ApiFailure.validation("login", "login" + DUPLICATE);
    }
  }

  private ResponseDefinition updateUser(Call call, boolean replace) {
    Directory.User user = directory.requireUser(call.group(0));
    ObjectNode body = requireObject(call);
    JsonNode profile = body.path("profile");
    ObjectNode next = user.profile.deepCopy();
    if (profile.isObject()) {
      if (replace) {
        next = ((ObjectNode) profile).deepCopy();
      } else {
        next.setAll((ObjectNode) profile);
      }
    } else if (replace) {
      throw ApiFailure.validation("profile", "profile: The field cannot be left blank");
    }
    validateProfile(next, user);
    Instant now = directory.clock().instant();
    user.profile = next;
    if (body.path("credentials").path("password").path("value").isTextual()) {
      user.password = true;
      user.passwordChanged = now;
    }
    user.lastUpdated = now;
    event(call, "user.account.update_profile", "Update user profile for Okta", user);
    return ok(call, directory.render(user));
  }

  private ResponseDefinition deleteUser(Call call) {
    Directory.User user = directory.requireUser(call.group(0));
    if (!user.status.equals("DEPROVISIONED")) {
      setStatus(user, "DEPROVISIONED");
      event(call, "user.lifecycle.deactivate", "Deactivate Okta user", user);
      return noContent(call);
    }
    directory.users.remove(user.id);
    directory.groups.values().forEach(g -> g.members.remove(user.id));
    directory.apps.values().forEach(a -> a.assigned.remove(user.id));
    event(call, "user.lifecycle.delete.initiated", "Delete Okta user", user);
    return noContent(call);
  }

  private ResponseDefinition lifecycle(Call call) {
    Directory.User user = directory.requireUser(call.group(0));
    String action = call.group(1);
    String status = user.status;
    ObjectNode result = Json.MAPPER.createObjectNode();
    switch (action) {
      case "activate" -> {
        if (status.equals("ACTIVE")) {
          throw ApiFailure.of("E0000016");
        }
        if (!status.equals("STAGED") && !status.equals("DEPROVISIONED")) {
          throw ApiFailure.of("E0000038");
        }
        setStatus(user, user.password ? "ACTIVE" : "PROVISIONED");
        user.activated = user.statusChanged;
        activationToken(call, result);
        event(call, "user.lifecycle.activate", "Activate Okta user", user);
      }
      case "reactivate" -> {
        if (!status.equals("PROVISIONED")) {
          throw ApiFailure.of("E0000038");
        }
        activationToken(call, result);
        event(call, "user.lifecycle.reactivate", "Reactivate Okta user", user);
      }
      case "deactivate" -> {
        if (status.equals("DEPROVISIONED")) {
          throw ApiFailure.of("E0000038");
        }
        setStatus(user, "DEPROVISIONED");
        event(call, "user.lifecycle.deactivate", "Deactivate Okta user", user);
      }
      case "suspend" -> {
        if (!status.equals("ACTIVE")) {
          throw ApiFailure.of("E0000038");
        }
        setStatus(user, "SUSPENDED");
        event(call, "user.lifecycle.suspend", "Suspend Okta user", user);
      }
      case "unsuspend" -> {
        if (!status.equals("SUSPENDED")) {
          throw ApiFailure.of("E0000038");
        }
        setStatus(user, "ACTIVE");
        event(call, "user.lifecycle.unsuspend", "Unsuspend Okta user", user);
      }
      case "unlock" -> {
        if (!status.equals("LOCKED_OUT")) {
          throw ApiFailure.of("E0000032");
        }
        setStatus(user, "ACTIVE");
        event(call, "user.account.unlock", "Unlock user account", user);
      }
      default -> throw ApiFailure.of("E0000022");
    }
    return ok(call, result);
  }

  private void activationToken(Call call, ObjectNode result) {
    if (!call.flag("sendEmail", true)) {
      String token = Ids.random(15).replaceAll("[^A-Za-z0-9]", "x");
      result.put("activationUrl", directory.orgUrl() + "/welcome/" + token);
      result.put("activationToken", token);
    }
  }

  private void setStatus(Directory.User user, String status) {
    Instant now = directory.clock().instant();
    user.status = status;
    user.statusChanged = now;
    user.lastUpdated = now;
  }

  private ResponseDefinition userGroups(Call call) {
    Directory.User user = directory.requireUser(call.group(0));
    List<ObjectNode> groups =
        directory.groups.values().stream()
            .filter(g -> g.members.contains(user.id))
            .map(directory::render)
            .toList();
    return ok(call, directory.array(groups));
  }

  // --- groups ---

  private ResponseDefinition listGroups(Call call) {
    List<ObjectNode> all = directory.groups.values().stream().map(directory::render).toList();
    List<ObjectNode> selected = select(call, all, List.of("/profile/name"), node -> true);
    return page(call, selected, n -> n.get("id").asText(), BY_ID, ID_CURSOR, 10_000, 10_000, false);
  }

  private ResponseDefinition getGroup(Call call) {
    return ok(call, directory.render(directory.requireGroup(call.group(0))));
  }

  private ResponseDefinition createGroup(Call call) {
    ObjectNode body = requireObject(call);
    String name = groupName(body, null);
    Instant now = directory.clock().instant();
    Directory.Group group = new Directory.Group(directory.newId("00g"));
    group.name = name;
    group.description = body.path("profile").path("description").asText(null);
    group.created = now;
    group.lastUpdated = now;
    group.lastMembershipUpdated = now;
    directory.groups.put(group.id, group);
    groupEvent(call, "group.lifecycle.create", "Create okta group", group, null);
    return ok(call, directory.render(group));
  }

  private String groupName(ObjectNode body, Directory.Group self) {
    JsonNode name = body.path("profile").path("name");
    if (!name.isTextual() || name.asText().isBlank()) {
      throw ApiFailure.validation("name", "name" + BLANK);
    }
    boolean taken =
        directory.groups.values().stream()
            .anyMatch(g -> g != self && g.name.equalsIgnoreCase(name.asText()));
    if (taken) {
      throw ApiFailure.validation("name", "name" + DUPLICATE);
    }
    return name.asText();
  }

  private ResponseDefinition replaceGroup(Call call) {
    Directory.Group group = directory.requireGroup(call.group(0));
    ObjectNode body = requireObject(call);
    group.name = groupName(body, group);
    group.description = body.path("profile").path("description").asText(null);
    group.lastUpdated = directory.clock().instant();
    groupEvent(call, "group.profile.update", "Update group profile", group, null);
    return ok(call, directory.render(group));
  }

  private ResponseDefinition deleteGroup(Call call) {
    Directory.Group group = directory.requireGroup(call.group(0));
    directory.groups.remove(group.id);
    groupEvent(call, "group.lifecycle.delete", "Delete okta group", group, null);
    return noContent(call);
  }

  private ResponseDefinition groupMembers(Call call) {
    Directory.Group group = directory.requireGroup(call.group(0));
    List<ObjectNode> members =
        group.members.stream().sorted().map(directory.users::get).map(directory::render).toList();
    return page(call, members, n -> n.get("id").asText(), BY_ID, ID_CURSOR, 1000, 1000, false);
  }

  private ResponseDefinition addMember(Call call) {
    Directory.Group group = directory.requireGroup(call.group(0));
    Directory.User user = directory.requireUser(call.group(1));
    if (group.members.add(user.id)) {
      group.lastMembershipUpdated = directory.clock().instant();
      groupEvent(call, "group.user_membership.add", "Add user to group membership", group, user);
    }
    return noContent(call);
  }

  private ResponseDefinition removeMember(Call call) {
    Directory.Group group = directory.requireGroup(call.group(0));
    Directory.User user = directory.requireUser(call.group(1));
    if (group.members.remove(user.id)) {
      group.lastMembershipUpdated = directory.clock().instant();
      groupEvent(
          call, "group.user_membership.remove", "Remove user from group membership", group, user);
    }
    return noContent(call);
  }

  // --- apps ---

  private ResponseDefinition listApps(Call call) {
    List<ObjectNode> all = directory.apps.values().stream().map(directory::render).toList();
    List<ObjectNode> selected = select(call, all, List.of("/label", "/name"), node -> true);
    return page(call, selected, n -> n.get("id").asText(), BY_ID, ID_CURSOR, 200, 200, false);
  }

  private ResponseDefinition getApp(Call call) {
    return ok(call, directory.render(directory.requireApp(call.group(0))));
  }

  private ResponseDefinition appUsers(Call call) {
    Directory.App app = directory.requireApp(call.group(0));
    List<ObjectNode> assigned = new ArrayList<>();
    app.assigned.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                assigned.add(
                    directory.renderAssignment(
                        app, directory.users.get(e.getKey()), e.getValue())));
    return page(call, assigned, n -> n.get("id").asText(), BY_ID, ID_CURSOR, 50, 500, false);
  }

  private ResponseDefinition assign(Call call) {
    Directory.App app = directory.requireApp(call.group(0));
    ObjectNode body = requireObject(call);
    JsonNode userId = body.path("id");
    if (!userId.isTextual() || userId.asText().isBlank()) {
      throw ApiFailure.validation("id", "id" + BLANK);
    }
    Directory.User user = directory.requireUser(userId.asText());
    Instant assigned = app.assigned.get(user.id);
    if (assigned == null) {
      assigned = directory.clock().instant();
      app.assigned.put(user.id, assigned);
      event(
          call,
          "application.user_membership.add",
          "Add user to application membership",
          user,
          SystemLog.target(app.id, "AppInstance", app.name, app.label));
    }
    return ok(call, directory.renderAssignment(app, user, assigned));
  }

  private ResponseDefinition getAssignment(Call call) {
    Directory.App app = directory.requireApp(call.group(0));
    Directory.User user = directory.requireUser(call.group(1));
    Instant assigned = app.assigned.get(user.id);
    if (assigned == null) {
      throw ApiFailure.notFound(user.id, "AppUser");
    }
    return ok(call, directory.renderAssignment(app, user, assigned));
  }

  private ResponseDefinition unassign(Call call) {
    Directory.App app = directory.requireApp(call.group(0));
    Directory.User user = directory.requireUser(call.group(1));
    if (app.assigned.remove(user.id) == null) {
      throw ApiFailure.notFound(user.id, "AppUser");
    }
    event(
        call,
        "application.user_membership.remove",
        "Remove user from application membership",
        user,
        SystemLog.target(app.id, "AppInstance", app.name, app.label));
    return noContent(call);
  }

  // --- System Log ---

  private ResponseDefinition logs(Call call) {
    Instant now = directory.clock().instant();
    Instant since = date(call.param("since"), now.minus(Duration.ofDays(7)));
    Instant until = date(call.param("until"), now.plusMillis(1));
    Predicate<JsonNode> filter =
        call.param("filter") == null ? node -> true : expression(call.param("filter"));
    String q = call.param("q");
    if (q != null) {
      List<String> words = List.of(q.toLowerCase(Locale.ROOT).split("\\s+"));
      filter =
          filter.and(
              node -> words.stream().allMatch(node.toString().toLowerCase(Locale.ROOT)::contains));
    }
    boolean descending = "DESCENDING".equalsIgnoreCase(call.param("sortOrder"));
    List<SystemLog.Entry> entries = new ArrayList<>(directory.log().query(since, until, filter));
    Comparator<String> order = Comparator.comparing(ManagementApi::cursorKey);
    if (descending) {
      java.util.Collections.reverse(entries);
      order = order.reversed();
    }
    Map<ObjectNode, String> cursors = new java.util.IdentityHashMap<>();
    List<ObjectNode> events = new ArrayList<>();
    for (SystemLog.Entry entry : entries) {
      cursors.put(entry.event(), entry.cursor());
      events.add(entry.event());
    }
    boolean polling = !descending && call.param("until") == null;
    return page(call, events, cursors::get, order, LOG_CURSOR, 100, 1000, polling);
  }

  private static Instant date(String text, Instant fallback) {
    if (text == null) {
      return fallback;
    }
    return Times.parse(text).orElseThrow(() -> ApiFailure.of("E0000030"));
  }

  private static String cursorKey(String cursor) {
    String[] parts = cursor.split("_", 2);
    return String.format("%015d_%012d", Long.parseLong(parts[0]), Long.parseLong(parts[1]));
  }

  private ResponseDefinition schemas(Call call) {
    return ok(
        call,
        directory.array(
            List.of(Schemas.user(directory.orgUrl()), Schemas.group(directory.orgUrl()))));
  }

  // --- events ---

  private void event(
      Call call, String type, String message, Directory.User user, ObjectNode... more) {
    List<ObjectNode> targets = new ArrayList<>();
    targets.add(
        SystemLog.target(
            user.id,
            "User",
            user.login(),
            user.profile.path("firstName").asText()
                + " "
                + user.profile.path("lastName").asText()));
    targets.addAll(List.of(more));
    directory.log().record(type, message, true, null, context(call), targets);
  }

  private void groupEvent(
      Call call, String type, String message, Directory.Group group, Directory.User user) {
    List<ObjectNode> targets = new ArrayList<>();
    if (user != null) {
      targets.add(SystemLog.target(user.id, "User", user.login(), user.login()));
    }
    targets.add(SystemLog.target(group.id, "UserGroup", group.name, group.name));
    directory.log().record(type, message, true, null, context(call), targets);
  }

  private static SystemLog.Context context(Call call) {
    return SystemLog.Context.of(call.request, call.requestId, call.actor);
  }

  // --- query strings ---

  private static Map<String, String> query(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    if (raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      params.putIfAbsent(name, value);
    }
    return params;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException badEscape) {
      return text;
    }
  }

  private static String encode(Map<String, String> params) {
    StringBuilder out = new StringBuilder();
    params.forEach(
        (name, value) -> {
          if (out.length() > 0) {
            out.append('&');
          }
          out.append(URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
              .append('=')
              .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        });
    return out.toString();
  }
}
