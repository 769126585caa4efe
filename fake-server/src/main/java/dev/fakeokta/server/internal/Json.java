package dev.fakeokta.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** JSON rendering of the bodies the fake sends. */
public final class Json {

  /** The shared mapper; configured once, thread-safe. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /**
   * Okta's error body, fields in Okta's order.
   *
   * @param code the error code
   * @param summary the summary
   * @param errorId the error id
   * @param causes the cause summaries
   * @return the JSON text
   */
  public static String oktaError(String code, String summary, String errorId, List<String> causes) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("errorCode", code);
    body.put("errorSummary", summary);
    body.put("errorLink", code);
    body.put("errorId", errorId);
    ArrayNode array = body.putArray("errorCauses");
    for (String cause : causes) {
      array.addObject().put("errorSummary", cause);
    }
    return write(body);
  }

  /**
   * The OAuth 2.0 error body.
   *
   * @param error the error value
   * @param description the description
   * @return the JSON text
   */
  public static String oauthError(String error, String description) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("error", error);
    body.put("error_description", description);
    return write(body);
  }

  /**
   * Writes any value as JSON.
   *
   * @param value the value
   * @return the JSON text
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot render JSON", e);
    }
  }
}
