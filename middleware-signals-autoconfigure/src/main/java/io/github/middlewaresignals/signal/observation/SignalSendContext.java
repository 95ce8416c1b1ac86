package io.github.middlewaresignals.signal.observation;

import io.micrometer.observation.Observation;

/**
 * What an observation of one send knows: the signal, its sender and payload, whether its receivers
 * run concurrently, and whether any receiver failed during the send.
 */
public class SignalSendContext extends Observation.Context {

    private final String signalName;
    private final Object sender;
    private final Object payload;
    private final boolean concurrent;
    private volatile boolean receiverFailed;

    public SignalSendContext(String signalName, Object sender, Object payload, boolean concurrent) {
        this.signalName = signalName;
        this.sender = sender;
        this.payload = payload;
        this.concurrent = concurrent;
    }

    /** @return the signal's name */
    public String getSignalName() {
        return signalName;
    }

    /** @return the send's sender, or {@code null} */
    public Object getSender() {
        return sender;
    }

    /** @return the send's payload */
    public Object getPayload() {
        return payload;
    }

    /** @return whether the receivers run on other threads ({@code asend}, {@code asendRobust}) */
    public boolean isConcurrent() {
        return concurrent;
    }

    /** @return whether a receiver that ran on the sending thread during the send failed (a robust send returns such failures) */
    public boolean isReceiverFailed() {
        return receiverFailed;
    }

    /** Notes that a receiver failed during the send. */
    public void setReceiverFailed() {
        this.receiverFailed = true;
    }
}
