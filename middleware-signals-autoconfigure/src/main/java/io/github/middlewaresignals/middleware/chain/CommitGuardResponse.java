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
    private ServletOutputStream outputStream;
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

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (outputStream == null) {
            outputStream = new GuardedOutputStream(super.getOutputStream());
        }
        return outputStream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new GuardedWriter(super.getWriter()));
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
        setStatus(status);
        beforeCommit();
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        setStatus(status);
        beforeCommit();
        super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        setStatus(SC_FOUND);
        beforeCommit();
        super.sendRedirect(location);
    }

    @Override
    public void sendRedirect(String location, boolean clearBuffer) throws IOException {
        setStatus(SC_FOUND);
        beforeCommit();
        super.sendRedirect(location, clearBuffer);
    }

    @Override
    public void sendRedirect(String location, int status) throws IOException {
        setStatus(status);
        beforeCommit();
        super.sendRedirect(location, status);
    }

    @Override
    public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
        setStatus(status);
        beforeCommit();
        super.sendRedirect(location, status, clearBuffer);
    }

    private final class GuardedOutputStream extends ServletOutputStream {

        private final ServletOutputStream delegate;

        GuardedOutputStream(ServletOutputStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(int b) throws IOException {
            beforeCommit();
            delegate.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            beforeCommit();
            delegate.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            beforeCommit();
            delegate.flush();
        }

        @Override
        public void close() throws IOException {
            beforeCommit();
            delegate.close();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            delegate.setWriteListener(listener);
        }
    }

    private final class GuardedWriter extends Writer {

        private final PrintWriter delegate;

        GuardedWriter(PrintWriter delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(char[] buffer, int off, int len) throws IOException {
            beforeCommit();
            delegate.write(buffer, off, len);
        }

        @Override
        public void write(String text, int off, int len) throws IOException {
            beforeCommit();
            delegate.write(text, off, len);
        }

        @Override
        public void write(int c) throws IOException {
            beforeCommit();
            delegate.write(c);
        }

        @Override
        public void flush() throws IOException {
            beforeCommit();
            delegate.flush();
        }

        @Override
        public void close() throws IOException {
            beforeCommit();
            delegate.close();
        }
    }
}
