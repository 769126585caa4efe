package dev.fakeokta.server.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.fakeokta.server.ServerFault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Renders {@link ServerFault}s (other than a delay before the normal answer). */
final class FaultRenderer {

  private static final String USERS_PAGE =
      "[{\"id\":\"00ub0oNGTSWTBKOLGLNR\",\"status\":\"ACTIVE\",\"created\":\"2013-06-24T16:39:18.000Z\","
          + "\"profile\":{\"firstName\":\"Isaac\",\"lastName\":\"Brock\","
          + "\"email\":\"isaac.brock@example.com\",\"login\":\"isaac.brock@example.com\"}},"
          + "{\"id\":\"00ub0oNGTSWTBKOLGLNS\",\"status\":\"ACTIVE\",\"created\":\"2013-06-24T16:40:18.000Z\","
          + "\"profile\":{\"firstName\":\"John\",\"lastName\":\"Doe\","
          + "\"email\":\"john.doe@example.com\",\"login\":\"john.doe@example.com\"}}]";

  private FaultRenderer() {}

  static ResponseDefinition render(ServerFault fault, Request request) {
    return switch (fault.kind()) {
      case STATUS -> {
        ResponseDefinitionBuilder builder =
            ResponseDefinitionBuilder.responseDefinition().withStatus(fault.status());
        fault.contentType().ifPresent(type -> builder.withHeader("Content-Type", type));
        yield builder.withBody(fault.body().orElse("")).build();
      }
      case CONNECTION_RESET ->
          ResponseDefinitionBuilder.responseDefinition()
              .withFault(Fault.CONNECTION_RESET_BY_PEER)
              .build();
      case EMPTY_REPLY ->
          ResponseDefinitionBuilder.responseDefinition().withFault(Fault.EMPTY_RESPONSE).build();
      case MALFORMED_JSON -> json(fault.body().orElseThrow());
      case TRUNCATED_JSON -> json(USERS_PAGE.substring(0, USERS_PAGE.length() / 2));
      case HUGE_PAGE -> hugePage(fault.items(), request);
      case DELAY -> throw new IllegalStateException("a delay is rendered by ResponseRenderer");
    };
  }

  static long pickDelayMillis(ServerFault delay) {
    long min = delay.minDelay().orElse(Duration.ZERO).toMillis();
    long max = delay.maxDelay().orElse(Duration.ZERO).toMillis();
    return min == max ? min : ThreadLocalRandom.current().nextLong(min, max + 1);
  }

  private static ResponseDefinition json(String body) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(200)
        .withHeader("Content-Type", ResponseRenderer.OAUTH_JSON)
        .withBody(body)
        .build();
  }

  private static ResponseDefinition hugePage(int items, Request request) {
    URI uri = URI.create(request.getAbsoluteUrl());
    String base = uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
    StringBuilder body = new StringBuilder(items * 200);
    body.append('[');
    for (int i = 0; i < items; i++) {
      if (i > 0) {
        body.append(',');
      }
      String id = "00u" + String.format("%017d", i);
      body.append("{\"id\":\"")
          .append(id)
          .append("\",\"status\":\"ACTIVE\",\"created\":\"2013-06-24T16:39:18.000Z\",")
          .append("\"profile\":{\"firstName\":\"User\",\"lastName\":\"")
          .append(i)
          .append("\",\"email\":\"user")
          .append(i)
          .append("@example.com\",\"login\":\"user")
          .append(i)
          .append("@example.com\"}}");
    }
    body.append(']');
    String after = "00u" + String.format("%017d", items - 1);
    List<String> links =
        List.of(
            "<" + base + "?limit=" + items + ">; rel=\"self\"",
            "<" + base + "?after=" + after + "&limit=" + items + ">; rel=\"next\"");
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(200)
        .withHeaders(
            new HttpHeaders(
                new HttpHeader("Content-Type", ResponseRenderer.OAUTH_JSON),
                new HttpHeader("Link", links)))
        .withBody(body.toString())
        .build();
  }
}
