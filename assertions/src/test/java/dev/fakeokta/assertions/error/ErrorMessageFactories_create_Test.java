package dev.fakeokta.assertions.error;

import static org.assertj.core.api.BDDAssertions.then;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.assertions.Timeline;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.error.ErrorMessageFactory;
import org.junit.jupiter.api.Test;

/** Every factory formats: as many arguments as %s, starting with a line break, no AssertJ "L". */
class ErrorMessageFactories_create_Test {

  private static final List<Class<?>> FACTORIES =
      List.of(
          ShouldBeExpiredAt.class,
          ShouldBeOktaError.class,
          ShouldBeSignedBy.class,
          ShouldContainKeyId.class,
          ShouldExpireAfter.class,
          ShouldExpireWithin.class,
          ShouldHaveAudience.class,
          ShouldHaveAuthorizationScheme.class,
          ShouldHaveBackedOffExponentially.class,
          ShouldHaveCalledTokenEndpoint.class,
          ShouldHaveClaim.class,
          ShouldHaveGivenUpAfter.class,
          ShouldHaveIssuer.class,
          ShouldHaveNoUnmatchedRequests.class,
          ShouldHaveOktaErrorField.class,
          ShouldHaveOktaRetryHeaders.class,
          ShouldHaveOnlyOktaFields.class,
          ShouldHaveReceived.class,
          ShouldHaveReceivedInOrder.class,
          ShouldHaveRefreshedTokenAfterUnauthorized.class,
          ShouldHaveRetried.class,
          ShouldHaveReusedBearerToken.class,
          ShouldHaveScope.class,
          ShouldHaveStoppedRetryingAfterSuccess.class,
          ShouldHaveValidSignature.class,
          ShouldHaveWaitedForRateLimitReset.class,
          ShouldHaveWaitedForRetryAfter.class,
          ShouldHaveWellFormedErrorId.class,
          ShouldNotRetryNonIdempotentPost.class,
          ShouldNotRetryNonRetryableStatus.class,
          ShouldNotSendExpiredToken.class);

  @Test
  void should_create_every_message() throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader(JWSAlgorithm.RS256).toBase64URL(),
            new Payload("{\"sub\":\"alice\"}").toBase64URL(),
            Base64URL.encode("sig"));
    int created = 0;
    for (Class<?> factory : FACTORIES) {
      then(Modifier.isFinal(factory.getModifiers())).isTrue();
      for (Method method : factory.getDeclaredMethods()) {
        if (!Modifier.isStatic(method.getModifiers())
            || !Modifier.isPublic(method.getModifiers())) {
          continue;
        }
        List<Object> args = new ArrayList<>();
        for (java.lang.reflect.Type type : method.getGenericParameterTypes()) {
          args.add(sample(type, jwt));
        }
        String message = ((ErrorMessageFactory) method.invoke(null, args.toArray())).create();
        then(message).as(method.toString()).startsWith(System.lineSeparator()).doesNotContain("7L");
        created++;
      }
    }
    then(created).isGreaterThanOrEqualTo(FACTORIES.size());
  }

  private static Object sample(java.lang.reflect.Type type, SignedJWT jwt) {
    String name = type.getTypeName();
    if (name.equals("java.util.List<java.lang.String>")) return List.of("x");
    if (name.equals("java.util.List<java.lang.Long>")) return List.of(7L);
    if (type == int.class) return 7;
    if (type == long.class) return 7L;
    if (type == String.class) return "x";
    if (type == Duration.class) return Duration.ofMillis(7);
    if (type == Instant.class) return Instant.EPOCH;
    if (type == SignedJWT.class) return jwt;
    if (type == Timeline.class) return Timeline.of(List.of());
    if (name.startsWith("java.util.List")) return List.of(Map.of("kid", "k1"));
    return "value";
  }
}
