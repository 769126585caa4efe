package dev.fakeokta.server.internal.admin;

import dev.fakeokta.server.ServedRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The journal: {@code GET /journal} with optional filters {@code method}, {@code path}, {@code
 * pathPattern}, {@code unmatched} and {@code limit} (the newest N), credentials masked; {@code
 * DELETE /journal} empties it.
 */
final class JournalResource implements AdminResource {

  private static final Set<String> FILTERS =
      Set.of("method", "path", "pathPattern", "unmatched", "limit");

  private final AdminHost host;

  JournalResource(AdminHost host) {
    this.host = host;
  }

  @Override
  public void register(AdminRoutes routes) {
    routes.get(
        "/journal",
        request -> {
          Map<String, String> query = request.query(FILTERS);
          String method = query.get("method");
          String path = query.get("path");
          Pattern pathPattern = pattern(query.get("pathPattern"));
          Boolean unmatched = bool(query.get("unmatched"));
          int limit = limit(query.get("limit"));
          List<Map<String, Object>> entries = new ArrayList<>();
          for (ServedRequest served : host.journal()) {
            if ((method == null || served.method().equalsIgnoreCase(method))
                && (path == null || served.path().equals(path))
                && (pathPattern == null || pathPattern.matcher(served.path()).matches())
                && (unmatched == null || served.isUnmatched() == unmatched)) {
              entries.add(view(served));
            }
          }
          List<Map<String, Object>> newest =
              entries.subList(Math.max(0, entries.size() - limit), entries.size());
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("total", entries.size());
          body.put("requests", newest);
          return AdminResponse.ok(body);
        });
    routes.delete(
        "/journal",
        request -> {
          host.clearJournal();
          return AdminResponse.noContent();
        });
  }

  private static Map<String, Object> view(ServedRequest served) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("receivedAt", served.receivedAt().toString());
    view.put("fakeTime", served.fakeTime().map(Object::toString).orElse(null));
    view.put("method", served.method());
    view.put("url", Redaction.url(served.url()));
    view.put("path", served.path());
    view.put("status", served.status());
    view.put("errorCode", served.errorCode().orElse(null));
    view.put("requestId", served.requestId().orElse(null));
    view.put("unmatched", served.isUnmatched());
    view.put("authorizationScheme", served.authorizationScheme().orElse(null));
    view.put("requestHeaders", Redaction.headers(served.requestHeaders()));
    view.put("requestBody", Redaction.body(served.requestBody()));
    view.put("responseHeaders", Redaction.headers(served.responseHeaders()));
    view.put("responseBody", Redaction.body(served.responseBody()));
    return view;
  }

  private static Pattern pattern(String regex) {
    if (regex == null) {
      return null;
    }
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new BadAdminRequest("pathPattern", "is not a valid regex: " + e.getDescription());
    }
  }

  private static Boolean bool(String value) {
    if (value == null) {
      return null;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new BadAdminRequest("unmatched", "must be true or false, was " + value);
    };
  }

  private static int limit(String value) {
    if (value == null) {
      return Integer.MAX_VALUE;
    }
    try {
      int limit = Integer.parseInt(value);
      if (limit >= 1) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // fall through to the message
    }
    throw new BadAdminRequest("limit", "must be a whole number of at least 1, was " + value);
  }
}
