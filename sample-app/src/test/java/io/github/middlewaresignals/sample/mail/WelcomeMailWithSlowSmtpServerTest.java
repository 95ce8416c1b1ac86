package io.github.middlewaresignals.sample.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.middlewaresignals.sample.HttpTestSupport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app pointed at a real SMTP server with {@code sample.mail.*}: a mail server of the test's
 * own, behind a relay that holds every connection until the test releases it, so the server does
 * not answer while the user is created. The app then starts no embedded server.
 * <p>
 * Its context stays cached until the run ends, like every other one: closing a context early would
 * remove the logging bridge that the other contexts' log assertions read (see {@code spring.properties}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sample.rate-limit.requests=1000000")
class WelcomeMailWithSlowSmtpServerTest extends HttpTestSupport {

    private static final Duration BOUND = Duration.ofSeconds(20);

    private static final GreenMail mailServer = startMailServer();
    private static final HeldSmtpRelay relay = new HeldSmtpRelay(mailServer.getSmtp().getPort());

    @DynamicPropertySource
    static void pointTheAppAtTheRelay(DynamicPropertyRegistry registry) {
        registry.add("sample.mail.host", () -> "127.0.0.1");
        registry.add("sample.mail.port", relay::port);
        registry.add("sample.mail.starttls", () -> "false");
        registry.add("sample.mail.timeout", () -> "60s");
    }

    @AfterAll
    static void stopTheMailServer() throws IOException {
        relay.close();
        mailServer.stop();
    }

    @Test
    void theUserIsCreatedBeforeTheMailServerHasAnsweredAndTheEmailFollows() throws Exception {
        String username = "slow" + unique();

        HttpResponse<String> response = CompletableFuture.supplyAsync(() -> post("/api/users",
                        map("username", username, "firstName", "Grace", "email", username + "@example.com")))
                .get(BOUND.toSeconds(), TimeUnit.SECONDS);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        await().atMost(BOUND).until(() -> relay.heldConnections() == 1);
        assertThat(mailServer.getReceivedMessages()).isEmpty();

        relay.release();

        await().atMost(BOUND).until(() -> mailServer.getReceivedMessages().length == 1);
        MimeMessage mail = mailServer.getReceivedMessages()[0];
        assertThat(mail.getHeader("To", ", ")).isEqualTo(username + "@example.com");
        assertThat(mail.getSubject()).isEqualTo("Welcome, Grace!");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("welcome@middleware-signals.example");
    }

    @Test
    void theMailListSaysTheEmailsAreOnTheConfiguredServer() {
        assertProblem(get("/api/mails"), 404, "the emails go to the SMTP server at 127.0.0.1:" + relay.port()
                + " (sample.mail.host), so this app has none to list; read them there, or remove sample.mail.host to use the embedded server");
    }

    private static GreenMail startMailServer() {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return greenMail;
    }
}
