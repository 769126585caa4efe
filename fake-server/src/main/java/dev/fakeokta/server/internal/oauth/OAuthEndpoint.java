package dev.fakeokta.server.internal.oauth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.server.OAuthClient;
import dev.fakeokta.server.OAuthError;
import dev.fakeokta.server.OktaError;
import dev.fakeokta.server.ResourceOwner;
import dev.fakeokta.server.TokenSpec;
import dev.fakeokta.server.internal.Endpoint;
import dev.fakeokta.server.internal.Json;
import dev.fakeokta.server.internal.ResponseRenderer;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Okta's authorization-server endpoints: discovery, keys, token, introspect, revoke, userinfo,
 * authorize and logout, for the org authorization server and every configured custom one.
 */
public final class OAuthEndpoint implements Endpoint {

  private static final String OPENID = "openid-configuration";
  private static final String OAUTH = "oauth-authorization-server";
  private static final String ASSERTION_TYPE =
      "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  private static final String KEYS_CACHE_CONTROL = "max-age=3832304, must-revalidate";
  private static final Duration CODE_LIFETIME = Duration.ofSeconds(300);
  private static final Duration SKEW = Duration.ofMinutes(5);

  private final AuthState state;
  private final ResponseRenderer renderer;

  /** An OAuth 2.0 failure to answer with. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient OAuthError error;

    Failure(OAuthError error) {
      super(error.error(), null, false, false);
      this.error = error;
    }

    Failure(String variant) {
      this(OAuthError.of(variant));
    }
  }

  /**
   * The endpoints of one fake.
   *
   * @param state the token state
   * @param renderer the renderer
   */
  public OAuthEndpoint(AuthState state, ResponseRenderer renderer) {
    this.state = state;
    this.renderer = renderer;
  }

  @Override
  public Optional<ResponseDefinition> handle(Request request) {
    String url = request.getUrl();
    int q = url.indexOf('?');
    String path = q < 0 ? url : url.substring(0, q);
    if (path.startsWith("/.well-known/")) {
      return wellKnown(path.substring("/.well-known/".length()), request);
    }
    if (!path.startsWith("/oauth2/")) {
      return Optional.empty();
    }
    String[] parts = path.substring("/oauth2/".length()).split("/", -1);
    if (parts.length == 2 && parts[0].equals("v1")) {
      return endpoint(state.orgServer(), parts[1], request);
    }
    if (parts.length != 3) {
      return Optional.empty();
    }
    boolean discovery =
        parts[1].equals(".well-known") && (parts[2].equals(OPENID) || parts[2].equals(OAUTH));
    boolean v1 = parts[1].equals("v1") && isEndpointName(parts[2]);
    if (!discovery && !v1) {
      return Optional.empty();
    }
    Optional<AuthServer> as = state.customServer(parts[0]);
    if (as.isEmpty()) {
      return Optional.of(notFound(parts[0]));
    }
    return discovery
        ? Optional.of(discovery(as.get(), parts[2].equals(OPENID), request))
        : endpoint(as.get(), parts[2], request);
  }

  private Optional<ResponseDefinition> wellKnown(String rest, Request request) {
    String kind;
    if (rest.startsWith(OPENID)) {
      kind = OPENID;
    } else if (rest.startsWith(OAUTH)) {
      kind = OAUTH;
    } else {
      return Optional.empty();
    }
    String suffix = rest.substring(kind.length());
    if (suffix.isEmpty()) {
      // the org authorization server has only the OpenID document (okta-facts §4.1)
      return kind.equals(OPENID)
          ? Optional.of(discovery(state.orgServer(), true, request))
          : Optional.empty();
    }
    if (!suffix.startsWith("/oauth2/") || suffix.indexOf('/', "/oauth2/".length()) >= 0) {
      return Optional.empty();
    }
    String id = suffix.substring("/oauth2/".length());
    return Optional.of(
        state
            .customServer(id)
            .map(as -> discovery(as, kind.equals(OPENID), request))
            .orElseGet(() -> notFound(id)));
  }

  private static boolean isEndpointName(String name) {
    return Set.of("keys", "token", "introspect", "revoke", "userinfo", "authorize", "logout")
        .contains(name);
  }

  private Optional<ResponseDefinition> endpoint(AuthServer as, String name, Request request) {
    String method = request.getMethod().getName();
    boolean get = method.equals("GET");
    boolean post = method.equals("POST");
    try {
      switch (name) {
        case "keys":
          return Optional.of(get ? keys() : notAllowed());
        case "token":
          return Optional.of(post ? token(as, request) : notAllowed());
        case "introspect":
          return Optional.of(post ? introspect(as, request) : notAllowed());
        case "revoke":
          return Optional.of(post ? revoke(as, request) : notAllowed());
        case "userinfo":
          return Optional.of(get || post ? userinfo(as, request) : notAllowed());
        case "authorize":
          return Optional.of(get || post ? authorize(as, request) : notAllowed());
        case "logout":
          return Optional.of(get || post ? logout(request) : notAllowed());
        default:
          return Optional.empty();
      }
    } catch (Failure failure) {
      return Optional.of(renderer.oauthError(failure.error, request));
    }
  }

  // ---------------------------------------------------------------- discovery and keys

  private ResponseDefinition discovery(AuthServer as, boolean openid, Request request) {
    ObjectNode doc = Json.MAPPER.createObjectNode();
    doc.put("issuer", as.issuer());
    doc.put("authorization_endpoint", as.endpoint("authorize"));
    doc.put("token_endpoint", as.endpoint("token"));
    if (openid) {
      doc.put("userinfo_endpoint", as.endpoint("userinfo"));
    }
    doc.put("registration_endpoint", state.orgServer().endpoint("clients"));
    doc.put("jwks_uri", as.endpoint("keys"));
    array(
        doc,
        "response_types_supported",
        "code",
        "id_token",
        "code id_token",
        "code token",
        "id_token token",
        "code id_token token");
    array(doc, "response_modes_supported", "query", "fragment", "form_post", "okta_post_message");
    array(
        doc,
        "grant_types_supported",
        "authorization_code",
        "refresh_token",
        "password",
        "client_credentials");
    array(doc, "subject_types_supported", "public");
    array(
        doc,
        "scopes_supported",
        "openid",
        "profile",
        "email",
        "address",
        "phone",
        "offline_access");
    array(
        doc,
        "token_endpoint_auth_methods_supported",
        "client_secret_basic",
        "client_secret_post",
        "client_secret_jwt",
        "private_key_jwt",
        "none");
    if (openid) {
      array(
          doc,
          "claims_supported",
          "iss",
          "ver",
          "sub",
          "aud",
          "iat",
          "exp",
          "jti",
          "auth_time",
          "amr",
          "idp",
          "nonce",
          "name",
          "given_name",
          "family_name",
          "preferred_username",
          "email",
          "email_verified",
          "at_hash");
    } else {
      array(
          doc,
          "claims_supported",
          "ver",
          "jti",
          "iss",
          "aud",
          "iat",
          "exp",
          "cid",
          "uid",
          "scp",
          "sub");
    }
    array(doc, "code_challenge_methods_supported", "S256");
    doc.put("introspection_endpoint", as.endpoint("introspect"));
    array(
        doc,
        "introspection_endpoint_auth_methods_supported",
        "client_secret_basic",
        "client_secret_post",
        "client_secret_jwt",
        "private_key_jwt",
        "none");
    doc.put("revocation_endpoint", as.endpoint("revoke"));
    array(
        doc,
        "revocation_endpoint_auth_methods_supported",
        "client_secret_basic",
        "client_secret_post",
        "client_secret_jwt",
        "private_key_jwt",
        "none");
    doc.put("end_session_endpoint", as.endpoint("logout"));
    doc.put("request_parameter_supported", true);
    array(
        doc,
        "request_object_signing_alg_values_supported",
        "HS256",
        "HS384",
        "HS512",
        "RS256",
        "RS384",
        "RS512",
        "ES256",
        "ES384",
        "ES512");
    if (openid) {
      array(doc, "id_token_signing_alg_values_supported", "RS256");
    }
    return json(200, ResponseRenderer.OKTA_JSON, Json.write(doc)).build();
  }

  private static void array(ObjectNode doc, String name, String... values) {
    ArrayNode array = doc.putArray(name);
    for (String value : values) {
      array.add(value);
    }
  }

  private ResponseDefinition keys() {
    ObjectNode body = Json.MAPPER.createObjectNode();
    ArrayNode keys = body.putArray("keys");
    for (RSAKey key : state.keys().publishedPublicKeys()) {
      // exactly these members: okta-jwt-verifier-java rejects any other
      ObjectNode jwk = keys.addObject();
      jwk.put("kty", "RSA");
      jwk.put("alg", "RS256");
      jwk.put("kid", key.getKeyID());
      jwk.put("use", "sig");
      jwk.put("e", key.getPublicExponent().toString());
      jwk.put("n", key.getModulus().toString());
    }
    return json(200, ResponseRenderer.OKTA_JSON, Json.write(body))
        .withHeader("Cache-Control", KEYS_CACHE_CONTROL)
        .build();
  }

  // ---------------------------------------------------------------- token

  private ResponseDefinition token(AuthServer as, Request request) {
    Map<String, String> form = form(request.getBodyAsString());
    OAuthClient client = authenticate(as, as.endpoint("token"), request, form);
    String grantType = form.get("grant_type");
    Set<String> supported = new TreeSet<>(OAuthClient.ALL_GRANT_TYPES);
    if (grantType == null || grantType.isBlank()) {
      throw new Failure(
          OAuthError.of("token_request_missing_grant_type")
              .withDescription(
                  "The token request must specify a 'grant_type'. Valid values: " + supported));
    }
    if (!supported.contains(grantType)) {
      throw new Failure(
          OAuthError.of("unsupported_grant_type")
              .withDescription(
                  "The authorization grant type is not supported by the authorization server."
                      + " Configured grant types: "
                      + supported
                      + "."));
    }
    if (!client.grantTypes().contains(grantType)) {
      throw new Failure(
          OAuthError.of("unauthorized_client")
              .withDescription(
                  "The client is not authorized to use the provided grant type. Configured grant"
                      + " types: "
                      + new TreeSet<>(client.grantTypes())
                      + "."));
    }
    switch (grantType) {
      case "client_credentials":
        {
          List<String> scopes = requestedScopes(client, form.get("scope"));
          if (scopes.contains("openid")) {
            throw new Failure("openid_not_allowed_client_creds");
          }
          return issue(as, client, null, scopes, null, false);
        }
      case "password":
        {
          ResourceOwner user =
              state
                  .user(form.get("username"))
                  .filter(u -> u.password().equals(form.get("password")))
                  .orElseThrow(() -> new Failure("invalid_password_credentials"));
          return issue(as, client, user, requestedScopes(client, form.get("scope")), null, true);
        }
      case "authorization_code":
        return codeGrant(as, client, form);
      case "refresh_token":
        return refreshGrant(as, client, form);
      default:
        throw new IllegalStateException(grantType);
    }
  }

  private ResponseDefinition codeGrant(
      AuthServer as, OAuthClient client, Map<String, String> form) {
    AuthState.CodeGrant code =
        state
            .useCode(form.get("code"))
            .filter(c -> c.grant().client().clientId().equals(client.clientId()))
            .orElseThrow(() -> new Failure("invalid_authorization_code"));
    if (!sameServer(code.grant().as(), as)) {
      throw new Failure("mismatched_authorization_server");
    }
    if (!code.redirectUri().equals(form.get("redirect_uri"))) {
      throw new Failure("mismatched_redirect_uri");
    }
    if (code.codeChallenge() != null) {
      String verifier = form.get("code_verifier");
      if (verifier == null || verifier.isEmpty()) {
        throw new Failure("pkce_missing_verifier");
      }
      if (!AuthState.s256(verifier).equals(code.codeChallenge())) {
        throw new Failure("pkce_verification_failed");
      }
    }
    return issue(as, client, code.grant().user(), code.grant().scopes(), code.nonce(), true);
  }

  private ResponseDefinition refreshGrant(
      AuthServer as, OAuthClient client, Map<String, String> form) {
    String token = form.get("refresh_token");
    AuthState.Grant grant =
        state
            .peekRefreshToken(token == null ? "" : token)
            .filter(g -> g.client().clientId().equals(client.clientId()))
            .filter(g -> sameServer(g.as(), as))
            .orElseThrow(() -> new Failure("invalid_refresh_token"));
    List<String> scopes = grant.scopes();
    List<String> asked = AuthState.scopes(form.get("scope"));
    if (!asked.isEmpty()) {
      if (!scopes.containsAll(asked)) {
        throw new Failure("invalid_scope");
      }
      scopes = asked;
    }
    state.useRefreshToken(token);
    return issue(as, client, grant.user(), scopes, null, true);
  }

  private static boolean sameServer(AuthServer a, AuthServer b) {
    return a.isOrg() ? b.isOrg() : a.id().equals(b.id());
  }

  private List<String> requestedScopes(OAuthClient client, String scope) {
    List<String> scopes = AuthState.scopes(scope);
    if (scopes.isEmpty()) {
      throw new Failure("missing_scopes");
    }
    if (!client.scopes().isEmpty() && !client.scopes().containsAll(scopes)) {
      throw new Failure("invalid_scope");
    }
    return scopes;
  }

  private ResponseDefinition issue(
      AuthServer as,
      OAuthClient client,
      ResourceOwner user,
      List<String> scopes,
      String nonce,
      boolean userGrant) {
    TokenSpec.Builder spec = TokenSpec.builder();
    if (as.isOrg()) {
      spec.orgAuthorizationServer();
    } else {
      spec.authorizationServer(as.id());
    }
    spec.clientId(client.clientId()).scopes(scopes.toArray(String[]::new));
    if (user != null) {
      spec.userId(user.id()).subject(user.login());
    } else {
      spec.userId("").subject(client.clientId());
    }
    state
        .nextEnqueued(as)
        .ifPresent(
            custom -> {
              custom.subject().ifPresent(spec::subject);
              custom.clientId().ifPresent(spec::clientId);
              custom.userId().ifPresent(spec::userId);
              custom.scopes().ifPresent(s -> spec.scopes(s.toArray(String[]::new)));
              custom.audience().ifPresent(spec::audience);
              custom.issuer().ifPresent(spec::issuer);
              custom.issuedAt().ifPresent(spec::issuedAt);
              custom.expiresIn().ifPresent(spec::expiresIn);
              custom.notBefore().ifPresent(spec::notBefore);
              custom.claims().forEach(spec::claim);
            });
    JWTClaimsSet claims = state.accessClaims(as, spec.build());
    String accessToken = state.sign(claims);
    long expiresIn =
        (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000;
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("token_type", "Bearer");
    body.put("expires_in", expiresIn);
    body.put("access_token", accessToken);
    body.put("scope", String.join(" ", scopes));
    if (userGrant && user != null && scopes.contains("offline_access")) {
      body.put(
          "refresh_token",
          state.issueRefreshToken(new AuthState.Grant(as, client, user, scopes, null, null)));
    }
    if (user != null && scopes.contains("openid")) {
      body.put(
          "id_token", state.mintIdToken(as, client.clientId(), user, scopes, nonce, accessToken));
    }
    return json(200, ResponseRenderer.OAUTH_JSON, Json.write(body))
        .withHeader("Cache-Control", "no-store")
        .withHeader("Pragma", "no-cache")
        .build();
  }

  // ---------------------------------------------------------------- client authentication

  private OAuthClient authenticate(
      AuthServer as, String endpointUrl, Request request, Map<String, String> form) {
    String authorization = request.getHeader("Authorization");
    boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    boolean post = form.containsKey("client_secret");
    boolean assertion = form.containsKey("client_assertion");
    int methods = (basic ? 1 : 0) + (post ? 1 : 0) + (assertion ? 1 : 0);
    if (methods > 1) {
      throw new Failure("multiple_client_credentials");
    }
    if (basic) {
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).trim()),
                StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new Failure("invalid_basic_auth_creds");
      }
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        throw new Failure("invalid_basic_auth_creds");
      }
      return checkSecret(decode(decoded.substring(0, colon)), decode(decoded.substring(colon + 1)));
    }
    if (post) {
      return checkSecret(form.get("client_id"), form.get("client_secret"));
    }
    if (assertion) {
      return checkAssertion(as, endpointUrl, form);
    }
    String clientId = form.get("client_id");
    if (clientId == null) {
      throw new Failure("missing_client_credentials");
    }
    OAuthClient client = state.client(clientId).orElseThrow(() -> new Failure("invalid_client_id"));
    if (!client.isPublic()) {
      throw new Failure("missing_client_credentials");
    }
    return client;
  }

  private OAuthClient checkSecret(String clientId, String secret) {
    OAuthClient client = state.client(clientId).orElseThrow(() -> new Failure("invalid_client"));
    if (client.secret().isEmpty()) {
      throw new Failure("invalid_client");
    }
    if (!client.secret().get().equals(secret)) {
      throw new Failure("invalid_client_secret");
    }
    return client;
  }

  private OAuthClient checkAssertion(AuthServer as, String endpointUrl, Map<String, String> form) {
    if (!ASSERTION_TYPE.equals(form.get("client_assertion_type"))) {
      throw new Failure("client_assertion_type_invalid");
    }
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(form.get("client_assertion"));
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new Failure("client_assertion_invalid_jwt");
    }
    OAuthClient client =
        state
            .client(claims.getIssuer())
            .orElseThrow(() -> new Failure("client_assertion_invalid_issuer"));
    if (!client.clientId().equals(claims.getSubject())) {
      throw new Failure("client_assertion_invalid_subject");
    }
    String clientId = form.get("client_id");
    if (clientId != null && !clientId.equals(client.clientId())) {
      throw new Failure("invalid_client");
    }
    RSAKey jwk =
        client.publicJwk().orElseThrow(() -> new Failure("client_assertion_jwks_not_configured"));
    if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
      throw new Failure("client_assertion_invalid_signature_algorithm");
    }
    String kid = jwt.getHeader().getKeyID();
    if (kid != null && jwk.getKeyID() != null && !kid.equals(jwk.getKeyID())) {
      throw new Failure("client_assertion_invalid_kid");
    }
    try {
      if (!jwt.verify(new RSASSAVerifier(jwk))) {
        throw new Failure("client_assertion_invalid_signature");
      }
    } catch (JOSEException e) {
      throw new Failure("client_assertion_invalid_signature");
    }
    List<String> audience = claims.getAudience();
    if (audience == null || !audience.contains(endpointUrl)) {
      throw new Failure("client_assertion_invalid_audience");
    }
    if (claims.getExpirationTime() == null) {
      throw new Failure("client_assertion_expiration_required");
    }
    Instant now = state.clock().instant();
    Instant exp = claims.getExpirationTime().toInstant();
    if (!exp.isAfter(now.minus(SKEW))) {
      throw new Failure("client_assertion_expired_token");
    }
    if (exp.isAfter(now.plus(Duration.ofHours(1)).plus(SKEW))) {
      throw new Failure("client_assertion_expires_too_far_in_future");
    }
    if (claims.getIssueTime() != null
        && claims.getIssueTime().toInstant().isAfter(now.plus(SKEW))) {
      throw new Failure("client_assertion_issued_at_in_future");
    }
    return client;
  }

  // ---------------------------------------------------------------- introspect, revoke

  private ResponseDefinition introspect(AuthServer as, Request request) {
    Map<String, String> form = form(request.getBodyAsString());
    authenticate(as, as.endpoint("introspect"), request, form);
    String token = requireToken(form);
    ObjectNode body = Json.MAPPER.createObjectNode();
    Optional<AuthState.Grant> refresh = state.peekRefreshToken(token);
    if (refresh.isPresent() && sameServer(refresh.get().as(), as)) {
      AuthState.Grant grant = refresh.get();
      body.put("active", true);
      body.put("token_type", "Bearer");
      body.put("scope", String.join(" ", grant.scopes()));
      body.put("client_id", grant.client().clientId());
      body.put("username", grant.user().login());
      body.put("exp", grant.expiresAt().getEpochSecond());
      body.put("iat", grant.issuedAt().getEpochSecond());
      body.put("sub", grant.user().login());
      body.put("aud", as.audience());
      body.put("iss", as.issuer());
      body.put("uid", grant.user().id());
    } else {
      Optional<JWTClaimsSet> active = state.activeClaims(as, token);
      if (active.isEmpty()) {
        body.put("active", false);
      } else {
        JWTClaimsSet claims = active.get();
        body.put("active", true);
        body.put("token_type", "Bearer");
        Object scp = claims.getClaim("scp");
        if (scp instanceof List<?> list) {
          body.put("scope", String.join(" ", list.stream().map(String::valueOf).toList()));
        }
        Object cid = claims.getClaim("cid");
        body.put(
            "client_id", cid == null ? String.join(" ", claims.getAudience()) : cid.toString());
        body.put("username", claims.getSubject());
        body.put("exp", claims.getExpirationTime().toInstant().getEpochSecond());
        if (claims.getIssueTime() != null) {
          body.put("iat", claims.getIssueTime().toInstant().getEpochSecond());
        }
        body.put("sub", claims.getSubject());
        body.put("aud", String.join(" ", claims.getAudience()));
        body.put("iss", claims.getIssuer());
        body.put("jti", claims.getJWTID());
        Object uid = claims.getClaim("uid");
        if (uid != null) {
          body.put("uid", uid.toString());
        }
      }
    }
    return json(200, ResponseRenderer.OAUTH_JSON, Json.write(body))
        .withHeader("Cache-Control", "no-cache, no-store")
        .withHeader("Pragma", "no-cache")
        .build();
  }

  private ResponseDefinition revoke(AuthServer as, Request request) {
    Map<String, String> form = form(request.getBodyAsString());
    authenticate(as, as.endpoint("revoke"), request, form);
    state.revoke(requireToken(form));
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(200)
        .withHeader("Cache-Control", "no-cache, no-store")
        .withHeader("Pragma", "no-cache")
        .build();
  }

  private static String requireToken(Map<String, String> form) {
    String token = form.get("token");
    if (token == null || token.isEmpty()) {
      throw new Failure("request_missing_token");
    }
    return token;
  }

  // ---------------------------------------------------------------- userinfo

  private ResponseDefinition userinfo(AuthServer as, Request request) {
    String authorization = request.getHeader("Authorization");
    String token =
        authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
            ? authorization.substring(7).trim()
            : null;
    Optional<JWTClaimsSet> claims =
        token == null ? Optional.empty() : state.activeClaims(as, token);
    Optional<ResourceOwner> user =
        claims.map(c -> c.getClaim("uid")).map(Object::toString).flatMap(state::userById);
    if (claims.isEmpty() || user.isEmpty()) {
      return bearerChallenge(as, 401, "invalid_token", "The access token is invalid.");
    }
    Object scp = claims.get().getClaim("scp");
    List<?> scopes = scp instanceof List<?> list ? list : List.of();
    if (!scopes.contains("openid")) {
      return bearerChallenge(
          as,
          403,
          "insufficient_scope",
          "The access token must provide access to at least one of these scopes - profile,"
              + " email, address or phone");
    }
    ResourceOwner owner = user.get();
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("sub", owner.id());
    if (scopes.contains("profile")) {
      body.put("name", owner.name());
      body.put("preferred_username", owner.login());
      body.put("given_name", owner.givenName());
      body.put("family_name", owner.familyName());
      body.put("zoneinfo", "America/Los_Angeles");
    }
    if (scopes.contains("email")) {
      body.put("email", owner.login());
      body.put("email_verified", true);
    }
    return json(200, ResponseRenderer.OAUTH_JSON, Json.write(body)).build();
  }

  private ResponseDefinition bearerChallenge(
      AuthServer as, int status, String error, String description) {
    String realm = state.orgServer().issuer();
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(status)
        .withHeader(
            "WWW-Authenticate",
            "Bearer authorization_uri=\""
                + as.endpoint("authorize")
                + "\", realm=\""
                + realm
                + "\", error=\""
                + error
                + "\", error_description=\""
                + description
                + "\"")
        .withHeader("Access-Control-Expose-Headers", "WWW-Authenticate")
        .build();
  }

  // ---------------------------------------------------------------- authorize, logout

  private ResponseDefinition authorize(AuthServer as, Request request) {
    Map<String, String> params = new LinkedHashMap<>(query(request.getUrl()));
    if (request.getMethod().getName().equals("POST")) {
      params.putAll(form(request.getBodyAsString()));
    }
    Optional<OAuthClient> found = state.client(params.get("client_id"));
    if (found.isEmpty()) {
      return ResponseDefinitionBuilder.responseDefinition()
          .withStatus(400)
          .withHeader("Content-Type", ResponseRenderer.OKTA_JSON)
          .withBody(
              Json.oktaError(
                  "invalid_client",
                  "Invalid value for 'client_id' parameter.",
                  dev.fakeokta.server.internal.Ids.errorId(),
                  List.of()))
          .build();
    }
    OAuthClient client = found.get();
    String redirectUri = params.get("redirect_uri");
    if (redirectUri == null || !client.redirectUris().contains(redirectUri)) {
      return renderer.oauthError(OAuthError.of("illegal_redirect_uri"), request);
    }
    // from here on errors are redirected to redirect_uri, as Okta does
    if (!"code".equals(params.get("response_type"))) {
      return redirectError("unsupported_response_type", request);
    }
    if (!client.grantTypes().contains("authorization_code")) {
      return redirectError("unauthorized_client", request);
    }
    List<String> scopes = AuthState.scopes(params.get("scope"));
    if (scopes.isEmpty()) {
      return redirectError("missing_scopes", request);
    }
    if (!client.scopes().isEmpty() && !client.scopes().containsAll(scopes)) {
      return redirectError("invalid_scope", request);
    }
    String challenge = params.get("code_challenge");
    if (challenge != null && !"S256".equals(params.get("code_challenge_method"))) {
      return redirectError("pkce_unsupported_code_challenge_method", request);
    }
    if (challenge == null && client.isPublic()) {
      return redirectError("pkce_missing_challenge", request);
    }
    ResourceOwner user =
        Optional.ofNullable(params.get("login_hint"))
            .flatMap(state::user)
            .orElse(state.config().users().values().iterator().next());
    Instant now = state.clock().instant();
    String code =
        state.issueCode(
            new AuthState.CodeGrant(
                new AuthState.Grant(as, client, user, scopes, now, now.plus(CODE_LIFETIME)),
                redirectUri,
                challenge,
                params.get("nonce"),
                now.plus(CODE_LIFETIME)));
    StringBuilder location = new StringBuilder(redirectUri);
    boolean fragment = "fragment".equals(params.get("response_mode"));
    location.append(fragment ? '#' : (redirectUri.contains("?") ? '&' : '?'));
    location.append("code=").append(encode(code));
    if (params.get("state") != null) {
      location.append("&state=").append(encode(params.get("state")));
    }
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(302)
        .withHeader("Location", location.toString())
        .withHeader("Cache-Control", "no-cache, no-store")
        .withHeader("Pragma", "no-cache")
        .build();
  }

  private ResponseDefinition redirectError(String variant, Request request) {
    return renderer.oauthError(OAuthError.of(variant).asRedirect(), request);
  }

  private ResponseDefinition logout(Request request) {
    Map<String, String> params = new LinkedHashMap<>(query(request.getUrl()));
    if (request.getMethod().getName().equals("POST")) {
      params.putAll(form(request.getBodyAsString()));
    }
    String target = params.get("post_logout_redirect_uri");
    if (target == null) {
      return ResponseDefinitionBuilder.responseDefinition().withStatus(200).build();
    }
    String stateParam = params.get("state");
    String location =
        stateParam == null
            ? target
            : target + (target.contains("?") ? '&' : '?') + "state=" + encode(stateParam);
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(302)
        .withHeader("Location", location)
        .build();
  }

  // ---------------------------------------------------------------- helpers

  private ResponseDefinition notFound(String id) {
    return renderer.oktaError(
        OktaError.of("E0000007")
            .withSummaryArgs("Resource not found: " + id + " (AuthorizationServer)"));
  }

  private ResponseDefinition notAllowed() {
    return renderer.oktaError(OktaError.of("E0000022"));
  }

  private static ResponseDefinitionBuilder json(int status, String contentType, String body) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(status)
        .withHeader("Content-Type", contentType)
        .withBody(body);
  }

  private static Map<String, String> form(String body) {
    return parse(body);
  }

  private static Map<String, String> query(String url) {
    int q = url.indexOf('?');
    return q < 0 ? Map.of() : parse(url.substring(q + 1));
  }

  private static Map<String, String> parse(String encoded) {
    Map<String, String> values = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return values;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      values.putIfAbsent(name, value);
    }
    return values;
  }

  private static String decode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new Failure(
          OAuthError.of("invalid_request").withDescription("The request body is malformed."));
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
