package dev.fakeokta.server.internal.admin;

/** Handles one admin route. */
@FunctionalInterface
public interface AdminHandler {

  /**
   * Handles a request: validates everything first, then applies it.
   *
   * @param request the request
   * @return the response
   * @throws BadAdminRequest if the request is bad; nothing has been applied then
   */
  AdminResponse handle(AdminRequest request);
}
