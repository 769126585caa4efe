/**
 * The JUnit Jupiter extension: {@link dev.fakeokta.junit.FakeOkta @FakeOkta} and {@link
 * dev.fakeokta.junit.FakeOktaExtension} give a test class a started, per-test-reset fake Okta org.
 */
package dev.fakeokta.junit;
