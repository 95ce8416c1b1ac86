package io.github.middlewaresignals.sample.mail;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * Where the app's emails go. Without {@code sample.mail.host} the app starts an embedded SMTP
 * server (GreenMail) on 127.0.0.1 and sends to it, so it runs with nothing else installed; with a
 * host it sends to that server instead and starts none.
 */
@ConfigurationProperties("sample.mail")
@Validated
public class SampleMailProperties {

    /** Address the emails come from; "welcome@middleware-signals.example" by default. */
    @NotBlank
    @Email
    private String from = "welcome@middleware-signals.example";

    /**
     * Host name of a real SMTP server to send the emails to; unset by default, and then an embedded
     * server started with the app receives them (GET /api/mails lists them).
     */
    private String host;

    /** Port of that SMTP server; 587 (mail submission) by default. */
    @Min(1)
    @Max(65535)
    private int port = 587;

    /** User name the app logs in with at that SMTP server; unset by default: no login. */
    private String username;

    /** Password the app logs in with at that SMTP server, together with the user name; unset by default. */
    private String password;

    /** Whether the connection to that SMTP server must switch to TLS (STARTTLS) before anything is sent; true by default. */
    private boolean starttls = true;

    /**
     * How long sending waits for the SMTP server to accept the connection and to answer each
     * command before the email counts as failed; 10 seconds by default.
     */
    @DurationMin(millis = 1)
    private Duration timeout = Duration.ofSeconds(10);

    /** Port on 127.0.0.1 of the embedded SMTP server, when no host is set; 3025 by default, 0 for any free port. */
    @Min(0)
    @Max(65535)
    private int embeddedPort = 3025;

    /** @return whether a real SMTP server is configured (a host that is not blank) */
    public boolean hasHost() {
        return StringUtils.hasText(host);
    }

    @AssertTrue(message = "sample.mail.username and sample.mail.password are the login at a real SMTP server: set both, and sample.mail.host too")
    boolean isLoginComplete() {
        boolean user = StringUtils.hasText(username);
        boolean secret = StringUtils.hasText(password);
        return user == secret && (!user || hasHost());
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isStarttls() {
        return starttls;
    }

    public void setStarttls(boolean starttls) {
        this.starttls = starttls;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public int getEmbeddedPort() {
        return embeddedPort;
    }

    public void setEmbeddedPort(int embeddedPort) {
        this.embeddedPort = embeddedPort;
    }
}
