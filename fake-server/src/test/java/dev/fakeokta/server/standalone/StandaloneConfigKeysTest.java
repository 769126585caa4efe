package dev.fakeokta.server.standalone;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.server.FakeOktaServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner's keys for a fixed signing key, clients, users and the directory seed: applied through
 * real HTTP, and every bad value named by its key path with exit code 2.
 */
class StandaloneConfigKeysTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static RSAKey signingKey;
  private static RSAKey clientKey;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final List<FakeOktaServer> started = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path dir;

  @BeforeAll
  static void keys() throws Exception {
    signingKey = new RSAKeyGenerator(2048).keyID("standalone-fixed").generate();
    clientKey = new RSAKeyGenerator(2048).keyID("client-key").generate();
  }

  @AfterEach
  void stop() {
    started.forEach(FakeOktaServer::stop);
  }

  @Test
  void should_serve_the_fixed_key_configured_clients_users_and_seeded_directory_over_http()
      throws Exception {
    // GIVEN
    Files.writeString(dir.resolve("signing-key.json"), signingKey.toJSONString());
    Files.writeString(
        dir.resolve("seed.json"),
        "{\"users\": [{\"profile\": {\"login\": \"carol@example.com\", \"firstName\": \"Carol\","
            + " \"lastName\": \"Danvers\"}}],"
            + " \"groups\": [{\"name\": \"Pilots\", \"members\": [\"carol@example.com\"]}]}");
    Path config =
        write(
            "{\"https\": false, \"signingKey\": \"signing-key.json\", \"directory\": \"seed.json\","
                + " \"clients\": [{\"clientId\": \"0oaservice\", \"secret\": \"service-s3cret\","
                + " \"grantTypes\": [\"client_credentials\"], \"scopes\": [\"orders.read\"]},"
                + " {\"clientId\": \"0oapassword\", \"secret\": \"pw-s3cret\","
                + " \"grantTypes\": [\"password\"]},"
                + " {\"clientId\": \"0oajwt\", \"publicJwk\": "
                + clientKey.toPublicJWK().toJSONString()
                + "}],"
                + " \"users\": [{\"id\": \"00ubob\", \"login\": \"bob@example.com\","
                + " \"password\": \"Bob-Passw0rd\", \"givenName\": \"Bob\","
                + " \"familyName\": \"Builder\"}]}");
    // WHEN
    Main.Launch launch = launch("--config", config.toString());
    // THEN
    then(launch.exitCode()).isZero();
    FakeOktaServer server = launch.server();
    then(out())
        .contains("Client:       0oafakeokta0default0 / secret fake-okta-default-client-secret")
        .contains("Clients:      3 more: 0oaservice, 0oapassword, 0oajwt")
        .contains("Signing key:  kid standalone-fixed (fixed)")
        .doesNotContain("service-s3cret")
        .doesNotContain("pw-s3cret");
    then(err()).isEmpty();
    // the JWKS publishes the fixed key
    JWKSet jwks = JWKSet.parse(get(server.jwksUri(), null).body());
    then(jwks.getKeys())
        .singleElement()
        .satisfies(
            k -> {
              then(k.getKeyID()).isEqualTo("standalone-fixed");
              then(((RSAKey) k).getModulus()).isEqualTo(signingKey.getModulus());
            });
    // client_credentials with the configured client, signed by the fixed key
    HttpResponse<String> cc =
        post(
            server.tokenEndpoint(),
            basic("0oaservice", "service-s3cret"),
            "grant_type=client_credentials&scope=orders.read");
    then(cc.statusCode()).as(cc.body()).isEqualTo(200);
    SignedJWT access = SignedJWT.parse(JSON.readTree(cc.body()).get("access_token").asText());
    then(access.getHeader().getKeyID()).isEqualTo("standalone-fixed");
    then(access.getJWTClaimsSet().getStringClaim("cid")).isEqualTo("0oaservice");
    then(post(
                server.tokenEndpoint(),
                basic("0oaservice", "wrong"),
                "grant_type=client_credentials&scope=orders.read")
            .statusCode())
        .isEqualTo(401);
    // the password grant knows the configured user
    HttpResponse<String> password =
        post(
            server.tokenEndpoint(),
            basic("0oapassword", "pw-s3cret"),
            "grant_type=password&username=bob%40example.com&password=Bob-Passw0rd&scope=openid");
    then(password.statusCode()).as(password.body()).isEqualTo(200);
    SignedJWT bobToken =
        SignedJWT.parse(JSON.readTree(password.body()).get("access_token").asText());
    then(bobToken.getJWTClaimsSet().getSubject()).isEqualTo("bob@example.com");
    then(bobToken.getJWTClaimsSet().getStringClaim("uid")).isEqualTo("00ubob");
    // the private_key_jwt client is registered with its public key
    then(server.config().authorization().clients().get("0oajwt").publicJwk())
        .hasValueSatisfying(k -> then(k.getModulus()).isEqualTo(clientKey.getModulus()));
    // the directory seed is served by the management API
    HttpResponse<String> users =
        get(server.orgUrl() + "/api/v1/users", "SSWS " + server.directory().apiToken());
    then(users.statusCode()).isEqualTo(200);
    JsonNode list = JSON.readTree(users.body());
    then(list).hasSize(1);
    then(list.get(0).at("/profile/login").asText()).isEqualTo("carol@example.com");
    HttpResponse<String> groups =
        get(server.orgUrl() + "/api/v1/groups?q=Pilots", "SSWS " + server.directory().apiToken());
    then(groups.body()).contains("\"Pilots\"");
  }

  @Test
  void should_take_the_signing_key_and_directory_from_flags_over_the_file() throws Exception {
    // GIVEN
    RSAKey fileKey = new RSAKeyGenerator(2048).keyID("from-file").generate();
    Path keyFile = Files.writeString(dir.resolve("file-key.json"), fileKey.toJSONString());
    Path flagKey = Files.writeString(dir.resolve("flag-key.json"), signingKey.toJSONString());
    Path seed =
        Files.writeString(
            dir.resolve("flag-seed.json"),
            "{\"users\": [{\"profile\": {\"login\": \"dave@example.com\", \"firstName\": \"Dave\","
                + " \"lastName\": \"Lister\"}}]}");
    Path config =
        write(
            "{\"https\": false, \"signingKey\": \""
                + keyFile.getFileName()
                + "\", \"directory\": {\"users\": []}}");
    // WHEN
    FakeOktaServer server =
        launch(
                "--config",
                config.toString(),
                "--signing-key",
                flagKey.toString(),
                "--directory=" + seed)
            .server();
    // THEN
    then(server.keys().signingKid()).isEqualTo("standalone-fixed");
    then(server.directory().userId("dave@example.com")).isPresent();
    then(server.directory().userCount()).isEqualTo(1);
  }

  @Test
  void should_seed_an_inline_directory_object() throws Exception {
    // GIVEN
    Path config =
        write(
            "{\"https\": false, \"directory\": {\"users\": [{\"profile\": {\"login\":"
                + " \"erin@example.com\", \"firstName\": \"Erin\", \"lastName\": \"Example\"}}]}}");
    // WHEN
    FakeOktaServer server = launch("--config", config.toString()).server();
    // THEN
    then(server.directory().userStatus("erin@example.com")).hasValue("ACTIVE");
    then(out()).doesNotContain("Clients:").doesNotContain("Signing key:");
  }

  @Test
  void should_exit_2_naming_the_key_path_of_a_bad_client() throws IOException {
    // GIVEN
    List<String> configs =
        List.of(
            "{\"clients\": {\"clientId\": \"x\"}}",
            "{\"clients\": [{\"clientId\": \"a\", \"secret\": \"s\"},"
                + " {\"clientId\": \"b\", \"secret\": \"s\", \"grantTypes\": [\"implicit\"]}]}",
            "{\"clients\": [{\"secret\": \"s\"}]}",
            "{\"clients\": [{\"clientId\": \"a\", \"secret\": \"s\", \"colour\": \"red\"}]}",
            "{\"clients\": [{\"clientId\": \"a\"}]}",
            "{\"clients\": [{\"clientId\": \"a\", \"secret\": 42}]}",
            "{\"clients\": [{\"clientId\": \"a\", \"secret\": \"s\"},"
                + " {\"clientId\": \"a\", \"secret\": \"t\"}]}",
            "{\"clients\": [{\"clientId\": \"a\", \"secret\": \"s\", \"scopes\": \"read\"}]}",
            "{\"clients\": [{\"clientId\": \"a\", \"grantTypes\": [\"authorization_code\"],"
                + " \"redirectUris\": [\"/callback\"]}]}",
            "{\"clients\": [{\"clientId\": \"a\", \"publicJwk\": {\"kty\": \"RSA\"}}]}",
            "{\"clients\": [{\"clientId\": \"a\", \"secret\": \"s\", \"grantTypes\": []}]}");
    // WHEN
    List<Integer> codes = launchAll(configs);
    // THEN
    then(codes).containsOnly(2);
    then(err())
        .contains("\"clients\" must be a list of clients")
        .contains(
            "\"clients[1].grantTypes[0]\": unsupported grant type \"implicit\"; use one of"
                + " [authorization_code, client_credentials, password, refresh_token]")
        .contains("\"clients[0]\" needs a \"clientId\"")
        .contains("\"clients[0].colour\" is not a known field; known: [clientId,")
        .contains("\"clients[0]\": grantTypes: client_credentials needs a secret or a publicJwk")
        .contains("\"clients[0].secret\" must be a non-blank string")
        .contains("\"clients[1].clientId\" repeats an earlier client: a")
        .contains("\"clients[0].scopes\" must be a list of strings")
        .contains("\"clients[0].redirectUris[0]\" must be an absolute URI")
        .contains("\"clients[0].publicJwk\" is not a valid JWK")
        .contains("\"clients[0]\": grantTypes must not be empty for a");
  }

  @Test
  void should_exit_2_naming_the_key_path_of_a_bad_user_directory_or_signing_key()
      throws IOException {
    // GIVEN
    Files.writeString(dir.resolve("public.json"), signingKey.toPublicJWK().toJSONString());
    Files.writeString(dir.resolve("bad-seed.json"), "{\"users\": [{\"profile\": {}}]}");
    List<String> configs =
        List.of(
            "{\"users\": [{\"id\": \"00u1\", \"login\": \"x@example.com\", \"password\": \"p\","
                + " \"givenName\": \"X\"}]}",
            "{\"users\": [{\"id\": \"00u1\", \"login\": \"x@example.com\", \"password\": \"p\","
                + " \"givenName\": \"X\", \"familyName\": \"\"}]}",
            "{\"users\": [{\"id\": \"00u1\", \"login\": \"x@example.com\", \"password\": \"p\","
                + " \"givenName\": \"X\", \"familyName\": \"Y\", \"email\": \"x\"}]}",
            "{\"users\": \"bob\"}",
            "{\"directory\": 42}",
            "{\"directory\": \"missing-seed.json\"}",
            "{\"directory\": \"bad-seed.json\"}",
            "{\"directory\": {\"users\": [{\"profile\": {\"login\": \"\"}}]}}",
            "{\"signingKey\": \"public.json\"}",
            "{\"signingKey\": \"missing-key.json\"}",
            "{\"signingKey\": 7}");
    // WHEN
    List<Integer> codes = launchAll(configs);
    int flagCode = launch("--signing-key", dir.resolve("public.json").toString()).exitCode();
    int dirFlagCode = launch("--directory").exitCode();
    // THEN
    then(codes).containsOnly(2);
    then(List.of(flagCode, dirFlagCode)).containsOnly(2);
    then(err())
        .contains("\"users[0]\" needs \"familyName\"")
        .contains("\"users[0].familyName\" must not be blank")
        .contains("\"users[0].email\" is not a known field")
        .contains("\"users\" must be a list of users")
        .contains("\"directory\" must be the path of a seed file or a seed object")
        .contains("\"directory\": " + dir.resolve("missing-seed.json") + ": no such file")
        .contains("\"directory\" (" + dir.resolve("bad-seed.json") + "): users[0].profile")
        .contains("\"directory\": users[0].profile")
        .contains(
            "\"signingKey\": " + dir.resolve("public.json") + ": signingKey must be a private")
        .contains(
            "\"signingKey\": cannot read " + dir.resolve("missing-key.json") + " (no such file)")
        .contains("\"signingKey\" must be a string")
        .contains("--signing-key: " + dir.resolve("public.json") + ": signingKey must be a private")
        .contains("--directory needs a value")
        .doesNotContain(signingKey.getModulus().toString().substring(0, 20));
  }

  @Test
  void should_document_the_new_flags_and_keys_in_help() {
    // WHEN
    launch("--help");
    // THEN
    then(out())
        .contains("--signing-key FILE", "--directory FILE")
        .contains("\"signingKey\"", "\"clients\"", "\"users\"", "\"directory\"")
        .contains("publicJwk", "grantTypes", "redirectUris", "scopes");
  }

  private List<Integer> launchAll(List<String> configs) throws IOException {
    List<Integer> codes = new ArrayList<>();
    for (String json : configs) {
      codes.add(launch("--config", write(json).toString()).exitCode());
    }
    return codes;
  }

  private Main.Launch launch(String... args) {
    Main.Launch launch =
        Main.launch(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    if (launch.server() != null) {
      started.add(launch.server());
    }
    return launch;
  }

  private Path write(String json) throws IOException {
    Path file = Files.createTempFile(dir, "config", ".json");
    Files.writeString(file, json);
    return file;
  }

  private HttpResponse<String> get(String url, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String url, String authorization, String form)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", authorization)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String id, String secret) {
    return "Basic "
        + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
