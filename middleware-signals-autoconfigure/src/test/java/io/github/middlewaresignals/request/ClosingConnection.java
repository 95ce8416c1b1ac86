package io.github.middlewaresignals.request;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends one HTTP/1.1 GET on a connection of its own that asks the server to close it. The server
 * closes it only when it is done with the request (async completion and error page included), so
 * once the response has been read to its end, every request signal of that request has been sent.
 */
public final class ClosingConnection {

    private ClosingConnection() {
    }

    /**
     * @param headers names and values, alternating
     * @return the status code
     */
    public static int get(int port, String path, String... headers) throws IOException {
        StringBuilder request = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\n")
                .append("Accept: application/json\r\n")
                .append("Connection: close\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            // "HTTP/1.1 200 ..." up to the end of the stream, which the server reaches after the request is over
            return Integer.parseInt(response.substring(9, 12));
        }
    }
}
