/** Implementation details of the FakeOkta assertions; not API. */
package dev.fakeokta.assertions.internal;
