package dev.fakeokta.server.internal.mgmt;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Okta's timestamps: ISO 8601 in UTC with milliseconds, e.g. {@code 2013-07-02T21:36:25.344Z}. */
final class Times {

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Times() {}

  static String iso(Instant instant) {
    return instant == null ? null : ISO.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  /** Parses {@code since}/{@code until}: ISO instants with or without offset. */
  static Optional<Instant> parse(String text) {
    try {
      return Optional.of(java.time.OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(Instant.parse(text));
      } catch (DateTimeParseException again) {
        return Optional.empty();
      }
    }
  }
}
