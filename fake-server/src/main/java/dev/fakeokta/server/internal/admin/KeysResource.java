package dev.fakeokta.server.internal.admin;

import dev.fakeokta.server.SigningKeys;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signing keys of the default authorization server: {@code GET /keys} (statuses), {@code POST
 * /keys/rotate}, {@code POST /keys/publish-next}, {@code POST /keys/{kid}/retire}.
 */
final class KeysResource implements AdminResource {

  private final AdminHost host;

  KeysResource(AdminHost host) {
    this.host = host;
  }

  @Override
  public void register(AdminRoutes routes) {
    routes.get("/keys", request -> AdminResponse.ok(view()));
    routes.post(
        "/keys/rotate",
        request -> {
          host.keys().rotate();
          return AdminResponse.ok(view());
        });
    routes.post(
        "/keys/publish-next",
        request -> {
          host.keys().publishNext();
          return AdminResponse.ok(view());
        });
    routes.post(
        "/keys/{kid}/retire",
        request -> {
          String kid = request.pathParam("kid");
          SigningKeys keys = host.keys();
          if (!keys.publishedKids().contains(kid)) {
            throw BadAdminRequest.notFound(
                "kid", "no published key has kid " + kid + "; published: " + keys.publishedKids());
          }
          try {
            keys.retire(kid);
          } catch (IllegalArgumentException e) {
            throw new BadAdminRequest("kid", e.getMessage());
          }
          return AdminResponse.ok(view());
        });
  }

  private Map<String, Object> view() {
    SigningKeys keys = host.keys();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("signingKid", keys.signingKid());
    view.put("keys", keys.statuses());
    return view;
  }
}
