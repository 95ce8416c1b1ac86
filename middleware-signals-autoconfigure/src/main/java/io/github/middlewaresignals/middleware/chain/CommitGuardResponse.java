package io.github.middlewaresignals.middleware.chain;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Holds the commit back until the work that must come first has run: the first byte written, a
 * flush, an error or a redirect runs it first, so the headers and status it sets reach the
 * client. Nothing is buffered: every byte goes straight on to the container.
 */
final class CommitGuardResponse extends HttpServletResponseWrapper {

    private final BeforeCommit beforeCommit;
    private boolean pending = true;
    private ServletOutputStream containerOutputStream;
    private ServletOutputStream outputStream;
    private PrintWriter containerWriter;
    private PrintWriter writer;

    CommitGuardResponse(HttpServletResponse response, BeforeCommit beforeCommit) {
        super(response);
        this.beforeCommit = beforeCommit;
    }

    /** @return whether a guard already wraps this response, e.g. one put around it by an earlier dispatch */
    static boolean isAround(ServletResponse response) {
        return response instanceof CommitGuardResponse
                || response instanceof ServletResponseWrapper wrapper && wrapper.isWrapperFor(CommitGuardResponse.class);
    }

    private void beforeCommit() throws IOException {
        if (pending) {
            pending = beforeCommit.run(this);
        }
    }

    /** Sets the status an error or redirect is about to send, so the work before the commit sees it. */
    private void beforeCommit(int status) throws IOException {
        setStatus(status);
        beforeCommit();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (outputStream == null) {
            containerOutputStream = super.getOutputStream();
            outputStream = new GuardedOutputStream();
        }
        return outputStream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            containerWriter = super.getWriter();
            writer = new PrintWriter(new GuardedWriter());
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        beforeCommit();
        super.flushBuffer();
    }

    @Override
    public void sendError(int status) throws IOException {
        sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        beforeCommit(status);
        super.sendError(status, message);
    }

    // the shorter forms mean the longest one with its defaults; the wrapper would pass them on unguarded
    @Override
    public void sendRedirect(String location) throws IOException {
        sendRedirect(location, SC_FOUND, true);
    }

    @Override
    public void sendRedirect(String location, boolean clearBuffer) throws IOException {
        sendRedirect(location, SC_FOUND, clearBuffer);
    }

    @Override
    public void sendRedirect(String location, int status) throws IOException {
        sendRedirect(location, status, true);
    }

    @Override
    public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
        beforeCommit(status);
        super.sendRedirect(location, status, clearBuffer);
    }

    private final class GuardedOutputStream extends ServletOutputStream {

        private ServletOutputStream guarded() throws IOException {
            beforeCommit();
            return containerOutputStream;
        }

        @Override
        public void write(int b) throws IOException {
            guarded().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            guarded().write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            guarded().flush();
        }

        @Override
        public void close() throws IOException {
            guarded().close();
        }

        @Override
        public boolean isReady() {
            return containerOutputStream.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            containerOutputStream.setWriteListener(listener);
        }
    }

    private final class GuardedWriter extends Writer {

        private PrintWriter guarded() throws IOException {
            beforeCommit();
            return containerWriter;
        }

        @Override
        public void write(char[] buffer, int off, int len) throws IOException {
            guarded().write(buffer, off, len);
        }

        @Override
        public void write(String text, int off, int len) throws IOException {
            guarded().write(text, off, len);
        }

        @Override
        public void write(int c) throws IOException {
            guarded().write(c);
        }

        @Override
        public void flush() throws IOException {
            guarded().flush();
        }

        @Override
        public void close() throws IOException {
            flush();
            containerWriter.close();
        }
    }
}
