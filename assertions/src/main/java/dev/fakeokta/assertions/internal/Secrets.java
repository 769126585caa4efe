package dev.fakeokta.assertions.internal;

import java.util.Locale;
import java.util.Set;

/** Masks credentials so that failure messages never show a full token or secret. */
public final class Secrets {

  private static final Set<String> SECRET_PARAMETERS =
      Set.of(
          "client_secret",
          "token",
          "access_token",
          "id_token",
          "refresh_token",
          "client_assertion",
          "assertion",
          "password",
          "code",
          "code_verifier",
          "sessiontoken");

  private Secrets() {}

  /**
   * Masks an {@code Authorization} value: the scheme and at most the last four characters, e.g.
   * {@code Bearer …f3Qz}.
   *
   * @param authorization the header value
   * @return the masked value
   */
  public static String maskAuthorization(String authorization) {
    String value = authorization.strip();
    int space = value.indexOf(' ');
    if (space < 0) {
      return mask(value);
    }
    return value.substring(0, space) + " " + mask(value.substring(space + 1).strip());
  }

  /**
   * Masks a credential: {@code …} and its last four characters when it is at least 16 long, else
   * only its length.
   *
   * @param credential the credential
   * @return the masked value
   */
  public static String mask(String credential) {
    return credential.length() >= 16
        ? "…" + credential.substring(credential.length() - 4)
        : "…(" + credential.length() + " chars)";
  }

  /**
   * Masks the values of query parameters that carry secrets ({@code client_secret}, {@code code},
   * ...).
   *
   * @param url a path and query
   * @return the URL with those values replaced by {@code ***}
   */
  public static String maskQuery(String url) {
    int q = url.indexOf('?');
    if (q < 0) {
      return url;
    }
    StringBuilder out = new StringBuilder(url.substring(0, q + 1));
    String[] pairs = url.substring(q + 1).split("&", -1);
    for (int i = 0; i < pairs.length; i++) {
      if (i > 0) {
        out.append('&');
      }
      String pair = pairs[i];
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (eq >= 0 && SECRET_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))) {
        out.append(name).append("=***");
      } else {
        out.append(pair);
      }
    }
    return out.toString();
  }
}
