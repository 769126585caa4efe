package dev.fakeokta.server;

import java.util.Objects;

/**
 * A user the fake's authorization servers issue tokens for: through the {@code password} grant, and
 * as the signed-in user of {@code /v1/authorize}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the Okta user id, e.g. {@code 00u1a2b3c4}; the {@code uid} claim of access tokens and
 *     {@code sub} of ID tokens
 * @param login the login (an email address); the {@code sub} of access tokens
 * @param password the password for the {@code password} grant
 * @param givenName the first name
 * @param familyName the last name
 */
public record ResourceOwner(
    String id, String login, String password, String givenName, String familyName) {

  /** The id of the {@linkplain #defaultUser() default user}. */
  public static final String DEFAULT_ID = "00ufakeokta0default0";

  /** The login of the {@linkplain #defaultUser() default user}. */
  public static final String DEFAULT_LOGIN = "alice@example.com";

  /** The password of the {@linkplain #defaultUser() default user}; a test value. */
  public static final String DEFAULT_PASSWORD = "Fake-Okta-Passw0rd";

  /**
   * A user; every component must be non-{@code null} and non-blank.
   *
   * @param id the user id
   * @param login the login
   * @param password the password
   * @param givenName the first name
   * @param familyName the last name
   */
  public ResourceOwner {
    requireText(id, "id");
    requireText(login, "login");
    requireText(password, "password");
    requireText(givenName, "givenName");
    requireText(familyName, "familyName");
  }

  /**
   * The user every fake knows out of the box: Alice Example, {@value #DEFAULT_LOGIN}, password
   * {@value #DEFAULT_PASSWORD}.
   *
   * @return the default user
   */
  public static ResourceOwner defaultUser() {
    return new ResourceOwner(DEFAULT_ID, DEFAULT_LOGIN, DEFAULT_PASSWORD, "Alice", "Example");
  }

  /**
   * The display name, given and family name.
   *
   * @return the name
   */
  public String name() {
    return givenName + " " + familyName;
  }

  @Override
  public String toString() {
    return "ResourceOwner[" + id + ", " + login + "]";
  }

  private static void requireText(String value, String field) {
    Objects.requireNonNull(value, field + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }
}
