/** The failure-message factories of the FakeOkta assertions, one per kind of failure. */
package dev.fakeokta.assertions.error;
