package dev.fakeokta.server.internal.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /openapi.json}: the hand-written OpenAPI 3 document of the admin API. */
final class OpenApiResource implements AdminResource {

  /** Where the document lives on the class path. */
  static final String RESOURCE = "/dev/fakeokta/server/admin/openapi.json";

  private final String document = load();

  @Override
  public void register(AdminRoutes routes) {
    routes.get("/openapi.json", request -> AdminResponse.rawJson(document));
  }

  static String load() {
    try (InputStream in = OpenApiResource.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
