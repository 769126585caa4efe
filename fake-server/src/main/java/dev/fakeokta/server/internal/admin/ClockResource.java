package dev.fakeokta.server.internal.admin;

import dev.fakeokta.server.FakeClock;
import dev.fakeokta.server.internal.HttpDates;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fake's clock: {@code GET /clock}, {@code PUT /clock {"now"}}, {@code POST /clock/advance
 * {"by"}}, {@code POST /clock/reset}.
 */
final class ClockResource implements AdminResource {

  private final FakeClock clock;

  ClockResource(FakeClock clock) {
    this.clock = clock;
  }

  @Override
  public void register(AdminRoutes routes) {
    routes.get("/clock", request -> AdminResponse.ok(view()));
    routes.put(
        "/clock",
        request -> {
          JsonFields body = JsonFields.object(request.jsonObject(), "", Set.of("now"));
          Instant now =
              body.instant("now")
                  .orElseThrow(
                      () ->
                          new BadAdminRequest(
                              "now", "is required, e.g. {\"now\": \"2030-01-01T00:00:00Z\"}"));
          clock.set(now);
          return AdminResponse.ok(view());
        });
    routes.post(
        "/clock/advance",
        request -> {
          JsonFields body = JsonFields.object(request.jsonObject(), "", Set.of("by"));
          Duration by =
              body.duration("by")
                  .orElseThrow(
                      () -> new BadAdminRequest("by", "is required, e.g. {\"by\": \"PT2H\"}"));
          clock.advance(by);
          return AdminResponse.ok(view());
        });
    routes.post(
        "/clock/reset",
        request -> {
          clock.reset();
          return AdminResponse.ok(view());
        });
  }

  private Map<String, Object> view() {
    Instant now = clock.instant();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("now", now.toString());
    view.put("date", HttpDates.format(now));
    view.put("offset", clock.offset().toString());
    return view;
  }
}
