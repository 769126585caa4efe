package dev.fakeokta.server.internal.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.fakeokta.server.OAuthError;
import dev.fakeokta.server.OktaError;
import dev.fakeokta.server.ScriptedResponse;
import dev.fakeokta.server.ServerFault;
import dev.fakeokta.server.internal.ScriptState;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A script as the admin API receives it, parsed and validated in full before anything is applied:
 *
 * <pre>{@code
 * {"request": {"method": "GET", "path": "/api/v1/users"},
 *  "steps": [{"times": 2, "oktaError": {"code": "E0000047"}},
 *            {"fault": {"kind": "CONNECTION_RESET"}},
 *            {"oktaError": {"code": "E0000009"}, "delay": "PT1S"}]}
 * }</pre>
 *
 * <p>A step serves exactly one of {@code oktaError}, {@code oauthError} or {@code fault} (a {@link
 * ServerFault}: {@code {"kind": "CONNECTION_RESET"}}, {@code {"kind": "DELAY", "delay": "PT2S"}},
 * ...), optionally after a step-level {@code delay} (random up to {@code maxDelay}).
 */
final class ScriptSpec {

  private static final Set<String> TOP = Set.of("request", "steps");
  private static final Set<String> REQUEST =
      Set.of("method", "path", "pathPattern", "query", "headers");
  private static final Set<String> STEP =
      Set.of(
          "times",
          "always",
          "duration",
          "every",
          "probability",
          "seed",
          "oktaError",
          "oauthError",
          "fault",
          "delay",
          "maxDelay");
  private static final Set<String> MODES =
      Set.of("times", "always", "duration", "every", "probability");
  private static final Set<String> OKTA_ERROR =
      Set.of("code", "summaryArgs", "summary", "causes", "status", "headers");
  private static final Set<String> OAUTH_ERROR =
      Set.of("error", "variant", "description", "status", "redirect");
  private static final Set<String> FAULT =
      Set.of("kind", "status", "contentType", "body", "items", "delay", "maxDelay");
  private static final List<String> FAULT_KINDS =
      List.of(
          "STATUS",
          "BAD_GATEWAY",
          "GATEWAY_TIMEOUT",
          "CONNECTION_RESET",
          "EMPTY_REPLY",
          "MALFORMED_JSON",
          "TRUNCATED_JSON",
          "HUGE_PAGE",
          "DELAY");
  private static final int DEFAULT_PAGE_ITEMS = 1000;
  private static final Set<String> METHODS =
      Set.of("ANY", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

  private final RequestPattern pattern;
  private final List<Step> steps;

  private ScriptSpec(RequestPattern pattern, List<Step> steps) {
    this.pattern = pattern;
    this.steps = steps;
  }

  /**
   * Parses and validates a script.
   *
   * @param body the request body
   * @return the spec
   * @throws BadAdminRequest naming the first bad field
   */
  static ScriptSpec parse(JsonNode body) {
    JsonFields top = JsonFields.object(body, "", TOP);
    RequestPattern pattern =
        parseRequest(
            top.node("request")
                .orElseThrow(
                    () ->
                        new BadAdminRequest(
                            "request",
                            "is required, e.g. {\"method\": \"GET\", \"path\": \"/api/v1/users\"}")));
    JsonNode stepsNode =
        top.node("steps")
            .orElseThrow(
                () ->
                    new BadAdminRequest(
                        "steps",
                        "is required, e.g. [{\"times\": 2, \"oktaError\": {\"code\": \"E0000047\"}}]"));
    if (!stepsNode.isArray() || stepsNode.isEmpty()) {
      throw new BadAdminRequest("steps", "must be a non-empty array of steps");
    }
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < stepsNode.size(); i++) {
      String path = "steps[" + i + "]";
      if (!steps.isEmpty() && steps.get(steps.size() - 1).endless()) {
        throw new BadAdminRequest(
            path,
            "is never reached: steps["
                + (i - 1)
                + "] ("
                + steps.get(steps.size() - 1).mode
                + ") never ends; put it last");
      }
      steps.add(parseStep(stepsNode.get(i), path));
    }
    return new ScriptSpec(pattern, List.copyOf(steps));
  }

  /**
   * A new script state with every step added, not yet registered.
   *
   * @param clock the fake's clock
   * @return the script
   */
  ScriptState toScript(Clock clock) {
    ScriptState script = new ScriptState(pattern, clock);
    for (Step step : steps) {
      switch (step.mode) {
        case "times" -> script.addTimes(step.response, step.count);
        case "always" -> script.addAlways(step.response);
        case "duration" -> script.addFor(step.response, step.duration);
        case "every" -> script.addEvery(step.response, (int) step.count);
        case "probability" -> script.addRandomly(step.response, step.probability, step.seed);
        default -> throw new IllegalStateException("unknown mode " + step.mode);
      }
    }
    return script;
  }

  /**
   * Adds this spec's steps to a script made through the public API.
   *
   * @param script the new, empty script
   */
  void applyTo(dev.fakeokta.server.Script script) {
    for (Step step : steps) {
      switch (step.mode) {
        case "times" -> script.respond(step.response, (int) step.count);
        case "always" -> script.respondAlways(step.response);
        case "duration" -> script.respondFor(step.duration, step.response);
        case "every" -> script.respondEvery((int) step.count, step.response);
        case "probability" -> script.respondRandomly(step.probability, step.seed, step.response);
        default -> throw new IllegalStateException("unknown mode " + step.mode);
      }
    }
  }

  /**
   * The request pattern.
   *
   * @return the pattern
   */
  RequestPattern pattern() {
    return pattern;
  }

  private static RequestPattern parseRequest(JsonNode node) {
    JsonFields request = JsonFields.object(node, "request", REQUEST);
    String method = request.text("method").orElse("ANY").toUpperCase(Locale.ROOT);
    if (!METHODS.contains(method)) {
      throw new BadAdminRequest(
          request.pathOf("method"), "must be one of " + new java.util.TreeSet<>(METHODS));
    }
    boolean hasPath = request.has("path");
    boolean hasPattern = request.has("pathPattern");
    if (hasPath == hasPattern) {
      throw new BadAdminRequest(
          "request",
          "needs exactly one of path (exact, e.g. \"/api/v1/users\") or pathPattern (a regex, e.g."
              + " \"/api/v1/users/.*\"; \".*\" for every path)");
    }
    RequestPatternBuilder builder;
    if (hasPath) {
      String path = request.requiredText("path");
      if (!path.startsWith("/")) {
        throw new BadAdminRequest(
            request.pathOf("path"), "must start with /, was \"" + path + "\"");
      }
      builder =
          RequestPatternBuilder.newRequestPattern(
              RequestMethod.fromString(method), urlPathEqualTo(path));
    } else {
      String regex = request.requiredText("pathPattern");
      try {
        Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        throw new BadAdminRequest(
            request.pathOf("pathPattern"), "is not a valid regex: " + e.getDescription());
      }
      builder =
          RequestPatternBuilder.newRequestPattern(
              RequestMethod.fromString(method), urlPathMatching(regex));
    }
    for (Map.Entry<String, String> query : request.textMap("query").entrySet()) {
      builder.withQueryParam(query.getKey(), equalTo(query.getValue()));
    }
    for (Map.Entry<String, String> header : request.textMap("headers").entrySet()) {
      if (header.getKey().isBlank()) {
        throw new BadAdminRequest(request.pathOf("headers"), "a header name must not be blank");
      }
      builder.withHeader(header.getKey(), equalTo(header.getValue()));
    }
    return builder.build();
  }

  private static Step parseStep(JsonNode node, String path) {
    JsonFields step = JsonFields.object(node, path, STEP);
    List<String> modes = MODES.stream().filter(step::has).sorted().toList();
    if (modes.size() > 1) {
      throw new BadAdminRequest(
          path, "has more than one of times, always, duration, every, probability: " + modes);
    }
    String mode = modes.isEmpty() ? "times" : modes.get(0);
    if (step.has("seed") && !mode.equals("probability")) {
      throw new BadAdminRequest(step.pathOf("seed"), "only goes with probability");
    }
    Step parsed = new Step(mode, parseResponse(step, path));
    switch (mode) {
      case "times" -> parsed.count = step.integer("times", 1, Integer.MAX_VALUE).orElse(1L);
      case "always" -> {
        if (!step.bool("always").orElseThrow()) {
          throw new BadAdminRequest(
              step.pathOf("always"), "can only be true; use times for a limited number");
        }
      }
      case "duration" -> {
        Duration duration = step.duration("duration").orElseThrow();
        if (duration.isZero() || duration.isNegative()) {
          throw new BadAdminRequest(step.pathOf("duration"), "must be positive, was " + duration);
        }
        parsed.duration = duration;
      }
      case "every" -> parsed.count = step.integer("every", 1, Integer.MAX_VALUE).orElseThrow();
      case "probability" -> {
        double p = step.number("probability").orElseThrow();
        if (!(p >= 0 && p <= 1)) {
          throw new BadAdminRequest(
              step.pathOf("probability"), "must be between 0 and 1 (0.1 means 10 %), was " + p);
        }
        parsed.probability = p;
        parsed.seed =
            step.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE)
                .orElseThrow(
                    () ->
                        new BadAdminRequest(
                            step.pathOf("seed"),
                            "is required with probability (e.g. 42), so a run can be reproduced"));
      }
      default -> throw new IllegalStateException(mode);
    }
    return parsed;
  }

  private static ScriptedResponse parseResponse(JsonFields step, String path) {
    List<String> kinds =
        List.of("oktaError", "oauthError", "fault").stream().filter(step::has).toList();
    if (kinds.size() != 1) {
      throw new BadAdminRequest(
          path,
          "needs exactly one of oktaError (e.g. {\"code\": \"E0000047\"}), oauthError (e.g."
              + " {\"error\": \"invalid_grant\"}) or fault (e.g. {\"kind\":"
              + " \"CONNECTION_RESET\"})"
              + (kinds.isEmpty() ? "" : "; has " + kinds));
    }
    String kind = kinds.get(0);
    JsonNode node = step.node(kind).orElseThrow();
    ScriptedResponse response =
        switch (kind) {
          case "oktaError" -> oktaError(node, step.pathOf(kind));
          case "oauthError" -> oauthError(node, step.pathOf(kind));
          default -> fault(node, step.pathOf(kind));
        };
    return delayed(step, response, path);
  }

  /** A step's own {@code delay} (and {@code maxDelay}): its response, sent late. */
  private static ScriptedResponse delayed(JsonFields step, ScriptedResponse response, String path) {
    if (!step.has("delay")) {
      if (step.has("maxDelay")) {
        throw new BadAdminRequest(step.pathOf("maxDelay"), "only goes with delay");
      }
      return response;
    }
    if (response instanceof ServerFault fault && fault.kind() == ServerFault.Kind.DELAY) {
      throw new BadAdminRequest(
          step.pathOf("delay"), "a DELAY fault has its own delay; put it in fault.delay");
    }
    Duration min = step.duration("delay").orElseThrow();
    Duration max = step.duration("maxDelay").orElse(min);
    return apply(
        step.pathOf(step.has("maxDelay") ? "maxDelay" : "delay"),
        () -> response.withRandomDelay(min, max));
  }

  private static ServerFault fault(JsonNode node, String path) {
    JsonFields fields = JsonFields.object(node, path, FAULT);
    String kind =
        fields
            .text("kind")
            .map(text -> text.toUpperCase(Locale.ROOT))
            .orElseThrow(
                () ->
                    new BadAdminRequest(
                        fields.pathOf("kind"), "is required, one of " + FAULT_KINDS));
    if (!FAULT_KINDS.contains(kind)) {
      throw new BadAdminRequest(fields.pathOf("kind"), "must be one of " + FAULT_KINDS);
    }
    Set<String> allowed =
        switch (kind) {
          case "STATUS" -> Set.of("kind", "status", "contentType", "body");
          case "HUGE_PAGE" -> Set.of("kind", "items");
          case "DELAY" -> Set.of("kind", "delay", "maxDelay");
          default -> Set.of("kind");
        };
    for (String key : FAULT) {
      if (fields.has(key) && !allowed.contains(key)) {
        throw new BadAdminRequest(
            fields.pathOf(key),
            "does not go with kind "
                + kind
                + (allowed.size() == 1
                    ? " (it takes no other field)"
                    : "; it takes " + new java.util.TreeSet<>(allowed)));
      }
    }
    return switch (kind) {
      case "STATUS" -> {
        int status =
            fields
                .integer("status", 100, 599)
                .orElseThrow(
                    () ->
                        new BadAdminRequest(
                            fields.pathOf("status"), "is required with kind STATUS, e.g. 502"))
                .intValue();
        if (fields.has("contentType") != fields.has("body")) {
          throw new BadAdminRequest(
              path,
              "needs both contentType and body, or neither (an empty body without Content-Type)");
        }
        yield fields.has("body")
            ? ServerFault.status(
                status, fields.requiredText("contentType"), fields.requiredText("body"))
            : ServerFault.status(status);
      }
      case "BAD_GATEWAY" -> ServerFault.badGateway();
      case "GATEWAY_TIMEOUT" -> ServerFault.gatewayTimeout();
      case "CONNECTION_RESET" -> ServerFault.connectionReset();
      case "EMPTY_REPLY" -> ServerFault.emptyReply();
      case "MALFORMED_JSON" -> ServerFault.malformedJson();
      case "TRUNCATED_JSON" -> ServerFault.truncatedJson();
      case "HUGE_PAGE" ->
          ServerFault.hugePage(
              fields
                  .integer("items", 1, ServerFault.MAX_PAGE_ITEMS)
                  .orElse((long) DEFAULT_PAGE_ITEMS)
                  .intValue());
      case "DELAY" -> {
        Duration min =
            fields
                .duration("delay")
                .orElseThrow(
                    () ->
                        new BadAdminRequest(
                            fields.pathOf("delay"), "is required with kind DELAY, e.g. \"PT2S\""));
        Duration max = fields.duration("maxDelay").orElse(min);
        yield apply(
            fields.pathOf(fields.has("maxDelay") ? "maxDelay" : "delay"),
            () -> ServerFault.delay(min, max));
      }
      default -> throw new IllegalStateException(kind);
    };
  }

  private static OktaError oktaError(JsonNode node, String path) {
    JsonFields fields = JsonFields.object(node, path, OKTA_ERROR);
    String code = fields.requiredText("code");
    OktaError error = apply(fields.pathOf("code"), () -> OktaError.of(code));
    if (fields.has("summaryArgs") && fields.has("summary")) {
      throw new BadAdminRequest(path, "has both summaryArgs and summary; use one");
    }
    List<String> args = fields.texts("summaryArgs");
    if (!args.isEmpty()) {
      OktaError base = error;
      error = apply(fields.pathOf("summaryArgs"), () -> base.withSummaryArgs(args.toArray()));
    }
    if (fields.has("summary")) {
      error = error.withSummary(fields.requiredText("summary"));
    }
    for (String cause : fields.texts("causes")) {
      error = error.withCause(cause);
    }
    long status = fields.integer("status", 100, 599).orElse(-1L);
    if (status > 0) {
      error = error.withStatus((int) status);
    }
    for (Map.Entry<String, String> header : fields.textMap("headers").entrySet()) {
      OktaError base = error;
      error =
          apply(
              fields.pathOf("headers"), () -> base.withHeader(header.getKey(), header.getValue()));
    }
    return error;
  }

  private static OAuthError oauthError(JsonNode node, String path) {
    JsonFields fields = JsonFields.object(node, path, OAUTH_ERROR);
    if (fields.has("error") == fields.has("variant")) {
      throw new BadAdminRequest(
          path,
          "needs exactly one of error (e.g. \"invalid_grant\") or variant (e.g. \"token_expired\")");
    }
    String key = fields.has("error") ? "error" : "variant";
    String name = fields.requiredText(key);
    OAuthError error = apply(fields.pathOf(key), () -> OAuthError.of(name));
    if (fields.has("description")) {
      error = error.withDescription(fields.requiredText("description"));
    }
    long status = fields.integer("status", 100, 599).orElse(-1L);
    if (status > 0) {
      error = error.withStatus((int) status);
    }
    if (fields.bool("redirect").orElse(false)) {
      error = error.asRedirect();
    }
    return error;
  }

  private static <T> T apply(String path, java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (IllegalArgumentException e) {
      throw new BadAdminRequest(path, e.getMessage());
    }
  }

  private static final class Step {
    final String mode;
    final ScriptedResponse response;
    long count;
    Duration duration;
    double probability;
    long seed;

    Step(String mode, ScriptedResponse response) {
      this.mode = mode;
      this.response = response;
    }

    boolean endless() {
      return mode.equals("always") || mode.equals("every") || mode.equals("probability");
    }
  }
}
