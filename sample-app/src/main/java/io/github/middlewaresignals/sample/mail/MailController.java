package io.github.middlewaresignals.sample.mail;

import io.github.middlewaresignals.sample.web.NotFoundException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MailController {

    private final ObjectProvider<EmbeddedMailServer> embeddedServer;
    private final SampleMailProperties mail;

    MailController(ObjectProvider<EmbeddedMailServer> embeddedServer, SampleMailProperties mail) {
        this.embeddedServer = embeddedServer;
        this.mail = mail;
    }

    /** The emails the embedded SMTP server received, newest first; with a real SMTP server configured, a 404 that says so. */
    @GetMapping("/api/mails")
    List<ReceivedMail> list() {
        EmbeddedMailServer server = embeddedServer.getIfAvailable();
        if (server == null) {
            throw new NotFoundException("the emails go to the SMTP server at " + mail.getHost() + ":" + mail.getPort()
                    + " (sample.mail.host), so this app has none to list; read them there, or remove sample.mail.host to use the embedded server");
        }
        return server.received();
    }
}
