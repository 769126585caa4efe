/** Soft assertions for FakeOkta: {@link dev.fakeokta.assertions.soft.FakeOktaSoftAssertions}. */
package dev.fakeokta.assertions.soft;
