package dev.fakeokta.assertions.internal;

import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Descriptions of JWTs and JWKS for failure messages: no signatures and no key material. */
public final class Jwts {

  private Jwts() {}

  /**
   * Describes a JWT by its decoded header and claims, without its signature.
   *
   * @param jwt the JWT
   * @return a value whose {@code toString()} is the description
   */
  public static Object describe(SignedJWT jwt) {
    return new Text("header " + jwt.getHeader() + ", claims " + payload(jwt));
  }

  /**
   * Describes a duration, e.g. {@code 1 h}, {@code 5 min}, {@code 1500 ms}.
   *
   * @param duration the duration
   * @return the description
   */
  public static String describe(Duration duration) {
    if (duration.toMillis() % 3_600_000 == 0 && !duration.isZero()) {
      return duration.toHours() + " h";
    }
    if (duration.toMillis() % 60_000 == 0 && !duration.isZero()) {
      return duration.toMinutes() + " min";
    }
    if (duration.toMillis() % 1000 == 0) {
      return duration.toSeconds() + " s";
    }
    return duration.toMillis() + " ms";
  }

  /**
   * The names of a JWT's claims.
   *
   * @param jwt the JWT
   * @return the names
   */
  public static List<String> claimNames(SignedJWT jwt) {
    try {
      return new ArrayList<>(jwt.getJWTClaimsSet().getClaims().keySet());
    } catch (ParseException e) {
      return List.of();
    }
  }

  /**
   * Describes the keys of a JWKS by kid and field names only, never by value.
   *
   * @param keys the keys, as JSON objects
   * @return a value whose {@code toString()} is the description
   */
  public static Object describeKeys(List<Map<String, Object>> keys) {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> key : keys) {
      out.add(key.get("kid") + " (" + String.join(", ", key.keySet()) + ")");
    }
    return new Text("keys " + out);
  }

  /**
   * The kids of the keys of a JWKS.
   *
   * @param keys the keys, as JSON objects
   * @return the kids, {@code null} for a key without one
   */
  public static List<Object> kids(List<Map<String, Object>> keys) {
    List<Object> kids = new ArrayList<>();
    for (Map<String, Object> key : keys) {
      kids.add(key.get("kid"));
    }
    return kids;
  }

  private static String payload(SignedJWT jwt) {
    try {
      return jwt.getJWTClaimsSet().toString();
    } catch (ParseException e) {
      return "(not a JSON claims set)";
    }
  }

  /** A text that AssertJ shows without quotes. */
  private record Text(String text) {
    @Override
    public String toString() {
      return text;
    }
  }
}
