package io.github.middlewaresignals.sample.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.middlewaresignals.sample.HttpTestSupport;
import io.github.middlewaresignals.signal.receiver.AsyncSignalWork;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The welcome email: sent over SMTP to the embedded server after the user's transaction commits,
 * once per new user, and listed by {@code GET /api/mails}.
 */
class WelcomeMailTest extends HttpTestSupport {

    private static final Duration BOUND = Duration.ofSeconds(20);

    /** Runs the async receivers; once it has nothing unfinished, every email that was going to be sent has been. */
    @Autowired
    AsyncSignalWork signalAsyncWork;

    @Test
    void aNewUserGetsOneWelcomeEmail() {
        String username = "mail" + unique();
        Instant before = Instant.now();

        HttpResponse<String> response = post("/api/users",
                map("username", username, "firstName", "Ada", "lastName", "Lovelace", "email", username + "@example.com"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        await().atMost(BOUND).until(() -> !mailsTo(username + "@example.com").isEmpty());
        awaitNoEmailUnderWay();
        assertThat(mailsTo(username + "@example.com")).singleElement().satisfies(mail -> {
            assertThat(mail.get("subject").asString()).isEqualTo("Welcome, Ada Lovelace!");
            assertThat(Instant.parse(mail.get("receivedAt").asString())).isBetween(before.minusSeconds(1), Instant.now());
        });
    }

    @Test
    void updatingAUserSendsNoEmail() {
        String username = "upd" + unique();
        long id = createUser(username);
        await().atMost(BOUND).until(() -> !mailsTo(username + "@example.com").isEmpty());

        assertThat(patch("/api/users/" + id, map("firstName", "Renamed")).statusCode()).isEqualTo(200);

        awaitNoEmailUnderWay();
        assertThat(mailsTo(username + "@example.com")).hasSize(1);
    }

    @Test
    void everyImportedUserGetsOneWelcomeEmail() {
        List<String> usernames = List.of("imp" + unique(), "imp" + unique(), "imp" + unique());

        HttpResponse<String> response = post("/api/users/import", map("users", usernames.stream()
                .map(username -> map("username", username, "email", username + "@example.com")).toList()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        await().atMost(BOUND).until(() -> usernames.stream().noneMatch(username -> mailsTo(username + "@example.com").isEmpty()));
        awaitNoEmailUnderWay();
        for (String username : usernames) {
            assertThat(mailsTo(username + "@example.com")).singleElement()
                    .satisfies(mail -> assertThat(mail.get("subject").asString()).isEqualTo("Welcome, " + username + "!"));
        }
    }

    @Test
    void anImportThatRollsBackSendsNoEmailEvenForTheUsersItHadInserted() {
        String taken = "taken" + unique();
        createUser(taken);
        String first = "first" + unique();
        String second = "second" + unique();

        HttpResponse<String> response = post("/api/users/import", map("users", List.of(
                map("username", first, "email", first + "@example.com"),
                map("username", second, "email", second + "@example.com"),
                map("username", taken, "email", "again@example.com"))));

        assertProblem(response, 409, "username '" + taken + "' is already taken");
        awaitNoEmailUnderWay();
        assertThat(mailsTo(first + "@example.com")).isEmpty();
        assertThat(mailsTo(second + "@example.com")).isEmpty();
        assertThat(mailsTo("again@example.com")).isEmpty();

        assertThat(post("/api/users/import", map("users", List.of(map("username", first, "email", first + "@example.com"))))
                .statusCode()).isEqualTo(201);
        await().atMost(BOUND).until(() -> !mailsTo(first + "@example.com").isEmpty());
        awaitNoEmailUnderWay();
        assertThat(mailsTo(first + "@example.com")).hasSize(1);
    }

    @Test
    void theMailListShowsTheNewestEmailFirst() {
        String older = "older" + unique();
        String newer = "newer" + unique();
        createUser(older);
        await().atMost(BOUND).until(() -> !mailsTo(older + "@example.com").isEmpty());
        createUser(newer);
        await().atMost(BOUND).until(() -> !mailsTo(newer + "@example.com").isEmpty());

        List<String> recipients = mails().stream().map(mail -> mail.get("to").asString())
                .filter(to -> to.equals(older + "@example.com") || to.equals(newer + "@example.com"))
                .toList();

        assertThat(recipients).containsExactly(newer + "@example.com", older + "@example.com");
        List<Instant> times = mails().stream().map(mail -> Instant.parse(mail.get("receivedAt").asString())).toList();
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    private void awaitNoEmailUnderWay() {
        await().atMost(BOUND).until(() -> signalAsyncWork.unfinished() == 0);
    }

    private long createUser(String username) {
        HttpResponse<String> response = post("/api/users", map("username", username, "email", username + "@example.com"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asLong();
    }

    private List<JsonNode> mails() {
        HttpResponse<String> response = get("/api/mails");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).valueStream().toList();
    }

    private List<JsonNode> mailsTo(String address) {
        return mails().stream().filter(mail -> mail.get("to").asString().equals(address)).toList();
    }
}
