package io.github.middlewaresignals.sample.web;

/** Thrown when a request clashes with the current state (a taken name, a wrong order state change); answered with {@code 409}. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
