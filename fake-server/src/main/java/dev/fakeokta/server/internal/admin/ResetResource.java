package dev.fakeokta.server.internal.admin;

import java.util.Map;

/** {@code POST /reset}: forgets scripts, stubs and the journal, and resets the clock. */
final class ResetResource implements AdminResource {

  private final AdminHost host;

  ResetResource(AdminHost host) {
    this.host = host;
  }

  @Override
  public void register(AdminRoutes routes) {
    routes.post(
        "/reset",
        request -> {
          request.query(java.util.Set.of());
          host.reset();
          return AdminResponse.ok(Map.of("reset", true));
        });
  }
}
