package dev.fakeokta.server.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakeokta.server.BadToken;
import dev.fakeokta.server.TokenSpec;
import dev.fakeokta.server.Tokens;
import dev.fakeokta.server.internal.Json;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tokens for clients outside the JVM: {@code POST /tokens} mints an access token from a small spec,
 * {@code POST /tokens/bad {"kind"}} mints a {@link BadToken}, {@code POST /tokens/revoke {"token"}}
 * revokes one. The whole body is validated before anything is minted or revoked.
 */
final class TokensResource implements AdminResource {

  private static final Set<String> SPEC_FIELDS =
      Set.of("authorizationServer", "sub", "scopes", "expiresIn", "claims");

  private final AdminHost host;

  TokensResource(AdminHost host) {
    this.host = host;
  }

  @Override
  public void register(AdminRoutes routes) {
    routes.post(
        "/tokens",
        request -> {
          JsonNode node = request.optionalJsonObject().orElse(Json.MAPPER.createObjectNode());
          TokenSpec spec = spec(JsonFields.object(node, "", SPEC_FIELDS));
          return AdminResponse.ok(Map.of("accessToken", mint(() -> tokens().accessToken(spec))));
        });
    routes.post(
        "/tokens/bad",
        request -> {
          Set<String> allowed = new java.util.HashSet<>(SPEC_FIELDS);
          allowed.add("kind");
          JsonFields body = JsonFields.object(request.jsonObject(), "", allowed);
          String kindText =
              body.text("kind")
                  .orElseThrow(
                      () ->
                          new BadAdminRequest(
                              "kind", "is required, one of " + Arrays.toString(BadToken.values())));
          BadToken kind;
          try {
            kind = BadToken.valueOf(kindText);
          } catch (IllegalArgumentException e) {
            throw new BadAdminRequest(
                "kind",
                "must be one of " + Arrays.toString(BadToken.values()) + ", was " + kindText);
          }
          TokenSpec spec = spec(body);
          return AdminResponse.ok(
              Map.of("accessToken", mint(() -> tokens().badAccessToken(kind, spec))));
        });
    routes.post(
        "/tokens/revoke",
        request -> {
          JsonFields body = JsonFields.object(request.jsonObject(), "", Set.of("token"));
          String token = body.requiredText("token");
          tokens().revoke(token);
          return AdminResponse.ok(Map.of("revoked", true));
        });
  }

  private Tokens tokens() {
    return host.tokens();
  }

  private static String mint(java.util.function.Supplier<String> minter) {
    try {
      return minter.get();
    } catch (IllegalArgumentException e) {
      throw new BadAdminRequest("authorizationServer", e.getMessage());
    }
  }

  private static TokenSpec spec(JsonFields body) {
    TokenSpec.Builder spec = TokenSpec.builder();
    body.text("authorizationServer").ifPresent(spec::authorizationServer);
    body.text("sub").ifPresent(spec::subject);
    if (body.has("scopes")) {
      List<String> scopes = body.texts("scopes");
      spec.scopes(scopes.toArray(String[]::new));
    }
    body.duration("expiresIn")
        .ifPresent(
            expiresIn -> {
              if (expiresIn.isNegative() || expiresIn.isZero()) {
                throw new BadAdminRequest("expiresIn", "must be positive, was " + expiresIn);
              }
              set(body, "expiresIn", () -> spec.expiresIn(expiresIn));
            });
    JsonNode claims = body.node("claims").orElse(null);
    if (claims != null) {
      if (!claims.isObject()) {
        throw new BadAdminRequest(
            body.pathOf("claims"), "must be an object, was " + AdminRequest.kind(claims));
      }
      Iterator<Map.Entry<String, JsonNode>> fields = claims.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> claim = fields.next();
        String path = body.pathOf("claims") + "." + claim.getKey();
        if (claim.getValue().isNull()) {
          throw new BadAdminRequest(path, "must not be null");
        }
        Object value = Json.MAPPER.convertValue(claim.getValue(), Object.class);
        set(path, () -> spec.claim(claim.getKey(), value));
      }
    }
    return spec.build();
  }

  private static void set(JsonFields body, String key, Runnable setter) {
    set(body.pathOf(key), setter);
  }

  private static void set(String path, Runnable setter) {
    try {
      setter.run();
    } catch (IllegalArgumentException e) {
      throw new BadAdminRequest(path, e.getMessage());
    }
  }
}
