package dev.fakeokta.assertions.internal;

import com.github.tomakehurst.wiremock.matching.MultiValuePattern;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Short descriptions of WireMock request patterns, e.g. {@code GET /api/v1/users}. */
public final class Patterns {

  private Patterns() {}

  /**
   * Describes a pattern by method, URL and the names of its other conditions.
   *
   * @param pattern the pattern
   * @return e.g. {@code GET /api/v1/users with query limit=2}
   */
  public static String describe(RequestPattern pattern) {
    StringBuilder out = new StringBuilder();
    out.append(pattern.getMethod() == null ? "ANY" : pattern.getMethod().value()).append(' ');
    if (pattern.getUrl() != null) {
      out.append(pattern.getUrl());
    } else if (pattern.getUrlPath() != null) {
      out.append(pattern.getUrlPath());
    } else if (pattern.getUrlPathPattern() != null) {
      out.append("path matching ").append(pattern.getUrlPathPattern());
    } else if (pattern.getUrlPattern() != null) {
      out.append("url matching ").append(pattern.getUrlPattern());
    } else if (pattern.getUrlPathTemplate() != null) {
      out.append(pattern.getUrlPathTemplate());
    } else {
      out.append("any url");
    }
    List<String> conditions = new ArrayList<>();
    add(conditions, "header", pattern.getHeaders());
    add(conditions, "query", pattern.getQueryParameters());
    add(conditions, "form", pattern.getFormParameters());
    if (pattern.getBodyPatterns() != null && !pattern.getBodyPatterns().isEmpty()) {
      conditions.add("a body pattern");
    }
    if (!conditions.isEmpty()) {
      out.append(" with ").append(String.join(" and ", conditions));
    }
    return out.toString();
  }

  private static void add(List<String> out, String kind, Map<String, MultiValuePattern> values) {
    if (values == null) {
      return;
    }
    values.forEach((name, value) -> out.add(kind + " " + name + " " + value.getExpected()));
  }
}
