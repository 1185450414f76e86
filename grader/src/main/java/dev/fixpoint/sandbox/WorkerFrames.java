package dev.fixpoint.sandbox;

import dev.fixpoint.lab.Response;
import dev.fixpoint.lab.host.LoopbackHttp;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads what a worker sends as the hostile input it is: submitted code can reach the worker's standard output and write
 * anything there. Every field has a bound that legitimate frames stay well inside, and all frames of one worker share
 * one byte budget, so that nothing a worker writes can make the grader hold more than a few MiB or read forever.
 */
final class WorkerFrames {

    /** All bytes one worker may send, over its whole life. */
    static final long MAX_BYTES_PER_WORKER = 48L << 20;
    /** A response body: what the relay keeps of a service's answer, which may triple when invalid UTF-8 is re-encoded. */
    static final int MAX_BODY = 3 * LoopbackHttp.MAX_BODY_BYTES + 16;
    static final int MAX_HEADERS = 256;
    /** All header names and values of one response together: the relay reads at most 64 KiB of a response's head. */
    static final int MAX_HEADER_BYTES = 3 * 64 * 1024;
    /** A message: why a service failed to start, or why a request got no response. */
    static final int MAX_MESSAGE = 64 * 1024;

    /** The worker broke the protocol or a bound; the worker is then treated as crashed. */
    static final class Violation extends IOException {
        Violation(String message) {
            super(message);
        }
    }

    private final DataInputStream in;

    WorkerFrames(InputStream stream) {
        this.in = new DataInputStream(new Budget(new BufferedInputStream(stream), MAX_BYTES_PER_WORKER));
    }

    /** The next frame's type, failing with {@link EOFException} when the worker has gone. */
    byte type() throws IOException {
        int type = in.read();
        if (type < 0) {
            throw new EOFException("the worker closed its channel");
        }
        return (byte) type;
    }

    int readInt() throws IOException {
        return in.readInt();
    }

    boolean readBoolean() throws IOException {
        return in.readBoolean();
    }

    String message() throws IOException {
        return string(MAX_MESSAGE, "a message");
    }

    /** A RESPONSE frame's content after its id. */
    Response response() throws IOException {
        int status = in.readInt();
        if (status < 100 || status > 999) {
            throw new Violation("a response had status " + status);
        }
        int count = in.readInt();
        if (count < 0 || count > MAX_HEADERS) {
            throw new Violation("a response claimed " + count + " headers (at most " + MAX_HEADERS + ")");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        int headerBytes = 0;
        for (int i = 0; i < count; i++) {
            String name = string(MAX_HEADER_BYTES - headerBytes, "the headers of a response");
            headerBytes += name.length();
            String value = string(MAX_HEADER_BYTES - headerBytes, "the headers of a response");
            headerBytes += value.length();
            headers.put(name, value);
        }
        String body = string(MAX_BODY, "a response body");
        return new Response(status, headers, body, in.readBoolean());
    }

    private String string(int limit, String what) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > limit) {
            throw new Violation(what + " claimed " + length + " bytes (at most " + Math.max(limit, 0) + ")");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Counts the bytes read and fails once a worker has sent more than its budget. */
    private static final class Budget extends FilterInputStream {

        private long remaining;

        Budget(InputStream in, long budget) {
            super(in);
            this.remaining = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                spend(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                spend(n);
            }
            return n;
        }

        private void spend(int n) throws Violation {
            remaining -= n;
            if (remaining < 0) {
                throw new Violation("the worker sent more than " + (MAX_BYTES_PER_WORKER >> 20) + " MiB");
            }
        }
    }
}
