package dev.fakeokta.assertions;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helpers, after AssertJ's own {@code AssertionsUtil}. */
final class AssertionsUtil {

  private AssertionsUtil() {}

  static AssertionError expectAssertionError(ThrowingCallable assertion) {
    AssertionError error = catchThrowableOfType(AssertionError.class, assertion);
    if (error == null) {
      throw new IllegalStateException("Expected an AssertionError, but the assertion passed");
    }
    return error;
  }
}
