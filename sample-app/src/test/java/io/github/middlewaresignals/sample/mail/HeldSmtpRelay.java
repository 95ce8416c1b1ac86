package io.github.middlewaresignals.sample.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay on 127.0.0.1 in front of an SMTP server, which holds every connection it accepts
 * until it is released: to a client it is a mail server that does not answer yet. Once released,
 * it passes the bytes both ways, so the held emails go through.
 */
final class HeldSmtpRelay implements AutoCloseable {

    private final int targetPort;
    private final ServerSocket listener;
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger held = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "held-smtp-relay");
        thread.setDaemon(true);
        return thread;
    });

    HeldSmtpRelay(int targetPort) {
        this.targetPort = targetPort;
        try {
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.execute(this::accept);
    }

    /** @return the port clients connect to */
    int port() {
        return listener.getLocalPort();
    }

    /** @return how many connections are waiting for the release */
    int heldConnections() {
        return held.get();
    }

    /** Lets the held connections, and every later one, through to the SMTP server. */
    void release() {
        released.countDown();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                threads.execute(() -> relay(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client) {
            held.incrementAndGet();
            try {
                released.await();
            } finally {
                held.decrementAndGet();
            }
            try (Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
                Future<?> clientToServer = threads.submit(() -> copy(client, server));
                copy(server, client);
                clientToServer.get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            // the connection ends with the relay or with either side; the client sees it closed
        }
    }

    private static Void copy(Socket from, Socket to) throws IOException {
        from.getInputStream().transferTo(to.getOutputStream());
        to.shutdownOutput();
        return null;
    }
}
