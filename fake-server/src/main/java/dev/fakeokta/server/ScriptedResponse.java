package dev.fakeokta.server;

/**
 * Something the fake can answer a scripted request with: an Okta error ({@link OktaError}) or an
 * OAuth 2.0 error ({@link OAuthError}).
 *
 * <p>Implementations are immutable and thread-safe; one instance can be served any number of times,
 * and each time it is rendered afresh (a new {@code errorId}, a new {@code Date}).
 *
 * @see FakeOktaServer#when(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder)
 */
public sealed interface ScriptedResponse permits OktaError, OAuthError {}
