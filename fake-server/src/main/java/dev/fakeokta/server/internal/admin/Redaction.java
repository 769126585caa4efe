package dev.fakeokta.server.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.fakeokta.server.internal.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Masks credentials before the journal leaves the fake: {@code Authorization} values keep their
 * scheme and last four characters, cookies are hidden, and secrets, passwords, tokens and private
 * key parts in JSON bodies, forms and queries become {@value #MASK}.
 */
final class Redaction {

  /** What a masked value becomes. */
  static final String MASK = "****";

  private static final Set<String> CREDENTIAL_HEADERS =
      Set.of("authorization", "proxy-authorization");
  private static final Set<String> HIDDEN_HEADERS = Set.of("cookie", "set-cookie");
  private static final Set<String> SECRET_KEYS =
      Set.of(
          "password",
          "client_secret",
          "clientsecret",
          "secret",
          "token",
          "access_token",
          "id_token",
          "refresh_token",
          "assertion",
          "client_assertion",
          "subject_token",
          "actor_token",
          "code",
          "code_verifier",
          "device_code",
          "private_key",
          "privatekey",
          "d",
          "p",
          "q",
          "dp",
          "dq",
          "qi",
          "k");

  private Redaction() {}

  static Map<String, List<String>> headers(Map<String, List<String>> headers) {
    Map<String, List<String>> masked = new LinkedHashMap<>();
    headers.forEach(
        (name, values) -> {
          String lower = name.toLowerCase(Locale.ROOT);
          if (CREDENTIAL_HEADERS.contains(lower)) {
            masked.put(name, values.stream().map(Redaction::credential).toList());
          } else if (HIDDEN_HEADERS.contains(lower)) {
            masked.put(name, values.stream().map(v -> MASK).toList());
          } else {
            masked.put(name, values);
          }
        });
    return masked;
  }

  /**
   * Masks an {@code Authorization} value: {@code SSWS 00abc...wxyz} becomes {@code SSWS ****wxyz};
   * a short credential loses all its characters.
   */
  static String credential(String value) {
    String stripped = value.strip();
    int space = stripped.indexOf(' ');
    String scheme = space < 0 ? "" : stripped.substring(0, space) + " ";
    String secret = space < 0 ? stripped : stripped.substring(space + 1).strip();
    String tail = secret.length() >= 16 ? secret.substring(secret.length() - 4) : "";
    return scheme + MASK + tail;
  }

  /** Masks a body: JSON by key, a form by parameter name; anything else is kept. */
  static String body(String body) {
    if (body == null || body.isEmpty()) {
      return "";
    }
    String trimmed = body.strip();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      try {
        JsonNode node = Json.MAPPER.readTree(trimmed);
        return Json.write(json(node, false));
      } catch (Exception notJson) {
        return body;
      }
    }
    if (trimmed.contains("=") && !trimmed.contains(" ") && !trimmed.contains("\n")) {
      return form(trimmed);
    }
    return body;
  }

  /** Masks secret query parameters of a URL. */
  static String url(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q + 1) + form(url.substring(q + 1));
  }

  private static String form(String form) {
    List<String> pairs = new ArrayList<>();
    for (String pair : form.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      pairs.add(eq >= 0 && secret(name) ? name + "=" + MASK : pair);
    }
    return String.join("&", pairs);
  }

  private static JsonNode json(JsonNode node, boolean inSecret) {
    if (node.isObject()) {
      ObjectNode copy = Json.MAPPER.createObjectNode();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        copy.set(field.getKey(), json(field.getValue(), inSecret || secret(field.getKey())));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = Json.MAPPER.createArrayNode();
      node.forEach(element -> copy.add(json(element, inSecret)));
      return copy;
    }
    if (inSecret && (node.isTextual() || node.isNumber())) {
      return TextNode.valueOf(MASK);
    }
    return node;
  }

  private static boolean secret(String name) {
    return SECRET_KEYS.contains(name.toLowerCase(Locale.ROOT));
  }
}
