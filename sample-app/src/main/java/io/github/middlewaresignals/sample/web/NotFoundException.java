package io.github.middlewaresignals.sample.web;

/** Thrown when a request names something that does not exist; answered with {@code 404}. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
