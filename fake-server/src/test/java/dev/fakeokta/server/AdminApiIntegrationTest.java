package dev.fakeokta.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakeokta.server.internal.OktaState;
import dev.fakeokta.server.internal.admin.AdminApi;
import dev.fakeokta.server.internal.admin.AdminHost;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The admin API over real HTTP, as a non-JVM client would use it. */
class AdminApiIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static FakeOktaServer okta;

  @BeforeAll
  static void start() {
    okta = FakeOktaServer.builder().start();
  }

  @AfterAll
  static void stop() {
    okta.close();
  }

  @BeforeEach
  void reset() {
    okta.directory().seed(DirectorySeed.empty());
    okta.reset();
  }

  @Test
  void should_serve_e0000047_twice_then_normal_when_scripted_through_the_admin_api() {
    // GIVEN
    okta.wireMock()
        .stubFor(get("/api/v1/users").willReturn(aResponse().withStatus(200).withBody("[]")));
    HttpResponse<String> created =
        admin(
            "POST",
            "/scripts",
            """
            {"request": {"method": "GET", "path": "/api/v1/users"},
             "steps": [{"times": 2, "oktaError": {"code": "E0000047"}}]}
            """);
    // WHEN
    List<HttpResponse<String>> responses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      responses.add(OktaHttp.get(okta.orgUrl() + "/api/v1/users"));
    }
    // THEN
    then(created.statusCode()).isEqualTo(201);
    then(responses).extracting(HttpResponse::statusCode).containsExactly(429, 429, 200);
    then(json(responses.get(0)).get("errorCode").asText()).isEqualTo("E0000047");
    then(responses.get(0).headers().firstValue("X-Rate-Limit-Remaining")).contains("0");
    JsonNode script = json(admin("GET", "/scripts/" + json(created).get("id").asText(), ""));
    then(script.get("servedCount").asLong()).isEqualTo(2);
    then(script.get("matchedCount").asLong()).isEqualTo(3);
    then(script.get("usedUp").asBoolean()).isTrue();
    then(script.get("request").get("path").asText()).isEqualTo("/api/v1/users");
  }

  @Test
  void should_serve_an_oauth_error_and_match_query_and_headers() {
    // GIVEN
    admin(
        "POST",
        "/scripts",
        """
        {"request": {"method": "POST", "pathPattern": "/custom/[^/]+/v1/token",
                     "query": {"tenant": "a"}, "headers": {"X-Test": "yes"}},
         "steps": [{"always": true, "oauthError": {"variant": "token_expired", "status": 400}}]}
        """);
    String url = okta.orgUrl() + "/custom/default/v1/token";
    // WHEN
    HttpResponse<String> matching =
        OktaHttp.send(
            HttpRequest.newBuilder(URI.create(url + "?tenant=a"))
                .header("X-Test", "yes")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build());
    HttpResponse<String> otherHeader =
        OktaHttp.send(
            HttpRequest.newBuilder(URI.create(url + "?tenant=a"))
                .header("X-Test", "no")
                .POST(HttpRequest.BodyPublishers.ofString(""))
                .build());
    // THEN
    then(matching.statusCode()).isEqualTo(400);
    then(json(matching).get("error").asText()).isEqualTo("invalid_token");
    then(json(matching).get("error_description").asText()).isEqualTo("The token has expired.");
    then(otherHeader.statusCode()).isEqualTo(404);
  }

  @Test
  void should_move_the_date_header_when_the_clock_is_advanced_and_set() {
    // GIVEN
    Instant before = Instant.now();
    // WHEN
    JsonNode advanced = json(admin("POST", "/clock/advance", "{\"by\": \"P1D\"}"));
    Instant served = date(OktaHttp.get(okta.orgUrl() + "/api/v1/users"));
    JsonNode set = json(admin("PUT", "/clock", "{\"now\": \"2030-01-01T00:00:00Z\"}"));
    Instant servedAfterSet = date(OktaHttp.get(okta.httpUrl() + "/api/v1/users"));
    // THEN
    then(advanced.get("offset").asText()).isEqualTo("PT24H");
    then(served)
        .isBetween(
            before.plus(Duration.ofDays(1)).minusSeconds(2),
            Instant.now().plus(Duration.ofDays(1)).plusSeconds(2));
    then(set.get("now").asText()).startsWith("2030-01-01T00:00");
    then(servedAfterSet)
        .isBetween(Instant.parse("2029-12-31T23:59:59Z"), Instant.parse("2030-01-01T00:01:00Z"));
  }

  @Test
  void should_list_the_journal_with_filters_and_masked_credentials() {
    // GIVEN
    String token = "00abcdefghijklmnopqrstuvwxyz1234";
    OktaHttp.send(
        HttpRequest.newBuilder(URI.create(okta.orgUrl() + "/api/v1/users?limit=2"))
            .header("Authorization", "SSWS " + token)
            .GET()
            .build());
    OktaHttp.send(
        HttpRequest.newBuilder(URI.create(okta.orgUrl() + "/custom/v1/form"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=client_credentials&client_id=abc&client_secret=s3cr3t-value"))
            .build());
    admin("GET", "/clock", ""); // admin calls are not journaled
    // WHEN
    HttpResponse<String> all = admin("GET", "/journal", "");
    JsonNode users = json(admin("GET", "/journal?path=/api/v1/users&method=GET", ""));
    JsonNode posts = json(admin("GET", "/journal?method=POST&limit=1", ""));
    JsonNode unmatched = json(admin("GET", "/journal?unmatched=true", ""));
    // THEN
    then(json(all).get("total").asInt()).isEqualTo(2);
    then(all.body()).doesNotContain(token).doesNotContain("s3cr3t-value");
    JsonNode entry = users.get("requests").get(0);
    then(users.get("total").asInt()).isEqualTo(1);
    then(entry.get("url").asText()).isEqualTo("/api/v1/users?limit=2");
    then(entry.get("status").asInt()).isEqualTo(401);
    then(entry.get("errorCode").asText()).isEqualTo("E0000011");
    then(entry.get("authorizationScheme").asText()).isEqualTo("SSWS");
    then(entry.get("requestHeaders").toString()).contains("[\"SSWS ****1234\"]");
    then(posts.get("requests").get(0).get("requestBody").asText())
        .isEqualTo("grant_type=client_credentials&client_id=abc&client_secret=****");
    then(unmatched.get("total").asInt())
        .isEqualTo(1); // /custom/v1/form; /api/v1/users is the management API's
  }

  @Test
  void should_forget_scripts_clock_and_journal_on_reset() {
    // GIVEN
    admin(
        "POST",
        "/scripts",
        "{\"request\": {\"pathPattern\": \".*\"}, \"steps\": [{\"always\": true,"
            + " \"oktaError\": {\"code\": \"E0000009\"}}]}");
    admin("POST", "/clock/advance", "{\"by\": \"PT5H\"}");
    OktaHttp.get(okta.orgUrl() + "/api/v1/groups");
    // WHEN
    HttpResponse<String> reset = admin("POST", "/reset", "");
    // THEN
    then(reset.statusCode()).isEqualTo(200);
    then(json(admin("GET", "/scripts", "")).get("scripts")).isEmpty();
    then(json(admin("GET", "/clock", "")).get("offset").asText()).isEqualTo("PT0S");
    then(json(admin("GET", "/journal", "")).get("total").asInt()).isZero();
    then(OktaHttp.get(okta.orgUrl() + "/api/v1/groups").statusCode()).isEqualTo(403);
  }

  @Test
  void should_never_script_the_admin_api_itself() {
    // GIVEN
    admin(
        "POST",
        "/scripts",
        "{\"request\": {\"pathPattern\": \".*\"}, \"steps\": [{\"always\": true,"
            + " \"oktaError\": {\"code\": \"E0000009\"}}]}");
    okta.wireMock()
        .stubFor(
            com.github.tomakehurst.wiremock.client.WireMock.any(
                    com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
                .atPriority(1)
                .willReturn(aResponse().withStatus(418)));
    // WHEN
    HttpResponse<String> clock = admin("GET", "/clock", "");
    HttpResponse<String> api = OktaHttp.get(okta.orgUrl() + "/api/v1/users");
    // THEN
    then(clock.statusCode()).isEqualTo(200);
    then(api.statusCode()).isEqualTo(500);
  }

  @Test
  void should_list_java_api_scripts_and_delete_scripts_by_id() {
    // GIVEN
    okta.when(getRequestedFor(urlPathEqualTo("/api/v1/apps")))
        .respondAlways(OktaError.of("E0000006"));
    String id =
        json(admin(
                "POST",
                "/scripts",
                "{\"request\": {\"path\": \"/api/v1/users\"},"
                    + " \"steps\": [{\"every\": 2, \"oktaError\": {\"code\": \"E0000009\"}}]}"))
            .get("id")
            .asText();
    // WHEN
    JsonNode listed = json(admin("GET", "/scripts", ""));
    HttpResponse<String> deleted = admin("DELETE", "/scripts/" + id, "");
    HttpResponse<String> deletedAgain = admin("DELETE", "/scripts/" + id, "");
    // THEN
    then(listed.get("scripts")).hasSize(2);
    then(listed.get("scripts").get(0).get("id").asText()).isEqualTo(id);
    then(listed.get("scripts").get(1).get("wireMockPattern").toString()).contains("/api/v1/apps");
    then(deleted.statusCode()).isEqualTo(204);
    then(deletedAgain.statusCode()).isEqualTo(404);
    then(json(deletedAgain).get("error").asText()).isEqualTo("not_found");
    then(json(admin("GET", "/scripts", "")).get("scripts")).hasSize(1);
    then(OktaHttp.get(okta.orgUrl() + "/api/v1/apps").statusCode()).isEqualTo(403);
  }

  @Test
  void should_serve_faults_in_order_when_scripted_through_the_admin_api() {
    // GIVEN
    okta.wireMock()
        .stubFor(get("/api/v1/users").willReturn(aResponse().withStatus(200).withBody("[]")));
    HttpResponse<String> created =
        admin(
            "POST",
            "/scripts",
            """
            {"request": {"method": "GET", "path": "/api/v1/users"},
             "steps": [{"fault": {"kind": "BAD_GATEWAY"}},
                       {"fault": {"kind": "status", "status": 503}},
                       {"fault": {"kind": "STATUS", "status": 502, "contentType": "text/plain",
                                  "body": "upstream gone"}},
                       {"fault": {"kind": "MALFORMED_JSON"}},
                       {"fault": {"kind": "TRUNCATED_JSON"}},
                       {"fault": {"kind": "HUGE_PAGE", "items": 3}},
                       {"fault": {"kind": "CONNECTION_RESET"}},
                       {"fault": {"kind": "EMPTY_REPLY"}}]}
            """);
    String url = okta.orgUrl() + "/api/v1/users";
    // WHEN
    List<HttpResponse<String>> served = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      served.add(OktaHttp.get(url));
    }
    Throwable reset = catchThrowable(() -> OktaHttp.get(url));
    Throwable empty = catchThrowable(() -> OktaHttp.get(url));
    HttpResponse<String> after = OktaHttp.get(url);
    // THEN
    then(created.statusCode()).isEqualTo(201);
    then(served).extracting(HttpResponse::statusCode).containsExactly(502, 503, 502, 200, 200, 200);
    then(served.get(0).body()).contains("502 Bad Gateway");
    then(served.get(1).body()).isEmpty();
    then(served.get(2).body()).isEqualTo("upstream gone");
    then(served.get(2).headers().firstValue("Content-Type")).contains("text/plain");
    then(catchThrowable(() -> JSON.readTree(served.get(3).body()))).isNotNull();
    then(catchThrowable(() -> JSON.readTree(served.get(4).body()))).isNotNull();
    then(json(served.get(5))).hasSize(3);
    then(served.get(5).headers().allValues("Link").toString()).contains("rel=\"next\"");
    then(reset).isInstanceOf(java.io.UncheckedIOException.class);
    then(empty).isInstanceOf(java.io.UncheckedIOException.class);
    then(after.statusCode()).isEqualTo(200);
    then(after.body()).isEqualTo("[]");
  }

  @Test
  void should_delay_a_fault_step_and_a_delayed_okta_error_step() {
    // GIVEN
    admin(
        "POST",
        "/scripts",
        """
        {"request": {"method": "GET", "path": "/api/v1/groups"},
         "steps": [{"fault": {"kind": "DELAY", "delay": "PT0.3S"}},
                   {"oktaError": {"code": "E0000009"}, "delay": "PT0.3S", "maxDelay": "PT0.4S"}]}
        """);
    String url = okta.orgUrl() + "/api/v1/groups";
    // WHEN
    long start = System.nanoTime();
    HttpResponse<String> slowNormal = OktaHttp.get(url);
    long afterFirst = System.nanoTime();
    HttpResponse<String> slowError = OktaHttp.get(url);
    long afterSecond = System.nanoTime();
    // THEN
    then(Duration.ofNanos(afterFirst - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    then(Duration.ofNanos(afterSecond - afterFirst)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    then(slowNormal.statusCode()).isEqualTo(403); // the management API's answer without a token
    then(slowError.statusCode()).isEqualTo(500);
    then(json(slowError).get("errorCode").asText()).isEqualTo("E0000009");
  }

  @Test
  void should_limit_a_bucket_and_report_its_counters_when_set_through_the_admin_api() {
    // GIVEN
    HttpResponse<String> set =
        admin("PUT", "/rate-limits/USERS", "{\"limit\": 2, \"window\": \"PT30S\"}");
    String url = okta.orgUrl() + "/api/v1/users";
    // WHEN
    List<HttpResponse<String>> responses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      responses.add(OktaHttp.get(url));
    }
    JsonNode limits = json(admin("GET", "/rate-limits", ""));
    JsonNode afterCountersReset = json(admin("DELETE", "/rate-limits/counters", ""));
    HttpResponse<String> admitted = OktaHttp.get(url);
    // THEN
    then(set.statusCode()).isEqualTo(200);
    then(json(set).get("limit").asInt()).isEqualTo(2);
    then(json(set).get("window").asText()).isEqualTo("PT30S");
    then(responses).extracting(HttpResponse::statusCode).containsExactly(403, 403, 429);
    then(json(responses.get(2)).get("errorCode").asText()).isEqualTo("E0000047");
    JsonNode users = limits.get("buckets").get("USERS");
    then(users.get("limit").asInt()).isEqualTo(2);
    then(users.get("remaining").asInt()).isZero();
    then(users.get("reset").asLong())
        .isEqualTo(
            Long.parseLong(
                responses.get(2).headers().firstValue("X-Rate-Limit-Reset").orElseThrow()));
    then(Instant.parse(users.get("resetAt").asText())).isAfter(okta.clock().instant());
    then(users.get("defaultLimit").asInt()).isEqualTo(600);
    then(limits.get("buckets").get("GROUPS").get("remaining").asInt()).isEqualTo(500);
    then(limits.get("concurrencyLimit").asInt()).isEqualTo(75);
    then(limits.get("retryAfter").asBoolean()).isTrue();
    then(limits.get("enforced").asBoolean()).isTrue();
    then(afterCountersReset.get("buckets").get("USERS").get("remaining").asInt()).isEqualTo(2);
    then(admitted.statusCode()).isEqualTo(403);
  }

  @Test
  void should_change_settings_and_quirks_then_reset_to_the_configuration() {
    // GIVEN
    admin("PUT", "/rate-limits/users", "{\"limit\": 1}");
    String url = okta.orgUrl() + "/api/v1/users";
    // WHEN
    JsonNode patched =
        json(
            admin(
                "PATCH",
                "/rate-limits",
                """
                {"retryAfter": false, "concurrencyLimit": 5,
                 "quirks": ["DUPLICATE_RESET_HEADER"],
                 "buckets": {"GROUPS": {"limit": 7, "window": "PT2M"}}}
                """));
    OktaHttp.get(url);
    HttpResponse<String> limited = OktaHttp.get(url);
    JsonNode notEnforced = json(admin("PATCH", "/rate-limits", "{\"enforce\": false}"));
    HttpResponse<String> unlimited = OktaHttp.get(url);
    JsonNode reset = json(admin("POST", "/rate-limits/reset", ""));
    // THEN
    then(patched.get("retryAfter").asBoolean()).isFalse();
    then(patched.get("concurrencyLimit").asInt()).isEqualTo(5);
    then(patched.get("quirks").toString()).isEqualTo("[\"DUPLICATE_RESET_HEADER\"]");
    then(patched.get("buckets").get("GROUPS").get("limit").asInt()).isEqualTo(7);
    then(patched.get("buckets").get("GROUPS").get("window").asText()).isEqualTo("PT2M");
    then(limited.statusCode()).isEqualTo(429);
    then(limited.headers().firstValue("Retry-After")).isEmpty();
    then(limited.headers().allValues("X-Rate-Limit-Reset")).hasSize(2);
    then(notEnforced.get("enforced").asBoolean()).isFalse();
    then(unlimited.statusCode()).isEqualTo(403);
    then(reset.get("enforced").asBoolean()).isTrue();
    then(reset.get("retryAfter").asBoolean()).isTrue();
    then(reset.get("quirks")).isEmpty();
    then(reset.get("buckets").get("USERS").get("limit").asInt()).isEqualTo(600);
    then(reset.get("buckets").get("USERS").get("remaining").asInt()).isEqualTo(600);
  }

  @Test
  void should_leave_every_rate_limit_setting_alone_when_one_part_of_a_patch_is_bad() {
    // WHEN
    HttpResponse<String> response =
        admin(
            "PATCH",
            "/rate-limits",
            "{\"retryAfter\": false, \"quirks\": [\"DUPLICATE_RESET_HEADER\"],"
                + " \"buckets\": {\"USERS\": {\"limit\": 1}, \"GROUPS\": {\"limit\": 0}}}");
    HttpResponse<String> unknownBucket = admin("PUT", "/rate-limits/PONIES", "{\"limit\": 1}");
    // THEN
    then(response.statusCode()).isEqualTo(400);
    then(json(response).get("field").asText()).isEqualTo("buckets.GROUPS.limit");
    then(unknownBucket.statusCode()).isEqualTo(404);
    then(json(unknownBucket).get("message").asText()).contains("PONIES", "USERS");
    then(okta.rateLimits().retryAfter()).isTrue();
    then(okta.rateLimits().quirks()).isEmpty();
    then(okta.rateLimits().limit(RateLimitBucket.USERS).limit()).isEqualTo(600);
  }

  @Test
  void should_seed_the_directory_and_serve_the_users_through_the_management_api() {
    // GIVEN
    String seed =
        """
        {"users": [
           {"profile": {"login": "ada@example.com", "firstName": "Ada", "lastName": "Lovelace"}},
           {"id": "00u1bob0000000000000", "status": "SUSPENDED",
            "profile": {"login": "bob@example.com", "firstName": "Bob", "lastName": "Builder"}}],
         "groups": [{"name": "Engineering", "members": ["ada@example.com"]}]}
        """;
    // WHEN
    HttpResponse<String> seeded = admin("POST", "/directory", seed);
    HttpResponse<String> users =
        OktaHttp.send(
            HttpRequest.newBuilder(URI.create(okta.orgUrl() + "/api/v1/users"))
                .header("Authorization", "SSWS " + okta.directory().apiToken())
                .GET()
                .build());
    String adaId = okta.directory().userId("ada@example.com").orElseThrow();
    okta.reset(); // the seed is the baseline: a reset brings it back
    JsonNode afterReset = json(admin("GET", "/directory", ""));
    JsonNode emptied = json(admin("POST", "/directory", "{}"));
    // THEN
    then(seeded.statusCode()).isEqualTo(200);
    then(json(seeded).get("userCount").asInt()).isEqualTo(2);
    then(json(seeded).get("users").get("bob@example.com").asText())
        .isEqualTo("00u1bob0000000000000");
    then(json(seeded).get("users").get("ada@example.com").asText()).isEqualTo(adaId);
    then(users.statusCode()).isEqualTo(200);
    then(users.body()).contains("ada@example.com", "bob@example.com");
    then(users.body()).contains("\"status\":\"SUSPENDED\"");
    then(afterReset.get("userCount").asInt()).isEqualTo(2);
    then(emptied.get("userCount").asInt()).isZero();
  }

  @Test
  void should_keep_the_directory_when_a_seed_is_bad() {
    // GIVEN
    admin(
        "POST",
        "/directory",
        "{\"users\": [{\"profile\": {\"login\": \"ada@example.com\", \"firstName\": \"Ada\","
            + " \"lastName\": \"L\"}}]}");
    // WHEN
    HttpResponse<String> blankName =
        admin(
            "POST",
            "/directory",
            "{\"users\": [{\"profile\": {\"login\": \"x@example.com\", \"firstName\": \"\","
                + " \"lastName\": \"L\"}}]}");
    HttpResponse<String> unknownMember =
        admin(
            "POST",
            "/directory",
            "{\"groups\": [{\"name\": \"G\", \"members\": [\"nobody@example.com\"]}]}");
    HttpResponse<String> unknownKey = admin("POST", "/directory", "{\"people\": []}");
    // THEN
    then(blankName.statusCode()).isEqualTo(400);
    then(json(blankName).get("field").asText()).isEqualTo("users[0].profile.firstName");
    then(json(blankName).get("message").asText()).contains("must not be blank");
    then(json(unknownMember).get("field").asText()).isEqualTo("groups[0].members[0]");
    then(json(unknownMember).get("message").asText()).contains("seeded user");
    then(json(unknownKey).get("field").asText()).isEqualTo("people");
    then(okta.directory().userCount()).isEqualTo(1);
    then(okta.directory().userId("ada@example.com")).isPresent();
  }

  static Stream<Arguments> bad_requests() {
    String ok = "{\"times\": 1, \"oktaError\": {\"code\": \"E0000047\"}}";
    return Stream.of(
        Arguments.of("POST", "/scripts", "not json", null, "not valid JSON"),
        Arguments.of("POST", "/scripts", "", null, "JSON object body"),
        Arguments.of("POST", "/scripts", "[]", null, "must be a JSON object"),
        Arguments.of("POST", "/scripts", "{\"steps\": [" + ok + "]}", "request", "required"),
        Arguments.of(
            "POST",
            "/scripts",
            "{\"request\": {\"path\": \"/x\"}, \"steps\": []}",
            "steps",
            "non-empty"),
        Arguments.of(
            "POST",
            "/scripts",
            "{\"request\": {\"path\": \"/x\", \"pathPattern\": \"/y\"}, \"steps\": [" + ok + "]}",
            "request",
            "exactly one of path"),
        Arguments.of(
            "POST",
            "/scripts",
            "{\"request\": {\"pathPattern\": \"([\"}, \"steps\": [" + ok + "]}",
            "request.pathPattern",
            "not a valid regex"),
        Arguments.of(
            "POST",
            "/scripts",
            "{\"request\": {\"path\": \"/x\", \"method\": \"FETCH\"}, \"steps\": [" + ok + "]}",
            "request.method",
            "must be one of"),
        Arguments.of(
            "POST",
            "/scripts",
            "{\"request\": {\"path\": \"/x\", \"colour\": 1}, \"steps\": [" + ok + "]}",
            "request.colour",
            "unknown field"),
        Arguments.of(
            "POST",
            "/scripts",
            "{\"request\": {\"path\": \"/x\"}, \"steps\": ["
                + ok
                + ", {\"times\": 0, \"oktaError\": {\"code\": \"E0000047\"}}]}",
            "steps[1].times",
            "between 1"),
        Arguments.of(
            "POST",
            "/scripts",
            "{\"request\": {\"path\": \"/x\"}, \"steps\": ["
                + ok
                + ", {\"oktaError\": {\"code\": \"E9999999\"}}]}",
            "steps[1].oktaError.code",
            "E9999999"),
        Arguments.of(
            "POST",
            "/scripts",
            "{\"request\": {\"path\": \"/x\"}, \"steps\": [{\"probability\": 0.5,"
                + " \"oktaError\": {\"code\": \"E0000047\"}}]}",
            "steps[0].seed",
            "required"),
        Arguments.of(
            "POST",
            "/scripts",
            "{\"request\": {\"path\": \"/x\"}, \"steps\": [{\"always\": true, \"oktaError\":"
                + " {\"code\": \"E0000047\"}}, "
                + ok
                + "]}",
            "steps[1]",
            "never reached"),
        Arguments.of(
            "POST",
            "/scripts",
            "{\"request\": {\"path\": \"/x\"}, \"steps\": [{\"oauthError\": {\"error\": \"nope\"}}]}",
            "steps[0].oauthError.error",
            "Unknown OAuth error"),
        Arguments.of(
            "POST",
            "/scripts",
            "{\"request\": {\"path\": \"/x\"}, \"steps\": [{\"oktaError\": {\"code\": \"E0000047\"},"
                + " \"oauthError\": {\"error\": \"invalid_grant\"}}]}",
            "steps[0]",
            "exactly one of oktaError"),
        Arguments.of(
            "POST",
            "/scripts",
            "{\"request\": {\"path\": \"/x\"}, \"steps\": [{\"duration\": \"30s\", \"oktaError\":"
                + " {\"code\": \"E0000047\"}}]}",
            "steps[0].duration",
            "ISO-8601"),
        Arguments.of("POST", "/clock/advance", "{\"by\": \"2 hours\"}", "by", "ISO-8601"),
        Arguments.of("POST", "/clock/advance", "{}", "by", "required"),
        Arguments.of("PUT", "/clock", "{\"now\": \"tomorrow\"}", "now", "ISO-8601"),
        Arguments.of("GET", "/journal?limit=0", "", "limit", "at least 1"),
        Arguments.of("GET", "/journal?colour=red", "", "colour", "unknown query parameter"),
        Arguments.of("GET", "/journal?unmatched=maybe", "", "unmatched", "true or false"),
        Arguments.of("POST", "/tokens", "{\"expiresIn\": \"1h\"}", "expiresIn", "ISO-8601"),
        Arguments.of("POST", "/tokens", "{\"expiresIn\": \"-PT1H\"}", "expiresIn", "positive"),
        Arguments.of("POST", "/tokens", "{\"scopes\": \"openid\"}", "scopes", "array"),
        Arguments.of("POST", "/tokens", "{\"audience\": \"x\"}", "audience", "unknown"),
        Arguments.of("POST", "/tokens", "{\"claims\": {\"exp\": 1}}", "claims.exp", "exp"),
        Arguments.of(
            "POST",
            "/tokens",
            "{\"authorizationServer\": \"nope\"}",
            "authorizationServer",
            "nope"),
        Arguments.of("POST", "/tokens/bad", "{}", "kind", "required"),
        Arguments.of("POST", "/tokens/bad", "{\"kind\": \"STALE\"}", "kind", "EXPIRED"),
        Arguments.of("POST", "/tokens/revoke", "{}", "token", "required"),
        Arguments.of("POST", "/scripts", fault("{}"), "steps[0].fault.kind", "required"),
        Arguments.of(
            "POST", "/scripts", fault("{\"kind\": \"MELTDOWN\"}"), "steps[0].fault.kind", "one of"),
        Arguments.of(
            "POST",
            "/scripts",
            fault("{\"kind\": \"STATUS\"}"),
            "steps[0].fault.status",
            "required with kind STATUS"),
        Arguments.of(
            "POST",
            "/scripts",
            fault("{\"kind\": \"STATUS\", \"status\": 502, \"body\": \"x\"}"),
            "steps[0].fault",
            "both contentType and body"),
        Arguments.of(
            "POST",
            "/scripts",
            fault("{\"kind\": \"CONNECTION_RESET\", \"status\": 502}"),
            "steps[0].fault.status",
            "does not go with kind CONNECTION_RESET"),
        Arguments.of(
            "POST",
            "/scripts",
            fault("{\"kind\": \"HUGE_PAGE\", \"items\": 0}"),
            "steps[0].fault.items",
            "between 1 and 200000"),
        Arguments.of(
            "POST",
            "/scripts",
            fault("{\"kind\": \"DELAY\"}"),
            "steps[0].fault.delay",
            "required with kind DELAY"),
        Arguments.of(
            "POST",
            "/scripts",
            fault("{\"kind\": \"DELAY\", \"delay\": \"PT2M\"}"),
            "steps[0].fault.delay",
            "at most a minute"),
        Arguments.of(
            "POST",
            "/scripts",
            fault("{\"kind\": \"DELAY\", \"delay\": \"PT2S\", \"maxDelay\": \"PT1S\"}"),
            "steps[0].fault.maxDelay",
            "max at least min"),
        Arguments.of(
            "POST",
            "/scripts",
            "{\"request\": {\"path\": \"/x\"}, \"steps\": [{\"fault\": {\"kind\": \"EMPTY_REPLY\"},"
                + " \"oktaError\": {\"code\": \"E0000047\"}}]}",
            "steps[0]",
            "exactly one of oktaError"),
        Arguments.of(
            "POST",
            "/scripts",
            "{\"request\": {\"path\": \"/x\"}, \"steps\": [{\"maxDelay\": \"PT1S\","
                + " \"oktaError\": {\"code\": \"E0000047\"}}]}",
            "steps[0].maxDelay",
            "only goes with delay"),
        Arguments.of(
            "POST",
            "/scripts",
            "{\"request\": {\"path\": \"/x\"}, \"steps\": [{\"delay\": \"PT1S\","
                + " \"fault\": {\"kind\": \"DELAY\", \"delay\": \"PT1S\"}}]}",
            "steps[0].delay",
            "fault.delay"),
        Arguments.of("PUT", "/rate-limits/USERS", "{}", "limit", "required"),
        Arguments.of("PUT", "/rate-limits/USERS", "{\"limit\": 0}", "limit", "between 1"),
        Arguments.of(
            "PUT",
            "/rate-limits/USERS",
            "{\"limit\": 5, \"window\": \"PT0.5S\"}",
            "window",
            "1 second"),
        Arguments.of(
            "PUT", "/rate-limits/USERS", "{\"limit\": 5, \"burst\": 1}", "burst", "unknown"),
        Arguments.of(
            "PATCH", "/rate-limits", "{\"quirks\": [\"SLOW\"]}", "quirks[0]", "not a quirk"),
        Arguments.of(
            "PATCH", "/rate-limits", "{\"concurrencyLimit\": 0}", "concurrencyLimit", "between 1"),
        Arguments.of(
            "PATCH", "/rate-limits", "{\"retryAfter\": \"no\"}", "retryAfter", "true or false"),
        Arguments.of(
            "PATCH",
            "/rate-limits",
            "{\"buckets\": {\"PONIES\": {\"limit\": 1}}}",
            "buckets.PONIES",
            "not a rate-limit bucket"),
        Arguments.of("POST", "/directory", "[]", null, "must be a JSON object"),
        Arguments.of("POST", "/directory", "{\"users\": {}}", "users", "array"));
  }

  private static String fault(String fault) {
    return "{\"request\": {\"path\": \"/x\"}, \"steps\": [{\"fault\": " + fault + "}]}";
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("bad_requests")
  void should_answer_400_naming_the_problem_and_change_nothing_when_the_request_is_bad(
      String method, String path, String body, String field, String message) {
    // GIVEN
    String before = admin("GET", "/scripts", "").body() + admin("GET", "/clock", "").body();
    // WHEN
    HttpResponse<String> response = admin(method, path, body);
    // THEN
    then(response.statusCode()).isEqualTo(400);
    then(response.headers().firstValue("Content-Type")).contains("application/json");
    JsonNode error = json(response);
    then(error.get("error").asText()).isEqualTo("bad_request");
    then(error.get("message").asText()).contains(message);
    if (field != null) {
      then(error.get("field").asText()).isEqualTo(field);
    }
    then(json(admin("GET", "/scripts", "")).get("scripts")).isEmpty();
    then(json(admin("GET", "/clock", "")).get("offset").asText()).isEqualTo("PT0S");
    then(before).contains("\"scripts\":[]");
  }

  @Test
  void should_answer_unknown_admin_routes_in_json_and_leave_wiremock_admin_alone() {
    // WHEN
    HttpResponse<String> unknown = admin("GET", "/nothing-here", "");
    HttpResponse<String> wrongMethod = admin("PATCH", "/clock", "{}");
    HttpResponse<String> wireMockAdmin = OktaHttp.get(okta.orgUrl() + "/__admin/mappings");
    HttpResponse<String> index = OktaHttp.get(okta.orgUrl() + "/__admin/fakeokta/");
    // THEN
    then(index.statusCode()).isEqualTo(200);
    then(json(index).get("routes").toString()).contains("POST /scripts", "GET /journal");
    then(unknown.statusCode()).isEqualTo(404);
    then(json(unknown).get("message").asText()).contains("openapi.json");
    then(wrongMethod.statusCode()).isEqualTo(405);
    then(json(wrongMethod).get("message").asText()).contains("[GET, PUT]");
    then(wireMockAdmin.statusCode()).isEqualTo(200);
  }

  @Test
  void should_describe_every_admin_route_in_the_openapi_document() {
    // GIVEN
    AdminHost host =
        new AdminHost() {
          @Override
          public void reset() {}

          @Override
          public List<ServedRequest> journal() {
            return List.of();
          }

          @Override
          public void clearJournal() {}

          @Override
          public Tokens tokens() {
            return null;
          }

          @Override
          public SigningKeys keys() {
            return null;
          }

          @Override
          public RateLimits rateLimits() {
            return null;
          }

          @Override
          public OktaDirectory directory() {
            return null;
          }
        };
    List<String> routes =
        new AdminApi(
                AdminApi.standard(
                    new OktaState(OktaErrorCatalogue.current(), new FakeClock()), host))
            .routes();
    // WHEN
    HttpResponse<String> response = admin("GET", "/openapi.json", "");
    // THEN
    JsonNode document = json(response);
    then(document.get("openapi").asText()).startsWith("3.");
    List<String> documented = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (String method : List.of("get", "put", "post", "delete", "patch")) {
        if (path.getValue().has(method)) {
          documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
        }
      }
    }
    then(new TreeSet<>(documented)).isEqualTo(new TreeSet<>(routes));
  }

  @Test
  void should_mint_a_token_from_a_spec_signed_by_a_published_key() throws Exception {
    // GIVEN
    String spec =
        "{\"sub\": \"alice@example.com\", \"scopes\": [\"openid\", \"email\"],"
            + " \"expiresIn\": \"PT5M\", \"claims\": {\"groups\": [\"admins\"]}}";
    // WHEN
    HttpResponse<String> response = admin("POST", "/tokens", spec);
    // THEN
    then(response.statusCode()).isEqualTo(200);
    com.nimbusds.jwt.SignedJWT jwt =
        com.nimbusds.jwt.SignedJWT.parse(json(response).get("accessToken").asText());
    com.nimbusds.jose.jwk.JWKSet jwks =
        com.nimbusds.jose.jwk.JWKSet.parse(
            OktaHttp.get(okta.orgUrl() + "/oauth2/default/v1/keys").body());
    com.nimbusds.jose.jwk.RSAKey key =
        (com.nimbusds.jose.jwk.RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
    then(key).isNotNull();
    then(jwt.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(key))).isTrue();
    com.nimbusds.jwt.JWTClaimsSet claims = jwt.getJWTClaimsSet();
    then(claims.getSubject()).isEqualTo("alice@example.com");
    then(claims.getStringListClaim("scp")).containsExactly("openid", "email");
    then(claims.getStringListClaim("groups")).containsExactly("admins");
    then(claims.getIssuer()).isEqualTo(okta.issuer());
    then(Duration.between(
            claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
        .isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void should_mint_bad_tokens_and_revoke_tokens() throws Exception {
    // GIVEN
    String good = json(admin("POST", "/tokens", "")).get("accessToken").asText();
    // WHEN
    HttpResponse<String> expired = admin("POST", "/tokens/bad", "{\"kind\": \"EXPIRED\"}");
    HttpResponse<String> revoked =
        admin("POST", "/tokens/revoke", JSON.writeValueAsString(Map.of("token", good)));
    // THEN
    then(expired.statusCode()).isEqualTo(200);
    com.nimbusds.jwt.JWTClaimsSet claims =
        com.nimbusds.jwt.SignedJWT.parse(json(expired).get("accessToken").asText())
            .getJWTClaimsSet();
    then(claims.getExpirationTime().toInstant()).isBefore(okta.clock().instant());
    then(revoked.statusCode()).isEqualTo(200);
    then(okta.tokens().isActive(good)).isFalse();
  }

  @Test
  void should_rotate_publish_and_retire_keys() {
    // GIVEN
    String first = json(admin("GET", "/keys", "")).get("signingKid").asText();
    // WHEN
    JsonNode rotated = json(admin("POST", "/keys/rotate", ""));
    HttpResponse<String> signingRetire =
        admin("POST", "/keys/" + rotated.get("signingKid").asText() + "/retire", "");
    JsonNode retired = json(admin("POST", "/keys/" + first + "/retire", ""));
    HttpResponse<String> unknownRetire = admin("POST", "/keys/no-such-kid/retire", "");
    // THEN
    then(rotated.get("signingKid").asText()).isNotEqualTo(first);
    then(signingRetire.statusCode()).isEqualTo(400);
    then(json(signingRetire).get("field").asText()).isEqualTo("kid");
    then(unknownRetire.statusCode()).isEqualTo(404);
    then(json(unknownRetire).get("message").asText()).contains("no published key");
    then(okta.keys().publishedKids())
        .doesNotContain(first)
        .contains(rotated.get("signingKid").asText());
    then(retired.get("signingKid").asText()).isEqualTo(rotated.get("signingKid").asText());
    then(OktaHttp.get(okta.orgUrl() + "/oauth2/default/v1/keys").body()).doesNotContain(first);
  }

  private static HttpResponse<String> admin(String method, String path, String body) {
    return OktaHttp.send(method, okta.orgUrl() + "/__admin/fakeokta" + path, body);
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  private static Instant date(HttpResponse<String> response) {
    return ZonedDateTime.parse(
            response.headers().firstValue("Date").orElseThrow(),
            DateTimeFormatter.RFC_1123_DATE_TIME)
        .toInstant();
  }
}
