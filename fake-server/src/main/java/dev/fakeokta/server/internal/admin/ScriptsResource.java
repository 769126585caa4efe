package dev.fakeokta.server.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakeokta.server.internal.Json;
import dev.fakeokta.server.internal.OktaState;
import dev.fakeokta.server.internal.ScriptState;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scripts: {@code POST /scripts} adds one (validated in full first), {@code GET /scripts} lists
 * them newest first (including those made through the Java API), {@code GET} and {@code DELETE
 * /scripts/{id}} read and remove one, {@code DELETE /scripts} removes all.
 */
final class ScriptsResource implements AdminResource {

  private final OktaState state;
  private final AtomicLong ids = new AtomicLong();
  private final Map<ScriptState, Registered> registry = new IdentityHashMap<>();

  ScriptsResource(OktaState state) {
    this.state = state;
  }

  @Override
  public void register(AdminRoutes routes) {
    routes.post(
        "/scripts",
        request -> {
          JsonNode body = request.jsonObject();
          ScriptSpec spec = ScriptSpec.parse(body);
          ScriptState script = spec.toScript(state.clock());
          Registered registered;
          synchronized (registry) {
            registered = new Registered(nextId(), body);
            registry.put(script, registered);
            state.addScript(script);
          }
          return AdminResponse.of(201, view(script, registered));
        });
    routes.get(
        "/scripts",
        request -> {
          List<Map<String, Object>> views = new ArrayList<>();
          synchronized (registry) {
            prune();
            for (ScriptState script : state.scripts()) {
              views.add(view(script, registered(script)));
            }
          }
          return AdminResponse.ok(Map.of("scripts", views));
        });
    routes.get(
        "/scripts/{id}",
        request -> {
          synchronized (registry) {
            ScriptState script = find(request.pathParam("id"));
            return AdminResponse.ok(view(script, registered(script)));
          }
        });
    routes.delete(
        "/scripts/{id}",
        request -> {
          synchronized (registry) {
            ScriptState script = find(request.pathParam("id"));
            state.removeScript(script);
            registry.remove(script);
          }
          return AdminResponse.noContent();
        });
    routes.delete(
        "/scripts",
        request -> {
          synchronized (registry) {
            for (ScriptState script : List.copyOf(state.scripts())) {
              state.removeScript(script);
            }
            registry.clear();
          }
          return AdminResponse.noContent();
        });
  }

  private ScriptState find(String id) {
    prune();
    for (ScriptState script : state.scripts()) {
      if (registered(script).id.equals(id)) {
        return script;
      }
    }
    throw BadAdminRequest.notFound(
        "id", "no script with id \"" + id + "\"; GET /__admin/fakeokta/scripts lists them");
  }

  private Registered registered(ScriptState script) {
    // scripts made through the Java API get an id the first time the admin API sees them
    return registry.computeIfAbsent(script, s -> new Registered(nextId(), null));
  }

  private void prune() {
    Set<ScriptState> live = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    live.addAll(state.scripts());
    registry.keySet().retainAll(live);
  }

  private String nextId() {
    return "script-" + ids.incrementAndGet();
  }

  private static Map<String, Object> view(ScriptState script, Registered registered) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", registered.id);
    if (registered.spec != null) {
      view.put("request", registered.spec.get("request"));
      view.put("steps", registered.spec.get("steps"));
    } else {
      view.put(
          "wireMockPattern",
          Json.MAPPER.valueToTree(
              com.github.tomakehurst.wiremock.common.Json.read(
                  com.github.tomakehurst.wiremock.common.Json.write(script.pattern()), Map.class)));
    }
    view.put("servedCount", script.served());
    view.put("matchedCount", script.matched());
    view.put("usedUp", script.isUsedUp());
    return view;
  }

  private record Registered(String id, JsonNode spec) {}
}
