package dev.fakeokta.server.standalone;

/** A bad command line or config file: the message names the flag, key or file. Exit code 2. */
final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
