/**
 * AssertJ assertions for FakeOkta: what a client sent to the fake (requests, retries, waits,
 * tokens) and the values it saw (Okta error bodies, JWTs, JWKS). Start from {@link
 * dev.fakeokta.assertions.FakeOktaAssertions} or {@link
 * dev.fakeokta.assertions.FakeOktaBDDAssertions}.
 */
package dev.fakeokta.assertions;
