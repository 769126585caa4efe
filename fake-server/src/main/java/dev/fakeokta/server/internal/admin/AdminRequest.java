package dev.fakeokta.server.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import dev.fakeokta.server.internal.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An admin request: its path parameters, query and JSON body, with validating accessors. */
public final class AdminRequest {

  private final Request request;
  private final Map<String, String> pathParams;
  private final Map<String, String> query;

  AdminRequest(Request request, Map<String, String> pathParams) {
    this.request = request;
    this.pathParams = pathParams;
    this.query = parseQuery(request.getUrl());
  }

  /**
   * A path parameter of the route, e.g. {@code id} in {@code /scripts/{id}}.
   *
   * @param name the parameter name
   * @return the value
   */
  public String pathParam(String name) {
    return pathParams.get(name);
  }

  /**
   * The query parameters (first value of each).
   *
   * @param allowed the names this route accepts; any other is a bad request
   * @return the parameters, unmodifiable
   * @throws BadAdminRequest naming an unknown parameter
   */
  public Map<String, String> query(Set<String> allowed) {
    for (String name : query.keySet()) {
      if (!allowed.contains(name)) {
        throw new BadAdminRequest(
            name,
            "unknown query parameter; this route accepts " + new java.util.TreeSet<>(allowed));
      }
    }
    return query;
  }

  /**
   * The body as a JSON object.
   *
   * @return the object
   * @throws BadAdminRequest if the body is empty, not JSON, or not an object
   */
  public JsonNode jsonObject() {
    String body = request.getBodyAsString();
    if (body == null || body.isBlank()) {
      throw new BadAdminRequest(null, "the request needs a JSON object body");
    }
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(body);
    } catch (Exception e) {
      throw new BadAdminRequest(
          null, "the body is not valid JSON (" + firstLine(e.getMessage()) + ")");
    }
    if (node == null || !node.isObject()) {
      throw new BadAdminRequest(null, "the body must be a JSON object, was " + kind(node));
    }
    return node;
  }

  /**
   * The body as a JSON object, or empty if there is no body.
   *
   * @return the object, if any
   */
  public Optional<JsonNode> optionalJsonObject() {
    String body = request.getBodyAsString();
    return body == null || body.isBlank() ? Optional.empty() : Optional.of(jsonObject());
  }

  static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "missing";
    }
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static Map<String, String> parseQuery(String url) {
    int q = url.indexOf('?');
    if (q < 0 || q == url.length() - 1) {
      return Map.of();
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : url.substring(q + 1).split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.putIfAbsent(name, value);
    }
    return Collections.unmodifiableMap(params);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadAdminRequest(null, "the query is not URL-encoded correctly: " + text);
    }
  }
}
