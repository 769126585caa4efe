package dev.fakeokta.server;

import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import com.okta.sdk.authc.credentials.TokenClientCredentials;
import com.okta.sdk.cache.Caches;
import com.okta.sdk.client.Clients;
import com.okta.sdk.helper.ApiExceptionHelper;
import com.okta.sdk.helper.PaginationUtil;
import com.okta.sdk.resource.api.ApplicationApi;
import com.okta.sdk.resource.api.ApplicationUsersApi;
import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.api.SystemLogApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.api.UserLifecycleApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.common.PagedList;
import com.okta.sdk.resource.model.AddGroupRequest;
import com.okta.sdk.resource.model.AppUser;
import com.okta.sdk.resource.model.AppUserAssignRequest;
import com.okta.sdk.resource.model.Application;
import com.okta.sdk.resource.model.CreateUserRequest;
import com.okta.sdk.resource.model.Error;
import com.okta.sdk.resource.model.ErrorCause;
import com.okta.sdk.resource.model.Group;
import com.okta.sdk.resource.model.LogEvent;
import com.okta.sdk.resource.model.OktaUserGroupProfile;
import com.okta.sdk.resource.model.PasswordCredential;
import com.okta.sdk.resource.model.UpdateUserRequest;
import com.okta.sdk.resource.model.User;
import com.okta.sdk.resource.model.UserCredentials;
import com.okta.sdk.resource.model.UserProfile;
import com.okta.sdk.resource.model.UserStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** okta-sdk-java 24, unmodified, against the fake's management API: success paths and rules. */
class ManagementApiSdkIntegrationTest {

  private static FakeOktaServer okta;
  private static ApiClient client;
  private static UserApi users;
  private static UserLifecycleApi lifecycle;

  @BeforeAll
  static void start() {
    okta = FakeOktaServer.builder().start();
    okta.directory()
        .seed(
            DirectorySeed.builder()
                .user("alice@example.com", "Alice", "Liddell")
                .user("bob@example.com", "Bob", "Builder")
                .user("carol@example.com", "Carol", "Danvers")
                .user("dave@example.com", "Dave", "Lister", "SUSPENDED")
                .user("erin@example.com", "Erin", "Old", "DEPROVISIONED")
                .user("lock@example.com", "Locked", "Out", "LOCKED_OUT")
                .group("Engineering", "alice@example.com")
                .app("Wiki", "bob@example.com")
                .build());
    client = sdk(okta.directory().apiToken());
    users = new UserApi(client);
    lifecycle = new UserLifecycleApi(client);
  }

  static ApiClient sdk(String token) {
    // okta-sdk-java refuses http org URLs unless this is set before Clients.builder()
    System.setProperty("okta.testing.disableHttpsCheck", "true");
    return Clients.builder()
        .setOrgUrl(okta.httpUrl())
        .setClientCredentials(new TokenClientCredentials(token))
        .setCacheManager(Caches.newDisabledCacheManager())
        .setRetryMaxAttempts(0)
        .build();
  }

  @AfterAll
  static void stop() {
    okta.close();
    System.clearProperty("okta.testing.disableHttpsCheck");
  }

  @BeforeEach
  void reset() {
    okta.reset();
  }

  private static Error error(ApiException thrown) {
    return ApiExceptionHelper.getError(thrown);
  }

  @Test
  void should_list_the_seeded_users_but_not_deprovisioned_ones() {
    // WHEN
    List<User> listed = users.listUsers(null, null, null, null, null, null, null, null);
    // THEN
    then(listed)
        .extracting(u -> u.getProfile().getLogin())
        .containsExactly(
            "alice@example.com",
            "bob@example.com",
            "carol@example.com",
            "dave@example.com",
            "lock@example.com");
    then(listed.get(0).getStatus()).isEqualTo(UserStatus.ACTIVE);
    then(listed.get(0).getId()).startsWith("00u").hasSize(20);
    then(listed.get(0).getCreated()).isNotNull();
  }

  @Test
  void should_page_through_users_with_the_after_cursor_of_paged_list() {
    // GIVEN
    List<String> seen = new ArrayList<>();
    String after = null;
    int pages = 0;
    // WHEN
    while (true) {
      List<User> page = users.listUsers(null, null, after, 2, null, null, null, null);
      pages++;
      page.forEach(u -> seen.add(u.getProfile().getLogin()));
      then(page).isInstanceOf(PagedList.class);
      PagedList<?> paged = (PagedList<?>) page;
      then(paged.getSelf()).startsWith(okta.orgUrl() + "/api/v1/users?");
      if (!paged.hasMoreItems()) {
        break;
      }
      after = paged.getAfter();
    }
    // THEN
    then(pages).isEqualTo(3);
    then(seen).hasSize(5).doesNotHaveDuplicates();
  }

  @Test
  void should_send_lowercase_link_headers_that_pagination_util_reads() {
    // GIVEN
    ApiClient own = sdk(okta.directory().apiToken());
    UserApi api = new UserApi(own);
    List<String> seen = new ArrayList<>();
    // WHEN
    api.listUsers(null, null, null, 3, null, null, null, null)
        .forEach(u -> seen.add(u.getProfile().getLogin()));
    String after = PaginationUtil.getAfter(own);
    api.listUsers(null, null, after, 3, null, null, null, null)
        .forEach(u -> seen.add(u.getProfile().getLogin()));
    // THEN
    then(own.getResponseHeaders()).containsKey("link").doesNotContainKey("Link");
    then(after).startsWith("00u");
    then(seen).hasSize(5).doesNotHaveDuplicates();
  }

  @Test
  void should_create_an_active_user_with_a_password_and_a_staged_one_without_activation() {
    // GIVEN
    CreateUserRequest withPassword =
        new CreateUserRequest()
            .profile(profile("frank@example.com"))
            .credentials(
                new UserCredentials().password(new PasswordCredential().value("S3cret!x")));
    CreateUserRequest staged = new CreateUserRequest().profile(profile("grace@example.com"));
    // WHEN
    User active = users.createUser(withPassword, true, null, null);
    User notActivated = users.createUser(staged, false, null, null);
    // THEN
    then(active.getStatus()).isEqualTo(UserStatus.ACTIVE);
    then(active.getActivated()).isNotNull();
    then(notActivated.getStatus()).isEqualTo(UserStatus.STAGED);
    then(notActivated.getActivated()).isNull();
    then(users.getUser("grace@example.com", null, null).getId()).isEqualTo(notActivated.getId());
    then(okta.directory().userStatus(active.getId())).contains("ACTIVE");
  }

  @Test
  void should_reject_a_duplicate_login_with_E0000001_and_its_cause() {
    // GIVEN
    CreateUserRequest duplicate = new CreateUserRequest().profile(profile("alice@example.com"));
    // WHEN
    ApiException thrown =
        catchThrowableOfType(
            ApiException.class, () -> users.createUser(duplicate, true, null, null));
    // THEN
    then(thrown.getCode()).isEqualTo(400);
    then(error(thrown).getErrorCode()).isEqualTo("E0000001");
    then(error(thrown).getErrorSummary()).isEqualTo("Api validation failed: login");
    then(error(thrown).getErrorCauses())
        .extracting(ErrorCause::getErrorSummary)
        .containsExactly(
            "login: An object with this field already exists in the current organization");
  }

  @Test
  void should_answer_an_unknown_user_with_404_E0000007() {
    // WHEN
    ApiException thrown =
        catchThrowableOfType(
            ApiException.class, () -> users.getUser("00unothere0000000000", null, null));
    // THEN
    then(thrown.getCode()).isEqualTo(404);
    then(error(thrown).getErrorCode()).isEqualTo("E0000007");
    then(error(thrown).getErrorSummary())
        .isEqualTo("Not found: Resource not found: 00unothere0000000000 (User)");
  }

  @Test
  void should_delete_a_user_in_two_steps_deactivate_then_delete() {
    // GIVEN
    String id = okta.directory().userId("carol@example.com").orElseThrow();
    // WHEN
    users.deleteUser(id, false, null);
    // THEN
    then(users.getUser(id, null, null).getStatus()).isEqualTo(UserStatus.DEPROVISIONED);
    // WHEN
    users.deleteUser(id, false, null);
    // THEN
    ApiException thrown =
        catchThrowableOfType(ApiException.class, () -> users.getUser(id, null, null));
    then(thrown.getCode()).isEqualTo(404);
    then(okta.directory().userStatus(id)).isEmpty();
  }

  @Test
  void should_update_a_profile_partially() {
    // GIVEN
    String id = okta.directory().userId("bob@example.com").orElseThrow();
    UserProfile change = new UserProfile().nickName("Bobby");
    // WHEN
    User updated = users.updateUser(id, new UpdateUserRequest().profile(change), null);
    // THEN
    then(updated.getProfile().getNickName()).isEqualTo("Bobby");
    then(updated.getProfile().getLogin()).isEqualTo("bob@example.com");
  }

  @Test
  void should_run_the_lifecycle_and_refuse_transitions_okta_refuses() {
    // GIVEN
    String alice = okta.directory().userId("alice@example.com").orElseThrow();
    String dave = okta.directory().userId("dave@example.com").orElseThrow();
    String locked = okta.directory().userId("lock@example.com").orElseThrow();
    // WHEN / THEN: suspend, unsuspend, unlock work from the right status
    lifecycle.suspendUser(alice);
    then(okta.directory().userStatus(alice)).contains("SUSPENDED");
    lifecycle.unsuspendUser(dave);
    then(okta.directory().userStatus(dave)).contains("ACTIVE");
    lifecycle.unlockUser(locked);
    then(okta.directory().userStatus(locked)).contains("ACTIVE");
    // activating an active user: 403 E0000016
    ApiException active =
        catchThrowableOfType(ApiException.class, () -> lifecycle.activateUser(dave, false));
    then(active.getCode()).isEqualTo(403);
    then(error(active).getErrorCode()).isEqualTo("E0000016");
    // suspending a suspended user: 403 E0000038
    ApiException suspended =
        catchThrowableOfType(ApiException.class, () -> lifecycle.suspendUser(alice));
    then(error(suspended).getErrorCode()).isEqualTo("E0000038");
    then(error(suspended).getErrorSummary())
        .isEqualTo("This operation is not allowed in the user's current status.");
    // unlocking a user who is not locked out: 403 E0000032
    ApiException notLocked =
        catchThrowableOfType(ApiException.class, () -> lifecycle.unlockUser(dave));
    then(error(notLocked).getErrorCode()).isEqualTo("E0000032");
    // deactivate then activate again
    lifecycle.deactivateUser(alice, false, null);
    then(okta.directory().userStatus(alice)).contains("DEPROVISIONED");
    then(lifecycle.activateUser(alice, false).getActivationToken()).isNotBlank();
    then(okta.directory().userStatus(alice)).contains("ACTIVE");
  }

  @Test
  void should_create_groups_and_manage_membership() {
    // GIVEN
    GroupApi groups = new GroupApi(client);
    String bob = okta.directory().userId("bob@example.com").orElseThrow();
    // WHEN
    Group created =
        groups.addGroup(
            new AddGroupRequest().profile(new OktaUserGroupProfile().name("Ops").description("x")));
    groups.assignUserToGroup(created.getId(), bob);
    // THEN
    then(created.getId()).startsWith("00g");
    then(groups.listGroups(null, null, null, null, null, null, null, null))
        .extracting(g -> g.getProfile().getName())
        .containsExactly("Engineering", "Ops");
    then(groups.listGroupUsers(created.getId(), null, null))
        .extracting(User::getId)
        .containsExactly(bob);
    ApiException duplicate =
        catchThrowableOfType(
            ApiException.class,
            () ->
                groups.addGroup(
                    new AddGroupRequest().profile(new OktaUserGroupProfile().name("ops"))));
    then(error(duplicate).getErrorCode()).isEqualTo("E0000001");
  }

  @Test
  void should_list_apps_and_assign_a_user() {
    // GIVEN
    ApplicationApi apps = new ApplicationApi(client);
    ApplicationUsersApi appUsers = new ApplicationUsersApi(client);
    String carol = okta.directory().userId("carol@example.com").orElseThrow();
    // WHEN
    List<Application> listed = apps.listApplications(null, null, null, null, null, null, null);
    String appId = listed.get(0).getId();
    AppUser assigned =
        appUsers.assignUserToApplication(appId, new AppUserAssignRequest().id(carol));
    // THEN
    then(listed).extracting(Application::getLabel).containsExactly("Wiki");
    then(assigned.getId()).isEqualTo(carol);
    then(appUsers.listApplicationUsers(appId, null, null, null, null))
        .extracting(AppUser::getId)
        .hasSize(2)
        .contains(carol);
  }

  @Test
  void should_reject_a_wrong_api_token_and_a_revoked_one_with_401_E0000011() {
    // GIVEN
    String token = okta.directory().createApiToken();
    UserApi withToken = new UserApi(sdk(token));
    then(withToken.listUsers(null, null, null, 1, null, null, null, null)).hasSize(1);
    okta.directory().revokeApiToken(token);
    // WHEN
    ApiException revoked =
        catchThrowableOfType(
            ApiException.class,
            () -> withToken.listUsers(null, null, null, 1, null, null, null, null));
    ApiException wrong =
        catchThrowableOfType(
            ApiException.class,
            () ->
                new UserApi(sdk("00not-a-token"))
                    .listUsers(null, null, null, 1, null, null, null, null));
    // THEN
    then(revoked.getCode()).isEqualTo(401);
    then(error(revoked).getErrorCode()).isEqualTo("E0000011");
    then(error(revoked).getErrorSummary()).isEqualTo("Invalid token provided");
    then(wrong.getCode()).isEqualTo(401);
    then(error(wrong).getErrorCode()).isEqualTo("E0000011");
  }

  @Test
  void should_give_the_sdk_rule_errors_for_bad_filters_cursors_and_limits() {
    // WHEN
    ApiException badFilter =
        catchThrowableOfType(
            ApiException.class,
            () -> users.listUsers(null, null, null, null, "status eq", null, null, null));
    ApiException both =
        catchThrowableOfType(
            ApiException.class,
            () ->
                users.listUsers(
                    null,
                    null,
                    null,
                    null,
                    "status eq \"ACTIVE\"",
                    "status eq \"ACTIVE\"",
                    null,
                    null));
    ApiException cursor =
        catchThrowableOfType(
            ApiException.class,
            () -> users.listUsers(null, null, "tampered!cursor", null, null, null, null, null));
    ApiException limit =
        catchThrowableOfType(
            ApiException.class,
            () -> users.listUsers(null, null, null, -5, null, null, null, null));
    // THEN
    then(error(badFilter).getErrorCode()).isEqualTo("E0000031");
    then(error(both).getErrorCode()).isEqualTo("E0000033");
    then(error(cursor).getErrorCode()).isEqualTo("E0000029");
    then(error(limit).getErrorCode()).isEqualTo("E0000001");
    then(error(limit).getErrorSummary()).isEqualTo("Api validation failed: limit");
  }

  @Test
  void should_filter_and_search_users() {
    // WHEN
    List<User> suspended =
        users.listUsers(null, null, null, null, "status eq \"SUSPENDED\"", null, null, null);
    List<User> searched =
        users.listUsers(null, null, null, null, null, "profile.lastName sw \"Lid\"", null, null);
    List<User> byQ = users.listUsers(null, "car", null, null, null, null, null, null);
    // THEN
    then(suspended).extracting(u -> u.getProfile().getLogin()).containsExactly("dave@example.com");
    then(searched).extracting(u -> u.getProfile().getLogin()).containsExactly("alice@example.com");
    then(byQ).extracting(u -> u.getProfile().getLogin()).containsExactly("carol@example.com");
  }

  @Test
  void should_show_the_failures_in_the_system_log() {
    // GIVEN a failure the SDK caused
    catchThrowableOfType(
        ApiException.class, () -> users.getUser("00unothere0000000000", null, null));
    // WHEN
    List<LogEvent> failures =
        new SystemLogApi(client)
            .listLogEvents(null, null, null, "outcome.result eq \"FAILURE\"", null, 10, null);
    // THEN
    then(failures).hasSize(1);
    then(failures.get(0).getOutcome().getResult()).hasToString("FAILURE");
    then(failures.get(0).getOutcome().getReason())
        .isEqualTo("E0000007: Not found: Resource not found: 00unothere0000000000 (User)");
    then(failures.get(0).getDisplayMessage()).contains("GET /api/v1/users/00unothere0000000000");
    then(failures.get(0).getPublished()).isNotNull();
  }

  private static UserProfile profile(String login) {
    return new UserProfile().firstName("New").lastName("User").email(login).login(login);
  }
}
