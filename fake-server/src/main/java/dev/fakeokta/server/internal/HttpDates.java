package dev.fakeokta.server.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** HTTP dates (RFC 7231 IMF-fixdate), as Okta sends them in {@code Date}. */
public final class HttpDates {

  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  private HttpDates() {}

  /**
   * Formats an instant, e.g. {@code Tue, 26 Sep 2017 21:33:25 GMT}.
   *
   * @param instant the instant
   * @return the header value
   */
  public static String format(Instant instant) {
    return IMF_FIXDATE.format(instant);
  }
}
