package io.github.middlewaresignals.sample.notification;

import java.time.Instant;

/** A notification as the API shows it. */
record NotificationResponse(Long id, String signal, String recipient, String message, Instant createdAt) {

    static NotificationResponse of(Notification notification) {
        return new NotificationResponse(notification.getId(), notification.getSignal(), notification.getRecipient(),
                notification.getMessage(), notification.getCreatedAt());
    }
}
