package dev.fakeokta.server.internal.mgmt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Okta's {@code filter} and {@code search} expression language (a subset of SCIM filters): {@code
 * attr op "value"} with {@code eq ne sw co gt ge lt le pr}, joined by {@code and}/{@code or}, with
 * parentheses. Attribute paths are dotted ({@code profile.login}, {@code outcome.result}) and are
 * resolved on the resource's JSON. Values compare as text, except {@code true}/{@code
 * false}/numbers which compare as JSON scalars; ISO dates compare correctly as text.
 */
final class Expression {

  /** A syntax error in an expression. */
  static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxException(String message) {
      super(message);
    }
  }

  private static final List<String> OPERATORS =
      List.of("eq", "ne", "sw", "co", "ew", "gt", "ge", "lt", "le", "pr");

  private final List<String> tokens;
  private int position;

  private Expression(List<String> tokens) {
    this.tokens = tokens;
  }

  /**
   * Parses an expression.
   *
   * @param text the expression
   * @return a predicate over a resource's JSON
   * @throws SyntaxException if the text is not a valid expression
   */
  static Predicate<JsonNode> parse(String text) throws SyntaxException {
    Expression parser = new Expression(tokenize(text));
    if (parser.tokens.isEmpty()) {
      throw new SyntaxException("empty expression");
    }
    Predicate<JsonNode> predicate = parser.or();
    if (parser.position != parser.tokens.size()) {
      throw new SyntaxException("unexpected " + parser.tokens.get(parser.position));
    }
    return predicate;
  }

  private Predicate<JsonNode> or() throws SyntaxException {
    Predicate<JsonNode> left = and();
    while (peekKeyword("or")) {
      position++;
      left = left.or(and());
    }
    return left;
  }

  private Predicate<JsonNode> and() throws SyntaxException {
    Predicate<JsonNode> left = term();
    while (peekKeyword("and")) {
      position++;
      left = left.and(term());
    }
    return left;
  }

  private Predicate<JsonNode> term() throws SyntaxException {
    String token = next();
    if (token.equals("(")) {
      Predicate<JsonNode> inner = or();
      if (!next().equals(")")) {
        throw new SyntaxException("missing )");
      }
      return inner;
    }
    if (token.startsWith("\"") || token.equals(")")) {
      throw new SyntaxException("expected an attribute, got " + token);
    }
    String attribute = token;
    String operator = next().toLowerCase(Locale.ROOT);
    if (!OPERATORS.contains(operator)) {
      throw new SyntaxException("unknown operator " + operator);
    }
    if (operator.equals("pr")) {
      return node ->
          !resolve(node, attribute).isMissingNode() && !resolve(node, attribute).isNull();
    }
    String raw = next();
    String value;
    if (raw.startsWith("\"")) {
      value = raw.substring(1, raw.length() - 1);
    } else if (raw.equals("true") || raw.equals("false") || raw.matches("-?\\d+(\\.\\d+)?")) {
      value = raw;
    } else {
      throw new SyntaxException("value must be quoted: " + raw);
    }
    return node -> compare(resolve(node, attribute), operator, value);
  }

  private static boolean compare(JsonNode actual, String operator, String value) {
    if (actual.isMissingNode() || actual.isNull()) {
      return operator.equals("ne");
    }
    if (actual.isArray()) {
      for (JsonNode element : actual) {
        if (compare(element, operator, value)) {
          return true;
        }
      }
      return false;
    }
    String text = actual.asText();
    String lower = text.toLowerCase(Locale.ROOT);
    String expected = value.toLowerCase(Locale.ROOT);
    return switch (operator) {
      case "eq" -> lower.equals(expected);
      case "ne" -> !lower.equals(expected);
      case "sw" -> lower.startsWith(expected);
      case "ew" -> lower.endsWith(expected);
      case "co" -> lower.contains(expected);
      case "gt" -> order(actual, text, value) > 0;
      case "ge" -> order(actual, text, value) >= 0;
      case "lt" -> order(actual, text, value) < 0;
      case "le" -> order(actual, text, value) <= 0;
      default -> false;
    };
  }

  private static int order(JsonNode actual, String text, String value) {
    if (actual.isNumber()) {
      try {
        return Double.compare(actual.asDouble(), Double.parseDouble(value));
      } catch (NumberFormatException notANumber) {
        return text.compareTo(value);
      }
    }
    return text.compareTo(value);
  }

  private static JsonNode resolve(JsonNode node, String path) {
    JsonNode current = node;
    for (String part : path.split("\\.")) {
      current = current.path(part);
    }
    return current;
  }

  private boolean peekKeyword(String keyword) {
    return position < tokens.size() && tokens.get(position).equalsIgnoreCase(keyword);
  }

  private String next() throws SyntaxException {
    if (position >= tokens.size()) {
      throw new SyntaxException("unexpected end of expression");
    }
    return tokens.get(position++);
  }

  private static List<String> tokenize(String text) throws SyntaxException {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        tokens.add(String.valueOf(c));
        i++;
      } else if (c == '"') {
        int end = i + 1;
        StringBuilder value = new StringBuilder("\"");
        while (end < text.length() && text.charAt(end) != '"') {
          if (text.charAt(end) == '\\' && end + 1 < text.length()) {
            end++;
          }
          value.append(text.charAt(end));
          end++;
        }
        if (end >= text.length()) {
          throw new SyntaxException("unterminated string");
        }
        tokens.add(value.append('"').toString());
        i = end + 1;
      } else {
        int end = i;
        while (end < text.length()
            && !Character.isWhitespace(text.charAt(end))
            && "()\"".indexOf(text.charAt(end)) < 0) {
          end++;
        }
        tokens.add(text.substring(i, end));
        i = end;
      }
    }
    return tokens;
  }
}
