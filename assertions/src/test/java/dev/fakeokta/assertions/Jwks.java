package dev.fakeokta.assertions;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JWKS fixtures. */
final class Jwks {

  private Jwks() {}

  /** Okta's shape: {"keys":[{kty, alg, kid, use, e, n}]}. */
  static String okta() {
    Map<String, Object> key = Tokens.KEY.toPublicJWK().toJSONObject();
    Map<String, Object> okta = new LinkedHashMap<>();
    for (String field : List.of("kty", "alg", "kid", "use", "e", "n")) {
      okta.put(field, key.get(field));
    }
    return JSONObjectUtils.toJSONString(Map.of("keys", List.of(okta)));
  }

  static List<Map<String, Object>> keys(String json) throws java.text.ParseException {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> keys =
        (List<Map<String, Object>>) JSONObjectUtils.parse(json).get("keys");
    return keys;
  }

  static JWKSet withPrivateKey() {
    return new JWKSet(Tokens.KEY);
  }
}
