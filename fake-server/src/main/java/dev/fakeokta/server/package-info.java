/**
 * A fake Okta org for tests: {@link dev.fakeokta.server.FakeOktaServer} serves Okta's error
 * catalogue, scripted failures, OAuth 2.0 endpoints and a slice of the management API over
 * WireMock.
 */
package dev.fakeokta.server;
