package io.github.middlewaresignals.sample.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.sample.HttpTestSupport;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/users}, {@code POST /api/users/import}, {@code PATCH /api/users/{id}},
 * {@code GET /api/users/{id}/profile} and the {@code post_save} receiver behind them.
 */
class UserApiTest extends HttpTestSupport {

    @Test
    void creatingAUserReturnsItWithItsIdAndLocation() {
        String username = "ada" + unique();
        HttpResponse<String> response = post("/api/users",
                map("username", username, "firstName", "Ada", "lastName", "Lovelace", "email", "ada@example.com"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode user = json(response);
        long id = user.get("id").asLong();
        assertThat(id).isPositive();
        assertThat(user.get("username").asString()).isEqualTo(username);
        assertThat(user.get("firstName").asString()).isEqualTo("Ada");
        assertThat(user.get("lastName").asString()).isEqualTo("Lovelace");
        assertThat(user.get("email").asString()).isEqualTo("ada@example.com");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/users/" + id);
    }

    @Test
    void postSaveGivesANewUserAProfileNamedAfterTheirFullName() {
        long id = createUser("grace" + unique(), "  Grace ", "Hopper  ");

        HttpResponse<String> response = get("/api/users/" + id + "/profile");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("displayName").asString()).isEqualTo("Grace Hopper");
        assertThat(json(response).get("userId").asLong()).isEqualTo(id);
    }

    @Test
    void theDisplayNameIsTheFirstOrLastNameAloneWhenTheOtherIsMissing() {
        long id = createUser("linus" + unique(), "Linus", null);

        assertThat(json(get("/api/users/" + id + "/profile")).get("displayName").asString()).isEqualTo("Linus");
    }

    @Test
    void theDisplayNameIsTheUsernameWhenTheUserHasNoName() {
        String username = "anon" + unique();
        long id = createUser(username, " ", null);

        assertThat(json(get("/api/users/" + id + "/profile")).get("displayName").asString()).isEqualTo(username);
    }

    @Test
    void updatingAUserLeavesItsProfileAlone() {
        long id = createUser("alan" + unique(), "Alan", "Turing");

        HttpResponse<String> updated = patch("/api/users/" + id, map("firstName", "Alan M."));

        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json(updated).get("firstName").asString()).isEqualTo("Alan M.");
        HttpResponse<String> profile = get("/api/users/" + id + "/profile");
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        assertThat(json(profile).get("displayName").asString()).isEqualTo("Alan Turing");
    }

    @Test
    void invalidUsersAreRejectedNamingTheField() {
        assertInvalid(post("/api/users", map("username", "", "email", "x@example.com")), "username", "must not be blank");
        assertInvalid(post("/api/users", map("username", "bob" + unique(), "email", "not-an-address")),
                "email", "must be a well-formed email address");
        assertInvalid(post("/api/users", map("username", "bob" + unique())), "email", "must not be blank");
        assertInvalid(patch("/api/users/1", map("email", "nope")), "email", "must be a well-formed email address");
    }

    @Test
    void malformedJsonIsABadRequestWithoutInternals() {
        HttpResponse<String> response = post("/api/users", "{\"username\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertNoInternals(response);
    }

    @Test
    void aBodyThatCannotBeReadIsABadRequest() {
        for (String body : List.of("null", "[]", "\"text\"", "42")) {
            assertBadRequest(post("/api/users", body));
            assertBadRequest(patch("/api/users/1", body));
        }
    }

    @Test
    void aTakenUsernameIsAConflict() {
        String username = "dup" + unique();
        createUser(username, null, null);

        assertProblem(post("/api/users", map("username", username, "email", "other@example.com")),
                409, "username '" + username + "' is already taken");
    }

    @Test
    void anImportSavesEveryUserWithTheirProfile() {
        String first = "imp" + unique();
        String second = "imp" + unique();

        HttpResponse<String> response = post("/api/users/import", map("users", List.of(
                map("username", first, "firstName", "Ada", "lastName", "Lovelace", "email", first + "@example.com"),
                map("username", second, "email", second + "@example.com"))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        List<JsonNode> users = json(response).valueStream().toList();
        assertThat(users).extracting(user -> user.get("username").asString()).containsExactly(first, second);
        assertThat(json(get("/api/users/" + users.get(0).get("id").asLong() + "/profile")).get("displayName").asString())
                .isEqualTo("Ada Lovelace");
        assertThat(json(get("/api/users/" + users.get(1).get("id").asLong() + "/profile")).get("displayName").asString())
                .isEqualTo(second);
    }

    @Test
    void anImportWithATakenUsernameAnywhereIsAConflictAndSavesNobody() {
        String taken = "taken" + unique();
        createUser(taken, null, null);
        String before = "before" + unique();

        assertProblem(post("/api/users/import", map("users", List.of(
                        map("username", before, "email", before + "@example.com"),
                        map("username", taken, "email", "other@example.com")))),
                409, "username '" + taken + "' is already taken");

        assertThat(post("/api/users", map("username", before, "email", before + "@example.com")).statusCode()).isEqualTo(201);
    }

    @Test
    void anImportThatNamesOneUsernameTwiceIsAConflictAndSavesNobody() {
        String twice = "twice" + unique();

        assertProblem(post("/api/users/import", map("users", List.of(
                        map("username", twice, "email", twice + "@example.com"),
                        map("username", twice, "email", "other@example.com")))),
                409, "username '" + twice + "' appears more than once in the import");

        assertThat(post("/api/users", map("username", twice, "email", twice + "@example.com")).statusCode()).isEqualTo(201);
    }

    @Test
    void anImportWithABadUserIsRejectedNamingItsPositionAndSavesNobody() {
        String good = "good" + unique();

        assertInvalid(post("/api/users/import", map("users", List.of(map("username", good, "email", good + "@example.com"),
                map("username", "bad" + unique(), "email", "not-an-address")))), "users[1].email", "must be a well-formed email address");
        assertInvalid(post("/api/users/import", map("users", Arrays.asList(map("username", good, "email", good + "@example.com"), null))),
                "users[1]", "must not be null");
        assertInvalid(post("/api/users/import", map("users", List.of())), "users", "must not be empty");
        assertInvalid(post("/api/users/import", map("users", Collections.nCopies(101, map("username", "many", "email", "many@example.com")))),
                "users", "size must be between 0 and 100");
        assertBadRequest(post("/api/users/import", "{\"users\":[42]}"));
        assertBadRequest(post("/api/users/import", "[]"));

        assertThat(post("/api/users", map("username", good, "email", good + "@example.com")).statusCode()).isEqualTo(201);
    }

    @Test
    void unknownUsersAreNotFound() {
        assertProblem(get("/api/users/999999/profile"), 404, "no profile for user 999999");
        assertProblem(patch("/api/users/999999", map("firstName", "X")), 404, "no user with id 999999");
    }

    private long createUser(String username, String firstName, String lastName) {
        HttpResponse<String> response = post("/api/users",
                map("username", username, "firstName", firstName, "lastName", lastName, "email", username + "@example.com"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asLong();
    }
}
