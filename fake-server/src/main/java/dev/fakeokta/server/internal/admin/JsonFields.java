package dev.fakeokta.server.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads fields of an admin request's JSON strictly: unknown keys and wrong types are bad requests
 * that name the field by its path, e.g. {@code steps[1].oktaError.status}.
 */
public final class JsonFields {

  private final JsonNode node;
  private final String path;

  private JsonFields(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /**
   * Reads an object, rejecting keys outside {@code allowed}.
   *
   * @param node the node
   * @param path its path, {@code ""} for the body
   * @param allowed the keys it may have
   * @return the reader
   * @throws BadAdminRequest if the node is not an object or has an unknown key
   */
  public static JsonFields object(JsonNode node, String path, Set<String> allowed) {
    if (node == null || !node.isObject()) {
      throw new BadAdminRequest(
          label(path), "must be a JSON object, was " + AdminRequest.kind(node));
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new BadAdminRequest(
            join(path, name), "unknown field; allowed here: " + new TreeSet<>(allowed));
      }
    }
    return new JsonFields(node, path);
  }

  /**
   * The path of a key of this object.
   *
   * @param key the key
   * @return e.g. {@code request.path}
   */
  public String pathOf(String key) {
    return join(path, key);
  }

  /**
   * Whether the key is present and not {@code null}.
   *
   * @param key the key
   * @return {@code true} if present
   */
  public boolean has(String key) {
    return node.hasNonNull(key);
  }

  /**
   * The raw node of a key.
   *
   * @param key the key
   * @return the node, or empty if absent or {@code null}
   */
  public Optional<JsonNode> node(String key) {
    return has(key) ? Optional.of(node.get(key)) : Optional.empty();
  }

  /**
   * A required string.
   *
   * @param key the key
   * @return the value
   */
  public String requiredText(String key) {
    return text(key).orElseThrow(() -> new BadAdminRequest(pathOf(key), "is required"));
  }

  /**
   * An optional string.
   *
   * @param key the key
   * @return the value, if present
   */
  public Optional<String> text(String key) {
    if (!has(key)) {
      return Optional.empty();
    }
    JsonNode value = node.get(key);
    if (!value.isTextual()) {
      throw new BadAdminRequest(pathOf(key), "must be a string, was " + AdminRequest.kind(value));
    }
    return Optional.of(value.asText());
  }

  /**
   * An optional integer within a range.
   *
   * @param key the key
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return the value, if present
   */
  public Optional<Long> integer(String key, long min, long max) {
    if (!has(key)) {
      return Optional.empty();
    }
    JsonNode value = node.get(key);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new BadAdminRequest(
          pathOf(key), "must be an integer, was " + AdminRequest.kind(value) + " " + value);
    }
    long number = value.asLong();
    if (number < min || number > max) {
      throw new BadAdminRequest(
          pathOf(key), "must be between " + min + " and " + max + ", was " + number);
    }
    return Optional.of(number);
  }

  /**
   * An optional number.
   *
   * @param key the key
   * @return the value, if present
   */
  public Optional<Double> number(String key) {
    if (!has(key)) {
      return Optional.empty();
    }
    JsonNode value = node.get(key);
    if (!value.isNumber()) {
      throw new BadAdminRequest(pathOf(key), "must be a number, was " + AdminRequest.kind(value));
    }
    return Optional.of(value.asDouble());
  }

  /**
   * An optional boolean.
   *
   * @param key the key
   * @return the value, if present
   */
  public Optional<Boolean> bool(String key) {
    if (!has(key)) {
      return Optional.empty();
    }
    JsonNode value = node.get(key);
    if (!value.isBoolean()) {
      throw new BadAdminRequest(
          pathOf(key), "must be true or false, was " + AdminRequest.kind(value));
    }
    return Optional.of(value.asBoolean());
  }

  /**
   * An optional ISO-8601 duration such as {@code PT30S}.
   *
   * @param key the key
   * @return the value, if present
   */
  public Optional<Duration> duration(String key) {
    return text(key)
        .map(
            text -> {
              try {
                return Duration.parse(text);
              } catch (DateTimeParseException e) {
                throw new BadAdminRequest(
                    pathOf(key),
                    "must be an ISO-8601 duration such as \"PT30S\" or \"PT2H\", was \""
                        + text
                        + "\"");
              }
            });
  }

  /**
   * An optional ISO-8601 instant such as {@code 2030-01-01T00:00:00Z}.
   *
   * @param key the key
   * @return the value, if present
   */
  public Optional<Instant> instant(String key) {
    return text(key)
        .map(
            text -> {
              try {
                return Instant.parse(text);
              } catch (DateTimeParseException e) {
                throw new BadAdminRequest(
                    pathOf(key),
                    "must be an ISO-8601 instant such as \"2030-01-01T00:00:00Z\", was \""
                        + text
                        + "\"");
              }
            });
  }

  /**
   * An optional list of strings.
   *
   * @param key the key
   * @return the values, empty if absent
   */
  public List<String> texts(String key) {
    if (!has(key)) {
      return List.of();
    }
    JsonNode value = node.get(key);
    if (!value.isArray()) {
      throw new BadAdminRequest(
          pathOf(key), "must be an array of strings, was " + AdminRequest.kind(value));
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      if (!value.get(i).isTextual()) {
        throw new BadAdminRequest(
            pathOf(key) + "[" + i + "]",
            "must be a string, was " + AdminRequest.kind(value.get(i)));
      }
      texts.add(value.get(i).asText());
    }
    return texts;
  }

  /**
   * An optional object of string values, such as headers.
   *
   * @param key the key
   * @return the entries in order, empty if absent
   */
  public Map<String, String> textMap(String key) {
    if (!has(key)) {
      return Map.of();
    }
    JsonNode value = node.get(key);
    if (!value.isObject()) {
      throw new BadAdminRequest(
          pathOf(key),
          "must be an object of strings such as {\"X-Name\": \"value\"}, was "
              + AdminRequest.kind(value));
    }
    Map<String, String> map = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getValue().isTextual()) {
        throw new BadAdminRequest(
            pathOf(key) + "." + field.getKey(),
            "must be a string, was " + AdminRequest.kind(field.getValue()));
      }
      map.put(field.getKey(), field.getValue().asText());
    }
    return map;
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String label(String path) {
    return path.isEmpty() ? null : path;
  }
}
