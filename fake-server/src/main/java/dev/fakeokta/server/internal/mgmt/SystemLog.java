package dev.fakeokta.server.internal.mgmt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.fakeokta.server.FakeClock;
import dev.fakeokta.server.internal.Json;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The org's System Log: the events {@code /api/v1/logs} serves. The management API records its
 * changes here under Okta's event types; as a WireMock {@link ServeEventListener} it also records
 * every response of status 400 or more the fake served (scripted, stubbed or by rule) as a {@code
 * FAILURE} event. Keeps the newest {@value #CAPACITY} events.
 */
public final class SystemLog implements ServeEventListener {

  /** The extension name. */
  public static final String NAME = "fakeokta-system-log";

  /** The event type of a failed request; Okta has no public type for it, so this one is ours. */
  public static final String FAILURE_EVENT_TYPE = "fakeokta.api.request.failure";

  static final int CAPACITY = 10_000;

  /** One stored event. */
  record Entry(Instant published, long sequence, ObjectNode event) {
    String cursor() {
      return published.toEpochMilli() + "_" + sequence;
    }
  }

  private final FakeClock clock;
  private final Deque<Entry> entries = new ArrayDeque<>();
  private long sequence;

  /**
   * The log for one server.
   *
   * @param clock the fake's clock, for {@code published}
   */
  public SystemLog(FakeClock clock) {
    this.clock = clock;
  }

  /** The who, from where, how of one request, for an event. */
  record Context(
      String requestId,
      String method,
      String uri,
      String ipAddress,
      String userAgent,
      ObjectNode actor) {

    static Context of(Request request, String requestId, ObjectNode actor) {
      String agent = request.getHeader("User-Agent");
      return new Context(
          requestId,
          request.getMethod().getName(),
          request.getUrl(),
          request.getClientIp(),
          agent == null ? "UNKNOWN" : agent,
          actor);
    }
  }

  static ObjectNode systemActor() {
    ObjectNode actor = Json.MAPPER.createObjectNode();
    actor.put("id", "0oa1fakeoktasystem00");
    actor.put("type", "PublicClientApp");
    actor.put("alternateId", "unknown");
    actor.put("displayName", "Unknown client");
    actor.putNull("detailEntry");
    return actor;
  }

  static ObjectNode target(String id, String type, String alternateId, String displayName) {
    ObjectNode target = Json.MAPPER.createObjectNode();
    target.put("id", id);
    target.put("type", type);
    target.put("alternateId", alternateId);
    target.put("displayName", displayName);
    target.putNull("detailEntry");
    return target;
  }

  /**
   * Records an event.
   *
   * @param eventType Okta's event type, e.g. {@code user.lifecycle.create}
   * @param displayMessage the human text
   * @param success whether the outcome is {@code SUCCESS} or {@code FAILURE}
   * @param reason the outcome's reason, or {@code null}
   * @param context the request
   * @param targets the event's targets
   */
  synchronized void record(
      String eventType,
      String displayMessage,
      boolean success,
      String reason,
      Context context,
      List<ObjectNode> targets) {
    Instant published = clock.instant();
    ObjectNode event = Json.MAPPER.createObjectNode();
    event.set("actor", context.actor());
    ObjectNode client = event.putObject("client");
    ObjectNode userAgent = client.putObject("userAgent");
    userAgent.put("rawUserAgent", context.userAgent());
    userAgent.put("os", "Unknown");
    userAgent.put("browser", "UNKNOWN");
    client.putNull("zone");
    client.put("device", "Unknown");
    client.putNull("id");
    client.put("ipAddress", context.ipAddress());
    client.putNull("geographicalContext");
    event.putNull("device");
    ObjectNode authentication = event.putObject("authenticationContext");
    authentication.putNull("authenticationProvider");
    authentication.putNull("credentialProvider");
    authentication.putNull("credentialType");
    authentication.putNull("issuer");
    authentication.put("authenticationStep", 0);
    authentication.putNull("externalSessionId");
    authentication.putNull("interface");
    event.put("displayMessage", displayMessage);
    event.put("eventType", eventType);
    ObjectNode outcome = event.putObject("outcome");
    outcome.put("result", success ? "SUCCESS" : "FAILURE");
    if (reason == null) {
      outcome.putNull("reason");
    } else {
      outcome.put("reason", reason);
    }
    event.put("published", Times.iso(published));
    ObjectNode security = event.putObject("securityContext");
    security.putNull("asNumber");
    security.putNull("asOrg");
    security.putNull("isp");
    security.putNull("domain");
    security.putNull("isProxy");
    event.put("severity", success ? "INFO" : "WARN");
    ObjectNode debugData = event.putObject("debugContext").putObject("debugData");
    debugData.put("requestId", context.requestId());
    debugData.put("requestUri", context.uri().split("\\?", 2)[0]);
    debugData.put("url", context.uri());
    debugData.put("method", context.method());
    event.putNull("legacyEventType");
    ObjectNode transaction = event.putObject("transaction");
    transaction.put("type", "WEB");
    transaction.put("id", context.requestId());
    transaction.putObject("detail");
    event.put("uuid", UUID.randomUUID().toString());
    event.put("version", "0");
    ArrayNode chain = event.putObject("request").putArray("ipChain");
    ObjectNode hop = chain.addObject();
    hop.put("ip", context.ipAddress());
    hop.putNull("geographicalContext");
    hop.put("version", context.ipAddress().contains(":") ? "V6" : "V4");
    hop.putNull("source");
    ArrayNode targetArray = event.putArray("target");
    targets.forEach(targetArray::add);
    entries.addLast(new Entry(published, ++sequence, event));
    while (entries.size() > CAPACITY) {
      entries.removeFirst();
    }
  }

  /**
   * The events published in {@code [since, until)} that match {@code filter}, oldest first.
   *
   * @param since the first instant
   * @param until the end, exclusive
   * @param filter which events
   * @return a snapshot
   */
  synchronized List<Entry> query(Instant since, Instant until, Predicate<JsonNode> filter) {
    List<Entry> found = new ArrayList<>();
    for (Entry entry : entries) {
      if (!entry.published().isBefore(since)
          && entry.published().isBefore(until)
          && filter.test(entry.event())) {
        found.add(entry);
      }
    }
    return found;
  }

  /** Forgets every event. */
  public synchronized void clear() {
    entries.clear();
  }

  @Override
  public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
    LoggedResponse response = serveEvent.getResponse();
    if (response == null || response.getStatus() < 400) {
      return;
    }
    Request request = serveEvent.getRequest();
    HttpHeader requestIdHeader = response.getHeaders().getHeader("X-Okta-Request-Id");
    String requestId = requestIdHeader.isPresent() ? requestIdHeader.firstValue() : "unknown";
    String code = null;
    String summary = null;
    try {
      JsonNode body = Json.MAPPER.readTree(response.getBodyAsString());
      if (body != null && body.has("errorCode")) {
        code = body.get("errorCode").asText();
        summary = body.path("errorSummary").asText();
      } else if (body != null && body.has("error")) {
        code = body.get("error").asText();
        summary = body.path("error_description").asText();
      }
    } catch (Exception notJson) {
      // a stub's non-JSON body: the status alone tells the story
    }
    String reason = code == null ? "HTTP " + response.getStatus() : code + ": " + summary;
    String path = request.getUrl().split("\\?", 2)[0];
    record(
        FAILURE_EVENT_TYPE,
        request.getMethod().getName()
            + " "
            + path
            + " failed with HTTP "
            + response.getStatus()
            + (code == null ? "" : " " + code),
        false,
        reason,
        Context.of(request, requestId, systemActor()),
        List.of());
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public String getName() {
    return NAME;
  }
}
