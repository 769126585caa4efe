package dev.fakeokta.assertions;

import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.OktaError;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest extends FakeOktaTestBase {

  private static final String SECRET_TOKEN =
      "eyJraWQiOiJrMSJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlWYZW";

  @Test
  void should_show_one_line_per_request_with_masked_credentials() {
    // GIVEN
    okta.when(users()).respond(rateLimited(1));
    send("GET", "/api/v1/users?limit=2", "Authorization", "Bearer " + SECRET_TOKEN);
    send("GET", "/api/v1/users?limit=2", "Authorization", "SSWS short", "X-Okta-Retry-Count", "2");
    send("GET", "/oauth2/v1/authorize?client_id=c&code=abc123&state=s");
    // WHEN
    String text = Timeline.of(okta.journal()).highlight(List.of(1)).toString();
    // THEN
    String[] lines = text.split(System.lineSeparator());
    then(lines).hasSize(3);
    then(lines[0])
        .matches(
            "  \\+0 ms +GET /api/v1/users\\?limit=2 -> 429 E0000047  \\(Authorization: Bearer …WYZW"
                + ", X-Rate-Limit-Reset: Date\\+1 s, Retry-After: 0\\)");
    then(lines[1])
        .startsWith("> +")
        .endsWith(
            "GET /api/v1/users?limit=2 -> 200  (Authorization: SSWS …(5 chars), X-Okta-Retry-Count: 2)");
    then(lines[2])
        .contains("/oauth2/v1/authorize?client_id=c&code=***&state=s -> 400 invalid_client");
    then(text).doesNotContain(SECRET_TOKEN).doesNotContain("abc123").doesNotContain("short");
  }

  @Test
  void should_say_when_there_are_no_requests() {
    then(Timeline.of(List.of())).hasToString("  (no requests)");
  }

  @Test
  void should_summarise_beyond_the_line_limit() {
    // GIVEN
    for (int i = 0; i < Timeline.MAX_LINES + 2; i++) {
      send("GET", "/api/v1/users");
    }
    // WHEN
    String text = Timeline.of(okta.journal()).toString();
    // THEN
    then(text.split(System.lineSeparator())).hasSize(Timeline.MAX_LINES + 1);
    then(text).endsWith("  … and 2 more requests");
  }

  @Test
  void should_not_be_fooled_by_a_fake_error_without_headers() {
    // GIVEN
    okta.when(users()).respond(OktaError.of("E0000006"));
    send("GET", "/api/v1/users");
    // WHEN
    String text = Timeline.of(okta.journal()).toString();
    // THEN
    then(text).matches("  \\+0 ms +GET /api/v1/users -> 403 E0000006");
  }
}
