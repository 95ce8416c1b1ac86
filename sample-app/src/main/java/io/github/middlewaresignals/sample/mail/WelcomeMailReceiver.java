package io.github.middlewaresignals.sample.mail;

import io.github.middlewaresignals.sample.user.User;
import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.model.PostSave;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/**
 * Sends every new user a welcome email over SMTP. The user code does not know this class exists.
 * <p>
 * The email waits for the commit of the transaction that inserted the user: an import that rolls
 * back sends no email, not even for the users it had inserted before it failed. It is then sent on
 * the signals' executor, so the request that created the user does not wait for the mail server.
 * By then the request's persistence context is closed: the message is made from the fields the
 * payload already holds. A send that fails is logged at ERROR with this receiver's name; the user
 * stays created.
 */
@Component
class WelcomeMailReceiver {

    private static final Logger log = LoggerFactory.getLogger(WelcomeMailReceiver.class);

    private final MailSender mailSender;
    private final String from;

    WelcomeMailReceiver(MailSender mailSender, SampleMailProperties mail) {
        this.mailSender = mailSender;
        this.from = mail.getFrom();
    }

    @SignalReceiver(phase = Phase.AFTER_COMMIT, async = true, condition = "created()")
    void welcome(PostSave<User> event) {
        User user = event.instance();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(user.getEmail());
        message.setSubject("Welcome, " + user.displayName() + "!");
        message.setText("Hello " + user.displayName() + ",\n\nyour account '" + user.getUsername() + "' is ready.\n");
        mailSender.send(message);
        log.info("Sent the welcome email for {} to {}", user, user.getEmail());
    }
}
