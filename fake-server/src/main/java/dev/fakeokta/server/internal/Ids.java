package dev.fakeokta.server.internal;

import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/** Identifiers shaped like Okta's. They are unique, not secret. */
public final class Ids {

  private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

  private Ids() {}

  /**
   * An {@code errorId} like Okta's: {@code oae} followed by 22 URL-safe characters (16 random
   * bytes), e.g. {@code oaeHfmOAx1iRLa0H10DeMz5fQ}.
   *
   * @return a new error id
   */
  public static String errorId() {
    return "oae" + random(16);
  }

  /**
   * An {@code X-Okta-Request-Id} like Okta's: 27 URL-safe characters (20 random bytes).
   *
   * @return a new request id
   */
  public static String requestId() {
    return random(20);
  }

  /**
   * Random bytes, base64url without padding.
   *
   * @param bytes how many random bytes
   * @return the encoded text
   */
  public static String random(int bytes) {
    byte[] buffer = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(buffer);
    return URL_SAFE.encodeToString(buffer);
  }
}
