package io.github.middlewaresignals.sample.mail;

import java.time.Instant;

/** An email the embedded SMTP server received, as {@code GET /api/mails} shows it. */
record ReceivedMail(String to, String subject, Instant receivedAt) {
}
