package dev.fakeokta.server;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.internal.Tsv;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OktaErrorCatalogueTest {

  private static final List<Map<String, String>> TABLE_2019 =
      Tsv.read("/dev/fakeokta/server/catalogue/okta-error-codes-2019.tsv");

  @Test
  void should_hold_every_code_of_okta_current_catalogue() {
    // WHEN
    OktaErrorCatalogue catalogue = OktaErrorCatalogue.current();
    // THEN
    then(catalogue.size()).isEqualTo(251);
    then(catalogue.codes())
        .extracting(OktaErrorCode::code)
        .startsWith("E0000001")
        .endsWith("E0000269");
    then(catalogue.lookup("E0000047").status()).isEqualTo(429);
    then(catalogue.lookup("E0000047").summary())
        .isEqualTo("API call exceeded rate limit due to too many requests.");
  }

  @Test
  void should_hold_every_code_of_the_2019_table_and_the_guide() {
    // GIVEN
    OktaErrorCatalogue catalogue = OktaErrorCatalogue.current();
    // THEN
    then(TABLE_2019).hasSize(69);
    then(TABLE_2019)
        .allSatisfy(row -> then(catalogue.contains(row.get("code"))).as(row.get("code")).isTrue());
    then(catalogue.lookup("E0000098").summary()).isEqualTo("This phone number is invalid.");
  }

  @Test
  void should_ship_the_2019_table_without_mojibake() {
    then(TABLE_2019)
        .extracting(row -> row.get("description"))
        .noneMatch(text -> text.contains("Â") || text.contains("\u00a0"))
        .contains(
            "Bad request. Accept and/or Content-Type headers likely do not match supported values.");
  }

  @Test
  void should_answer_with_2019_statuses_only_when_asked() {
    // GIVEN
    OktaErrorCatalogue today = OktaErrorCatalogue.current();
    OktaErrorCatalogue legacy = OktaErrorCatalogue.legacy2019Statuses();
    // THEN
    then(today.lookup("E0000022").status()).isEqualTo(405);
    then(legacy.lookup("E0000022").status()).isEqualTo(404);
    then(today.lookup("E0000060").status()).isEqualTo(501);
    then(legacy.lookup("E0000060").status()).isEqualTo(404);
    then(legacy.lookup("E0000113").status()).isEqualTo(429);
    then(legacy.usesLegacy2019Statuses()).isTrue();
    for (Map<String, String> row : TABLE_2019) {
      then(legacy.lookup(row.get("code")).status())
          .as(row.get("code"))
          .isEqualTo(Integer.parseInt(row.get("http_status")));
    }
    then(legacy.lookup("E0000150").status()).as("not in the 2019 table").isEqualTo(403);
  }

  @Test
  void should_fill_placeholders_from_arguments() {
    OktaErrorCode notFound = OktaErrorCatalogue.current().lookup("E0000007");
    then(notFound.summaryTemplate()).isEqualTo("Not found: {0}");
    then(notFound.summary("Resource not found: 00u1 (User)"))
        .isEqualTo("Not found: Resource not found: 00u1 (User)");
    then(notFound.placeholderCount()).isEqualTo(1);
  }

  @Test
  void should_read_naturally_when_no_arguments_are_given() {
    OktaErrorCatalogue catalogue = OktaErrorCatalogue.current();
    then(catalogue.lookup("E0000001").summary()).isEqualTo("Api validation failed");
    then(catalogue.lookup("E0000037").summary()).isEqualTo("Type mismatch exception.");
    then(catalogue.lookup("E0000113").summary()).isEqualTo(catalogue.lookup("E0000113").title());
    then(catalogue.lookup("E0000077").summary())
        .isEqualTo("Cannot modify the (unspecified) attribute because it is read-only.");
    then(catalogue.codes())
        .allSatisfy(code -> then(code.summary()).doesNotContain("{0}").isNotBlank());
  }

  @Test
  void should_reject_too_many_arguments_naming_the_template() {
    Throwable thrown =
        catchThrowable(() -> OktaErrorCatalogue.current().lookup("E0000007").summary("a", "b"));
    then(thrown)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "E0000007 takes 1 summary argument (template \"Not found: {0}\") but 2 were given: [a, b]");
  }

  @Test
  void should_reject_an_unknown_code_saying_how_to_find_valid_ones() {
    Throwable thrown = catchThrowable(() -> OktaErrorCatalogue.current().lookup("E9999999"));
    then(thrown)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown Okta error code \"E9999999\"")
        .hasMessageContaining("OktaErrorCatalogue.current().codes()");
    then(OktaErrorCatalogue.current().find("E9999999")).isEmpty();
    then(OktaErrorCatalogue.current().find("e0000047")).isPresent();
  }
}
