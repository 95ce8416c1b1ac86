package io.github.middlewaresignals.sample.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Comparator;
import java.util.List;

/**
 * An SMTP server (GreenMail) inside the app, on 127.0.0.1, that keeps every email it receives in
 * memory, for any recipient. It stands in for a real mail server, so that the sample sends real
 * emails over SMTP with nothing else installed.
 */
final class EmbeddedMailServer {

    /** The address it listens on: this machine only. */
    static final String HOST = "127.0.0.1";

    private final GreenMail greenMail;

    private EmbeddedMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** @param port the port to listen on, 0 for any free one */
    static EmbeddedMailServer start(int port) {
        if (port != 0) {
            checkFree(port);
        }
        GreenMail greenMail = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        try {
            greenMail.start();
        } catch (RuntimeException e) {
            greenMail.stop();
            throw cannotListen(port, e);
        }
        return new EmbeddedMailServer(greenMail);
    }

    /** GreenMail reports a port in use only as a start-up timeout, so the port is tried first. */
    private static void checkFree(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw cannotListen(port, e);
        }
    }

    private static IllegalStateException cannotListen(int port, Exception cause) {
        return new IllegalStateException("The embedded SMTP server cannot listen on " + HOST + ":" + port + " (" + cause.getMessage()
                + "). Set sample.mail.embedded-port to a free port (0 picks any free one), or point the app at a real SMTP"
                + " server with sample.mail.host.", cause);
    }

    /** @return the port it listens on (the free one it found, when started with 0) */
    int port() {
        return greenMail.getSmtp().getPort();
    }

    /** @return every email received so far, newest first */
    List<ReceivedMail> received() {
        return greenMail.getManagers().getImapHostManager().getAllMessages().stream()
                .sorted(Comparator.comparing(StoredMessage::getReceivedDate).reversed())
                .map(EmbeddedMailServer::describe)
                .toList();
    }

    void stop() {
        greenMail.stop();
    }

    private static ReceivedMail describe(StoredMessage stored) {
        MimeMessage message = stored.getMimeMessage();
        try {
            return new ReceivedMail(message.getHeader("To", ", "), message.getSubject(), stored.getReceivedDate().toInstant());
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot read an email the embedded SMTP server stored", e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedMailServer[" + HOST + ":" + port() + "]";
    }
}
