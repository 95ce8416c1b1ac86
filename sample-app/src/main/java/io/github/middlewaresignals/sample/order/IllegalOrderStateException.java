package io.github.middlewaresignals.sample.order;

import io.github.middlewaresignals.sample.web.ConflictException;

/** A state change the order's current status does not allow (refunding a pending order, completing twice). */
class IllegalOrderStateException extends ConflictException {

    IllegalOrderStateException(String message) {
        super(message);
    }
}
