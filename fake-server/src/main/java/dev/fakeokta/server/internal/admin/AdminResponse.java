package dev.fakeokta.server.internal.admin;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.fakeokta.server.internal.Json;

/** An admin response: a status and a JSON body. */
public final class AdminResponse {

  private final int status;
  private final String body;

  private AdminResponse(int status, String body) {
    this.status = status;
    this.body = body;
  }

  /**
   * A 200 with {@code value} as JSON.
   *
   * @param value anything Jackson can write
   * @return the response
   */
  public static AdminResponse ok(Object value) {
    return new AdminResponse(200, Json.write(value));
  }

  /**
   * A response with a status and {@code value} as JSON.
   *
   * @param status the status
   * @param value anything Jackson can write
   * @return the response
   */
  public static AdminResponse of(int status, Object value) {
    return new AdminResponse(status, Json.write(value));
  }

  /**
   * A 200 with JSON text as is.
   *
   * @param json the JSON text
   * @return the response
   */
  public static AdminResponse rawJson(String json) {
    return new AdminResponse(200, json);
  }

  /** A 204 with no body. */
  static final AdminResponse NO_CONTENT = new AdminResponse(204, null);

  /**
   * A 204 with no body.
   *
   * @return the response
   */
  public static AdminResponse noContent() {
    return NO_CONTENT;
  }

  ResponseDefinition toDefinition() {
    ResponseDefinitionBuilder builder =
        ResponseDefinitionBuilder.responseDefinition()
            .withStatus(status)
            .withHeader("Cache-Control", "no-store");
    if (body != null) {
      builder.withHeader("Content-Type", "application/json").withBody(body);
    }
    return builder.build();
  }
}
