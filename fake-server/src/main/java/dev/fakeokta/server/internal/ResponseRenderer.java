package dev.fakeokta.server.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.fakeokta.server.OAuthError;
import dev.fakeokta.server.OktaError;
import dev.fakeokta.server.ScriptedResponse;
import dev.fakeokta.server.ServerFault;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns {@link ScriptedResponse}s into WireMock response definitions, afresh for each request. */
public final class ResponseRenderer {

  /** Okta's content type for management-API errors. */
  public static final String OKTA_JSON = "application/json";

  /** Okta's content type for OAuth 2.0 responses. */
  public static final String OAUTH_JSON = "application/json;charset=UTF-8";

  private final OktaState state;

  /**
   * A renderer for one server.
   *
   * @param state the server's state
   */
  public ResponseRenderer(OktaState state) {
    this.state = state;
  }

  /**
   * Renders a response for a request.
   *
   * @param response what to serve
   * @param request the request being answered
   * @return the definition to send
   */
  public ResponseDefinition render(ScriptedResponse response, Request request) {
    if (response instanceof OktaError error) {
      return oktaError(error);
    }
    if (response instanceof OAuthError error) {
      return oauthError(error, request);
    }
    if (response instanceof ServerFault fault) {
      if (fault.kind() == ServerFault.Kind.DELAY) {
        ScriptedResponse then =
            fault
                .delayedResponse()
                .orElseThrow(
                    () -> new IllegalArgumentException("a delay without a response falls through"));
        ResponseDefinition rendered = render(then, request);
        Integer before = rendered.getFixedDelayMilliseconds();
        long delay = (before == null ? 0 : before) + FaultRenderer.pickDelayMillis(fault);
        return ResponseDefinitionBuilder.like(rendered)
            .but()
            .withFixedDelay((int) Math.min(Integer.MAX_VALUE, delay))
            .build();
      }
      return FaultRenderer.render(fault, request);
    }
    throw new IllegalArgumentException("Cannot render " + response);
  }

  /**
   * The delay of a script step that delays the normal answer, e.g. {@code
   * ServerFault.delay(Duration.ofSeconds(2))} (possibly nested in further delays).
   *
   * @param response a scripted response
   * @return the delay in milliseconds, or -1 if {@code response} is not such a delay
   */
  public static long fallThroughDelayMillis(ScriptedResponse response) {
    long total = 0;
    ScriptedResponse current = response;
    while (current instanceof ServerFault fault && fault.kind() == ServerFault.Kind.DELAY) {
      total += FaultRenderer.pickDelayMillis(fault);
      if (fault.delayedResponse().isEmpty()) {
        return total;
      }
      current = fault.delayedResponse().get();
    }
    return -1;
  }

  /**
   * Renders an Okta error.
   *
   * @param error the error
   * @return the definition, with a new {@code errorId}
   */
  public ResponseDefinition oktaError(OktaError error) {
    int status = error.status(state.catalogue());
    List<HttpHeader> headers = new ArrayList<>();
    headers.add(new HttpHeader("Content-Type", OKTA_JSON));
    // X-Rate-Limit-* (also on 429s) come from the rate limiter, in OktaHeaders
    String body =
        Json.oktaError(
            error.code(), error.summary(state.catalogue()), Ids.errorId(), error.causes());
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(status)
        .withHeaders(override(new HttpHeaders(headers), error.headers()))
        .withBody(body)
        .build();
  }

  /**
   * Renders an OAuth error, as JSON or as a redirect.
   *
   * @param error the error
   * @param request the request, for {@code redirect_uri}, {@code state} and {@code response_mode}
   * @return the definition
   */
  public ResponseDefinition oauthError(OAuthError error, Request request) {
    String redirectUri = parameter(request, "redirect_uri");
    if (error.isRedirect() && redirectUri != null && !redirectUri.isBlank()) {
      String requestState = parameter(request, "state");
      boolean fragment = "fragment".equals(parameter(request, "response_mode"));
      StringBuilder location = new StringBuilder(redirectUri);
      location.append(fragment ? '#' : (redirectUri.contains("?") ? '&' : '?'));
      location.append("error=").append(encode(error.error()));
      location.append("&error_description=").append(encode(error.description()));
      if (requestState != null) {
        location.append("&state=").append(encode(requestState));
      }
      return ResponseDefinitionBuilder.responseDefinition()
          .withStatus(302)
          .withHeader("Location", location.toString())
          .withHeader("Cache-Control", "no-cache, no-store")
          .withHeader("Pragma", "no-cache")
          .build();
    }
    ResponseDefinitionBuilder builder =
        ResponseDefinitionBuilder.responseDefinition()
            .withStatus(error.status())
            .withHeader("Content-Type", OAUTH_JSON)
            .withHeader("Cache-Control", "no-cache, no-store")
            .withHeader("Pragma", "no-cache")
            .withBody(Json.oauthError(error.error(), error.description()));
    if ("invalid_token".equals(error.error()) || "insufficient_scope".equals(error.error())) {
      builder.withHeader(
          "WWW-Authenticate",
          "Bearer error=\""
              + error.error()
              + "\", error_description=\""
              + error.description()
              + "\"");
    }
    return builder.build();
  }

  private static HttpHeaders override(HttpHeaders base, Map<String, String> extra) {
    if (extra.isEmpty()) {
      return base;
    }
    List<HttpHeader> merged = new ArrayList<>();
    for (HttpHeader header : base.all()) {
      if (extra.keySet().stream().noneMatch(header.key()::equalsIgnoreCase)) {
        merged.add(header);
      }
    }
    extra.forEach((name, value) -> merged.add(new HttpHeader(name, value)));
    return new HttpHeaders(merged);
  }

  private static String parameter(Request request, String name) {
    QueryParameter query = request.queryParameter(name);
    if (query != null && query.isPresent()) {
      return query.firstValue();
    }
    try {
      var form = request.formParameter(name);
      return form != null && form.isPresent() ? form.firstValue() : null;
    } catch (RuntimeException notAForm) {
      return null;
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
