package dev.fakeokta.server.internal.admin;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.AdminRequestFilterV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.fakeokta.server.internal.Json;
import dev.fakeokta.server.internal.OktaState;
import java.util.List;

/**
 * The fake's admin HTTP API under {@value AdminRoutes#BASE_PATH}, served as a WireMock admin
 * request filter. Being on WireMock's admin side, its requests never meet scripts, rate limits or
 * user stubs, never get the fake's Okta headers, and never enter the journal. (A filter rather than
 * WireMock's {@code AdminApiExtension}: that one identifies routes by task class, so it cannot
 * serve many lambda handlers.)
 *
 * <p>Each feature is one {@link AdminResource}; add a new one to the list in {@link
 * #standard(OktaState, AdminHost)} (or pass it to the constructor) and describe its paths in {@code
 * openapi.json} (a test checks that the two agree).
 */
public final class AdminApi implements AdminRequestFilterV2 {

  /** The extension name. */
  public static final String NAME = "fakeokta-admin";

  private static final String WIREMOCK_ADMIN = "/__admin";
  private static final String PREFIX = "/fakeokta";

  private static final ResponseDefinition UNAUTHORIZED =
      ResponseDefinitionBuilder.responseDefinition()
          .withStatus(401)
          .withHeader("Content-Type", "application/json")
          .withHeader("Cache-Control", "no-store")
          .withHeader("WWW-Authenticate", "Bearer realm=\"fakeokta-admin\"")
          .withBody(
              Json.write(
                  java.util.Map.of(
                      "error",
                      "unauthorized",
                      "message",
                      "this fake's admin API (everything under /__admin/) needs the header"
                          + " \"Authorization: Bearer <admin token>\", the token given with"
                          + " --admin-token, \"adminToken\" or FakeOktaServer.Builder.adminToken"
                          + " (printed on start when the fake generated it)")))
          .build();

  private final AdminRoutes routes = new AdminRoutes();
  private final AdminTokenCheck tokenCheck;

  /**
   * An open admin API serving these resources.
   *
   * @param resources the resources, registered in order
   */
  public AdminApi(List<AdminResource> resources) {
    this(resources, null);
  }

  /**
   * An admin API serving these resources, protected by a token when one is given: then every
   * request under {@code /__admin/} (ours and WireMock's own) needs {@code Authorization: Bearer
   * <token>}.
   *
   * @param resources the resources, registered in order
   * @param adminToken the token, or {@code null} for an open admin API
   */
  public AdminApi(List<AdminResource> resources, String adminToken) {
    this.tokenCheck = adminToken == null ? null : new AdminTokenCheck(adminToken);
    for (AdminResource resource : resources) {
      resource.register(routes);
    }
    routes.get(
        "/",
        request ->
            AdminResponse.ok(
                java.util.Map.of(
                    "routes",
                    routes.registered(),
                    "openapi",
                    AdminRoutes.BASE_PATH + "/openapi.json")));
  }

  /**
   * The resources every fake serves today: scripts, clock, journal, reset, tokens, keys, rate
   * limits, the directory, and the OpenAPI document.
   *
   * @param state the server's state
   * @param host the server, for reset and the journal
   * @return the resources
   */
  public static List<AdminResource> standard(OktaState state, AdminHost host) {
    return List.of(
        new ScriptsResource(state),
        new ClockResource(state.clock()),
        new JournalResource(host),
        new ResetResource(host),
        new TokensResource(host),
        new KeysResource(host),
        new RateLimitsResource(host, state.rateLimiter()),
        new DirectoryResource(host),
        new OpenApiResource());
  }

  /**
   * The routes, as {@code "GET /clock"}, relative to {@value AdminRoutes#BASE_PATH}.
   *
   * @return the routes in registration order
   */
  public List<String> routes() {
    return routes.registered();
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    // WireMock runs admin filters before its own adminAuthenticator: check here, for every path
    if (tokenCheck != null && !tokenCheck.authenticate(request)) {
      return RequestFilterAction.stopWith(UNAUTHORIZED);
    }
    String path = request.getUrl();
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    if (path.startsWith(WIREMOCK_ADMIN + "/")) {
      path = path.substring(WIREMOCK_ADMIN.length());
    }
    if (!path.equals(PREFIX) && !path.startsWith(PREFIX + "/")) {
      return RequestFilterAction.continueWith(request); // WireMock's own admin API
    }
    String relative = path.substring(PREFIX.length());
    if (relative.length() > 1 && relative.endsWith("/")) {
      relative = relative.substring(0, relative.length() - 1);
    }
    if (relative.isEmpty()) {
      relative = "/";
    }
    return RequestFilterAction.stopWith(routes.dispatch(request, relative));
  }

  @Override
  public String getName() {
    return NAME;
  }
}
