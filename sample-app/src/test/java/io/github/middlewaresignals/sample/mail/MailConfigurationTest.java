package io.github.middlewaresignals.sample.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** {@code sample.mail.*}: the embedded SMTP server without a host, a real server with one, and settings that cannot work. */
class MailConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(MailConfiguration.class)
            .withPropertyValues("sample.mail.embedded-port=0");

    @Test
    void withoutAHostItStartsAnEmbeddedServerThatReceivesWhatTheSenderSends() {
        runner.run(context -> {
            EmbeddedMailServer server = context.getBean(EmbeddedMailServer.class);
            JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
            assertThat(sender.getHost()).isEqualTo("127.0.0.1");
            assertThat(sender.getPort()).isEqualTo(server.port());

            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom("from@example.com");
            message.setTo("to@example.com");
            message.setSubject("Hello");
            message.setText("text");
            sender.send(message);

            assertThat(server.received()).singleElement().satisfies(mail -> {
                assertThat(mail.to()).isEqualTo("to@example.com");
                assertThat(mail.subject()).isEqualTo("Hello");
            });
        });
    }

    @Test
    void aBlankHostCountsAsNoHost() {
        runner.withPropertyValues("sample.mail.host= ").run(context ->
                assertThat(context).hasSingleBean(EmbeddedMailServer.class));
    }

    @Test
    void withAHostItSendsThereWithTheLoginAndTlsAndStartsNoServer() {
        runner.withPropertyValues("sample.mail.host=smtp.example.com", "sample.mail.port=2525", "sample.mail.username=app",
                "sample.mail.password=secret", "sample.mail.timeout=3s").run(context -> {
            assertThat(context).doesNotHaveBean(EmbeddedMailServer.class);
            JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
            assertThat(sender.getHost()).isEqualTo("smtp.example.com");
            assertThat(sender.getPort()).isEqualTo(2525);
            assertThat(sender.getUsername()).isEqualTo("app");
            assertThat(sender.getPassword()).isEqualTo("secret");
            assertThat(sender.getJavaMailProperties())
                    .containsEntry("mail.smtp.auth", "true")
                    .containsEntry("mail.smtp.starttls.enable", "true")
                    .containsEntry("mail.smtp.starttls.required", "true")
                    .containsEntry("mail.smtp.connectiontimeout", "3000")
                    .containsEntry("mail.smtp.timeout", "3000")
                    .containsEntry("mail.smtp.writetimeout", "3000");
        });
    }

    @Test
    void withAHostAndNoLoginItSendsWithoutLoggingIn() {
        runner.withPropertyValues("sample.mail.host=smtp.example.com", "sample.mail.starttls=false").run(context -> {
            JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
            assertThat(sender.getPort()).isEqualTo(587);
            assertThat(sender.getUsername()).isNull();
            assertThat(sender.getJavaMailProperties())
                    .doesNotContainKey("mail.smtp.auth")
                    .containsEntry("mail.smtp.starttls.enable", "false");
        });
    }

    @Test
    void defaultsToTheEmbeddedServerOnPort3025AndAWelcomeAddress() {
        new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class).run(context -> {
            SampleMailProperties mail = context.getBean(SampleMailProperties.class);
            assertThat(mail.hasHost()).isFalse();
            assertThat(mail.getEmbeddedPort()).isEqualTo(3025);
            assertThat(mail.getFrom()).isEqualTo("welcome@middleware-signals.example");
            assertThat(mail.getPort()).isEqualTo(587);
            assertThat(mail.isStarttls()).isTrue();
            assertThat(mail.getTimeout()).isEqualTo(Duration.ofSeconds(10));
        });
    }

    @Test
    void settingsThatCannotWorkStopStartUpNamingTheProperty() {
        assertStartUpFails("sample.mail.from=nobody", "sample.mail.from");
        assertStartUpFails("sample.mail.port=0", "sample.mail.port");
        assertStartUpFails("sample.mail.embedded-port=70000", "sample.mail.embedded-port");
        assertStartUpFails("sample.mail.timeout=0s", "sample.mail.timeout");
        assertStartUpFails("sample.mail.username=app", "sample.mail.username and sample.mail.password are the login");
        assertStartUpFails("sample.mail.host=smtp.example.com,sample.mail.password=secret", "sample.mail.username and sample.mail.password");
    }

    @Test
    void anEmbeddedPortInUseStopsStartUpSayingWhatToDo() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            runner.withPropertyValues("sample.mail.embedded-port=" + taken.getLocalPort()).run(context ->
                    assertThat(context).getFailure()
                            .hasStackTraceContaining("The embedded SMTP server cannot listen on 127.0.0.1:" + taken.getLocalPort() + " (Address already in use")
                            .hasStackTraceContaining("Set sample.mail.embedded-port to a free port"));
        }
    }

    private void assertStartUpFails(String properties, String message) {
        new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class)
                .withPropertyValues(properties.split(","))
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining(message));
    }

    @EnableConfigurationProperties(SampleMailProperties.class)
    static class PropertiesOnly {
    }
}
