package dev.fakeokta.server.internal.admin;

/**
 * One resource of the admin API (scripts, clock, journal, ...): it registers its routes. A new
 * feature adds one implementation and one line in {@link AdminApi}'s list, plus its paths in {@code
 * openapi.json}.
 */
public interface AdminResource {

  /**
   * Registers this resource's routes.
   *
   * @param routes where to register them; paths are relative to {@code /__admin/fakeokta}
   */
  void register(AdminRoutes routes);
}
