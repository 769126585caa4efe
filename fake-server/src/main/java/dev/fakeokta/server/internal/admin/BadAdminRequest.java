package dev.fakeokta.server.internal.admin;

/**
 * A bad admin request: rendered as a 400 with a JSON body that names the field and says what was
 * wrong. Thrown before anything is applied, so a bad request changes nothing.
 */
public final class BadAdminRequest extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final int status;

  /**
   * A bad request.
   *
   * @param field where in the request the problem is, e.g. {@code steps[0].times}; {@code null} for
   *     the request as a whole
   * @param message what was wrong and how to fix it
   */
  public BadAdminRequest(String field, String message) {
    this(400, field, message);
  }

  private BadAdminRequest(int status, String field, String message) {
    super(field == null ? message : field + ": " + message);
    this.field = field;
    this.status = status;
  }

  /**
   * A request for something that does not exist, rendered as a 404.
   *
   * @param field what was looked up, e.g. {@code id}
   * @param message what was not found and where to look
   * @return the exception
   */
  public static BadAdminRequest notFound(String field, String message) {
    return new BadAdminRequest(404, field, message);
  }

  /**
   * The HTTP status to answer with.
   *
   * @return 400, or 404 for {@link #notFound(String, String)}
   */
  public int status() {
    return status;
  }

  /**
   * Where the problem is.
   *
   * @return the field path, or {@code null}
   */
  public String field() {
    return field;
  }

  /**
   * The message without the field prefix.
   *
   * @return the bare message
   */
  public String reason() {
    String message = getMessage();
    return field == null ? message : message.substring(field.length() + 2);
  }
}
