package io.github.middlewaresignals.sample.mail;

import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * The mail sender ({@code spring-boot-starter-mail}'s {@link JavaMailSenderImpl}), pointed at the
 * SMTP server {@code sample.mail.*} names, or, without one, at an embedded server started here.
 * Defining the sender makes Spring Boot's own mail auto-configuration ({@code spring.mail.*}) step back.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SampleMailProperties.class)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean(destroyMethod = "stop")
    @Conditional(NoSmtpHost.class)
    EmbeddedMailServer embeddedMailServer(SampleMailProperties mail) {
        EmbeddedMailServer server = EmbeddedMailServer.start(mail.getEmbeddedPort());
        log.info("Embedded SMTP server listening on {}:{}; GET /api/mails lists the emails it receives", EmbeddedMailServer.HOST, server.port());
        return server;
    }

    @Bean
    JavaMailSenderImpl mailSender(SampleMailProperties mail, ObjectProvider<EmbeddedMailServer> embeddedServer) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        Properties session = sender.getJavaMailProperties();
        if (mail.hasHost()) {
            sender.setHost(mail.getHost());
            sender.setPort(mail.getPort());
            if (StringUtils.hasText(mail.getUsername())) {
                sender.setUsername(mail.getUsername());
                sender.setPassword(mail.getPassword());
                session.setProperty("mail.smtp.auth", "true");
            }
            session.setProperty("mail.smtp.starttls.enable", Boolean.toString(mail.isStarttls()));
            session.setProperty("mail.smtp.starttls.required", Boolean.toString(mail.isStarttls()));
        } else {
            sender.setHost(EmbeddedMailServer.HOST);
            sender.setPort(embeddedServer.getObject().port());
        }
        String timeoutMillis = Long.toString(mail.getTimeout().toMillis());
        session.setProperty("mail.smtp.connectiontimeout", timeoutMillis);
        session.setProperty("mail.smtp.timeout", timeoutMillis);
        session.setProperty("mail.smtp.writetimeout", timeoutMillis);
        return sender;
    }

    /** Matches when {@code sample.mail.host} is unset or blank: the app then runs its own SMTP server. */
    static final class NoSmtpHost implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("sample.mail.host"));
        }
    }
}
