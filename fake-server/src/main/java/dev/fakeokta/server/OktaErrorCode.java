package dev.fakeokta.server;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of Okta's error catalogue: an error code such as {@code E0000047}, the HTTP status Okta
 * answers it with, and its summary template.
 *
 * <p>Summary templates carry Okta's own {@code {0}}-style placeholders for text that Okta fills at
 * run time, e.g. {@code "Not found: {0}"} for E0000007. {@link #summary(Object...)} fills them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OktaErrorCode {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private static final Pattern TRAILING_PLACEHOLDER =
      Pattern.compile("(?::\\s*|\\s+)\\{(\\d+)}\\.?$");
  private static final String UNSPECIFIED = "(unspecified)";

  private final String code;
  private final int status;
  private final String summaryTemplate;
  private final String title;
  private final int placeholderCount;

  OktaErrorCode(String code, int status, String summaryTemplate, String title) {
    this.code = Objects.requireNonNull(code, "code must not be null");
    this.status = status;
    this.summaryTemplate = Objects.requireNonNull(summaryTemplate, "summaryTemplate");
    this.title = title == null || title.isBlank() ? summaryTemplate : title;
    int max = -1;
    Matcher m = PLACEHOLDER.matcher(summaryTemplate);
    while (m.find()) {
      max = Math.max(max, Integer.parseInt(m.group(1)));
    }
    this.placeholderCount = max + 1;
  }

  /**
   * The error code, e.g. {@code E0000047}.
   *
   * @return the code, never {@code null}
   */
  public String code() {
    return code;
  }

  /**
   * The HTTP status Okta answers this code with (today's Okta, or the 2019 table's when the
   * catalogue was built with {@link OktaErrorCatalogue#legacy2019Statuses()}).
   *
   * @return the HTTP status code
   */
  public int status() {
    return status;
  }

  /**
   * The summary exactly as Okta's catalogue gives it, placeholders included, e.g. {@code "Not
   * found: {0}"}.
   *
   * @return the template, never {@code null}
   */
  public String summaryTemplate() {
    return summaryTemplate;
  }

  /**
   * Okta's short title for the code, e.g. {@code "Rate limit exceeded exception"}.
   *
   * @return the title, never {@code null}
   */
  public String title() {
    return title;
  }

  /**
   * How many distinct placeholders ({@code {0}}, {@code {1}}, ...) the summary template has.
   *
   * @return the number of placeholders, {@code 0} when the summary is fixed text
   */
  public int placeholderCount() {
    return placeholderCount;
  }

  /**
   * The summary with its placeholders filled from {@code args}, in order.
   *
   * <p>With no arguments the summary reads naturally without them: a trailing {@code ": {0}"} is
   * dropped ({@code "Api validation failed: {0}"} becomes {@code "Api validation failed"}), a
   * summary that is only a placeholder becomes the code's {@link #title()}, and any other missing
   * placeholder becomes {@code "(unspecified)"}.
   *
   * @param args the texts for {@code {0}}, {@code {1}}, ...; must not be {@code null} and must not
   *     hold more values than the template has placeholders
   * @return the summary Okta would send
   * @throws IllegalArgumentException if more arguments are given than the template has placeholders
   */
  public String summary(Object... args) {
    Objects.requireNonNull(args, "args must not be null");
    if (args.length > placeholderCount) {
      throw new IllegalArgumentException(
          "%s takes %d summary argument%s (template \"%s\") but %d were given: %s"
              .formatted(
                  code,
                  placeholderCount,
                  placeholderCount == 1 ? "" : "s",
                  summaryTemplate,
                  args.length,
                  Arrays.toString(args)));
    }
    String template = summaryTemplate;
    if (args.length == 0 && placeholderCount > 0) {
      String stripped = template.strip();
      if (PLACEHOLDER.matcher(stripped).replaceAll("").replaceAll("[\\s.]", "").isEmpty()) {
        return title;
      }
      template = TRAILING_PLACEHOLDER.matcher(template).replaceFirst("");
      if (!template.endsWith(".") && summaryTemplate.strip().endsWith(".")) {
        template = template + ".";
      }
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int index = Integer.parseInt(m.group(1));
      String value = index < args.length ? String.valueOf(args[index]) : UNSPECIFIED;
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OktaErrorCode other
        && code.equals(other.code)
        && status == other.status
        && summaryTemplate.equals(other.summaryTemplate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, status, summaryTemplate);
  }

  @Override
  public String toString() {
    return code + " (" + status + ") " + summaryTemplate;
  }
}
