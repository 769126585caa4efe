package dev.fakeokta.server.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.fakeokta.server.FakeOktaServer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Scripts given up front (the standalone config file's {@code "scripts"}), in the same JSON shape
 * as {@code POST /__admin/fakeokta/scripts}: validated in full when read, applied once the fake
 * runs.
 */
public final class ScriptFiles {

  private ScriptFiles() {}

  /**
   * Validates an array of scripts.
   *
   * @param scripts the JSON array
   * @return what adds them to a running fake, in order
   * @throws BadAdminRequest naming the bad field, e.g. {@code [1].steps[0].times}
   */
  public static Consumer<FakeOktaServer> parse(JsonNode scripts) {
    if (scripts == null || !scripts.isArray()) {
      throw new BadAdminRequest(
          null, "must be an array of scripts like {\"request\": ..., \"steps\": [...]}");
    }
    List<ScriptSpec> specs = new ArrayList<>();
    for (int i = 0; i < scripts.size(); i++) {
      try {
        specs.add(ScriptSpec.parse(scripts.get(i)));
      } catch (BadAdminRequest e) {
        throw new BadAdminRequest(
            "[" + i + "]" + (e.field() == null ? "" : "." + e.field()), e.reason());
      }
    }
    return okta -> {
      for (ScriptSpec spec : specs) {
        spec.applyTo(okta.when(RequestPatternBuilder.like(spec.pattern())));
      }
    };
  }
}
