package io.github.middlewaresignals.sample.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A message a signal receiver decided to send (here: recorded instead of e-mailed). */
@Entity
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The signal that caused it, e.g. {@code order_completed}. */
    @Column(nullable = false, length = 50)
    private String signal;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false, length = 500)
    private String message;

    @Column(nullable = false)
    private Instant createdAt;

    protected Notification() {
    }

    public Notification(String signal, String recipient, String message) {
        this.signal = signal;
        this.recipient = recipient;
        this.message = message;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getSignal() {
        return signal;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "Notification[id=" + id + ", signal=" + signal + "]";
    }
}
