package io.github.middlewaresignals.signal.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.SignalReceiver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** On real Tomcat: a request whose transaction commits succeeds, whatever its receivers after the commit do. */
@SpringBootTest(classes = {PhaseTestApplication.class, PhasesOverHttpTest.Web.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhasesOverHttpTest {

    @RestController
    @Import(Orders.class)
    static class Web {
        private final Orders orders;
        private final NoticeRepository notices;

        Web(Orders orders, NoticeRepository notices) {
            this.orders = orders;
            this.notices = notices;
        }

        @PostMapping("/orders/{id}/complete")
        String complete(@PathVariable String id) {
            orders.noteAndComplete("order " + id, id);
            return "completed " + id;
        }

        @SignalReceiver(signal = "order_completed", phase = Phase.AFTER_COMMIT)
        void webhook(String order) {
            throw new IllegalStateException("warehouse webhook down for " + order);
        }

        @SignalReceiver(signal = "order_completed", phase = Phase.AFTER_COMMIT)
        void notifyCustomer(String order) {
            notices.save(new Notice("notified " + order));
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailingReceiverAfterTheCommitLeavesTheRequestSuccessfulAndTheCommitStanding() throws Exception {
        jdbc.update("delete from notice");

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/orders/o7/complete"))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("completed o7");
        assertThat(jdbc.queryForList("select text from notice", String.class)).containsExactly("order o7", "notified o7");
    }
}
