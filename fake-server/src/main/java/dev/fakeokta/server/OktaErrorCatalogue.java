package dev.fakeokta.server;

import dev.fakeokta.server.internal.Tsv;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Okta's error catalogue as data: every {@code E0000xxx} code Okta documents, with its HTTP status
 * and summary template.
 *
 * <p>The catalogue ships with FakeOkta (251 codes, Okta release 2026.08.1). {@link #current()}
 * gives today's statuses. Okta changed the status of a handful of codes since its 2019 error table
 * (E0000022 was 404 and is now 405, E0000060 was 404 and is now 501, ...); teams that pinned what
 * they saw in production can ask for the 2019 statuses with {@link #legacy2019Statuses()}. The
 * summaries are today's in both.
 *
 * <pre>{@code
 * OktaErrorCode rateLimited = OktaErrorCatalogue.current().lookup("E0000047");
 * rateLimited.status();   // 429
 * rateLimited.summary();  // "API call exceeded rate limit due to too many requests."
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OktaErrorCatalogue {

  private static final String RESOURCES = "/dev/fakeokta/server/catalogue/";
  private static final OktaErrorCatalogue CURRENT = load(false);
  private static final OktaErrorCatalogue LEGACY_2019 = load(true);

  private final Map<String, OktaErrorCode> codes;
  private final boolean legacy2019Statuses;

  private OktaErrorCatalogue(Map<String, OktaErrorCode> codes, boolean legacy2019Statuses) {
    this.codes = Collections.unmodifiableMap(codes);
    this.legacy2019Statuses = legacy2019Statuses;
  }

  /**
   * The catalogue with today's HTTP statuses.
   *
   * @return the shared instance, never {@code null}
   */
  public static OktaErrorCatalogue current() {
    return CURRENT;
  }

  /**
   * The catalogue with the HTTP statuses of Okta's 2019 error table for the 69 codes that table
   * lists (E0000022 404, E0000059 500, E0000060 404, E0000068 401, E0000081 400, E0000113 429), and
   * today's for every other code.
   *
   * @return the shared instance, never {@code null}
   */
  public static OktaErrorCatalogue legacy2019Statuses() {
    return LEGACY_2019;
  }

  /**
   * Whether this catalogue answers with the 2019 table's statuses.
   *
   * @return {@code true} for {@link #legacy2019Statuses()}
   */
  public boolean usesLegacy2019Statuses() {
    return legacy2019Statuses;
  }

  /**
   * Looks up a code.
   *
   * @param code an Okta error code such as {@code "E0000047"}; must not be {@code null}
   * @return the catalogue entry
   * @throws IllegalArgumentException if Okta's catalogue has no such code; the message says how to
   *     list the valid ones
   */
  public OktaErrorCode lookup(String code) {
    Objects.requireNonNull(code, "code must not be null");
    OktaErrorCode found = codes.get(code.strip().toUpperCase(java.util.Locale.ROOT));
    if (found == null) {
      throw new IllegalArgumentException(
          "Unknown Okta error code \""
              + code
              + "\". Okta's catalogue has "
              + codes.size()
              + " codes from E0000001 to E0000269 (with gaps); list them with"
              + " OktaErrorCatalogue.current().codes() or see"
              + " https://developer.okta.com/docs/reference/error-codes/");
    }
    return found;
  }

  /**
   * Looks up a code without failing.
   *
   * @param code an Okta error code such as {@code "E0000047"}; may be {@code null}
   * @return the entry, or empty if there is no such code
   */
  public Optional<OktaErrorCode> find(String code) {
    return code == null
        ? Optional.empty()
        : Optional.ofNullable(codes.get(code.strip().toUpperCase(java.util.Locale.ROOT)));
  }

  /**
   * Whether the catalogue has a code.
   *
   * @param code an Okta error code; may be {@code null}
   * @return {@code true} if {@link #lookup(String)} would find it
   */
  public boolean contains(String code) {
    return find(code).isPresent();
  }

  /**
   * Every code, in code order.
   *
   * @return an unmodifiable list of all entries
   */
  public List<OktaErrorCode> codes() {
    return List.copyOf(codes.values());
  }

  /**
   * The number of codes in the catalogue.
   *
   * @return 251 for the catalogue that ships with this version
   */
  public int size() {
    return codes.size();
  }

  private static OktaErrorCatalogue load(boolean legacy) {
    Map<String, Integer> legacyStatuses = new LinkedHashMap<>();
    if (legacy) {
      for (Map<String, String> row : Tsv.read(RESOURCES + "okta-error-codes-2019.tsv")) {
        legacyStatuses.put(row.get("code"), Integer.parseInt(row.get("http_status")));
      }
    }
    Map<String, OktaErrorCode> codes = new LinkedHashMap<>();
    List<Map<String, String>> rows = new ArrayList<>(Tsv.read(RESOURCES + "okta-error-codes.tsv"));
    rows.sort((a, b) -> a.get("code").compareTo(b.get("code")));
    for (Map<String, String> row : rows) {
      String code = row.get("code");
      int status = legacyStatuses.getOrDefault(code, Integer.parseInt(row.get("http_status")));
      codes.put(code, new OktaErrorCode(code, status, row.get("summary"), row.get("title")));
    }
    return new OktaErrorCatalogue(codes, legacy);
  }
}
