package dev.fakeokta.server.internal.admin;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin API's routes, relative to {@value #BASE_PATH}: registration, dispatch, and JSON for
 * what a handler throws (a {@link BadAdminRequest} is a 400 or 404 that names the field, anything
 * else a 500 without a stack trace). An unknown path is a 404 and a known path with the wrong
 * method a 405, both in JSON.
 */
public final class AdminRoutes {

  /** The path prefix clients use. */
  public static final String BASE_PATH = "/__admin/fakeokta";

  private static final Logger LOG = LoggerFactory.getLogger(AdminRoutes.class);

  private final List<Route> routes = new ArrayList<>();

  AdminRoutes() {}

  /**
   * Registers a GET route.
   *
   * @param path the path under the prefix, e.g. {@code /clock}; a {@code {name}} segment is a
   *     parameter
   * @param handler the handler
   */
  public void get(String path, AdminHandler handler) {
    add("GET", path, handler);
  }

  /**
   * Registers a POST route.
   *
   * @param path the path under the prefix
   * @param handler the handler
   */
  public void post(String path, AdminHandler handler) {
    add("POST", path, handler);
  }

  /**
   * Registers a PUT route.
   *
   * @param path the path under the prefix
   * @param handler the handler
   */
  public void put(String path, AdminHandler handler) {
    add("PUT", path, handler);
  }

  /**
   * Registers a PATCH route.
   *
   * @param path the path under the prefix
   * @param handler the handler
   */
  public void patch(String path, AdminHandler handler) {
    add("PATCH", path, handler);
  }

  /**
   * Registers a DELETE route.
   *
   * @param path the path under the prefix
   * @param handler the handler
   */
  public void delete(String path, AdminHandler handler) {
    add("DELETE", path, handler);
  }

  /**
   * The routes, as {@code "GET /clock"}, in registration order.
   *
   * @return the routes
   */
  public List<String> registered() {
    return Collections.unmodifiableList(routes.stream().map(Route::toString).toList());
  }

  private void add(String method, String path, AdminHandler handler) {
    routes.add(new Route(method, path, handler));
  }

  ResponseDefinition dispatch(Request request, String path) {
    String method = request.getMethod().getName();
    TreeSet<String> allowed = new TreeSet<>();
    for (Route route : routes) {
      Map<String, String> params = route.match(path);
      if (params == null) {
        continue;
      }
      if (route.method.equals(method)) {
        return run(route.handler, new AdminRequest(request, params));
      }
      allowed.add(route.method);
    }
    if (!allowed.isEmpty()) {
      return error(
          405,
          "method_not_allowed",
          method + " " + BASE_PATH + path + " is not supported; use " + allowed,
          null);
    }
    return error(
        404,
        "not_found",
        "no admin route "
            + method
            + " "
            + BASE_PATH
            + path
            + "; GET "
            + BASE_PATH
            + "/openapi.json describes them",
        null);
  }

  static ResponseDefinition run(AdminHandler handler, AdminRequest request) {
    try {
      return handler.handle(request).toDefinition();
    } catch (BadAdminRequest bad) {
      return error(
          bad.status(),
          bad.status() == 404 ? "not_found" : "bad_request",
          bad.getMessage(),
          bad.field());
    } catch (IllegalArgumentException | NullPointerException bad) {
      // the public Java API's own validation, reached through a handler
      return error(400, "bad_request", String.valueOf(bad.getMessage()), null);
    } catch (RuntimeException e) {
      LOG.warn("FakeOkta admin request failed", e);
      return error(
          500,
          "internal",
          "the fake failed on this admin request (" + e.getClass().getSimpleName() + ")",
          null);
    }
  }

  private static ResponseDefinition error(int status, String error, String message, String field) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("message", message);
    if (field != null) {
      body.put("field", field);
    }
    return AdminResponse.of(status, body).toDefinition();
  }

  private static final class Route {
    final String method;
    final String path;
    final String[] segments;
    final AdminHandler handler;

    Route(String method, String path, AdminHandler handler) {
      this.method = method;
      this.path = path;
      this.segments = path.split("/", -1);
      this.handler = handler;
    }

    Map<String, String> match(String requestPath) {
      String[] actual = requestPath.split("/", -1);
      if (actual.length != segments.length) {
        return null;
      }
      Map<String, String> params = new LinkedHashMap<>();
      for (int i = 0; i < segments.length; i++) {
        String segment = segments[i];
        if (segment.startsWith("{") && segment.endsWith("}")) {
          if (actual[i].isEmpty()) {
            return null;
          }
          params.put(segment.substring(1, segment.length() - 1), actual[i]);
        } else if (!segment.equals(actual[i])) {
          return null;
        }
      }
      return params;
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }
}
