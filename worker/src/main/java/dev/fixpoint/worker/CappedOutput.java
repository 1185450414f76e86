package dev.fixpoint.worker;

import java.io.IOException;
import java.io.OutputStream;

/** Passes on the first bytes written and drops the rest, so a submission cannot flood the grader. */
final class CappedOutput extends OutputStream {

    private final OutputStream target;
    private long remaining;

    CappedOutput(OutputStream target, long limit) {
        this.target = target;
        this.remaining = limit;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (remaining > 0) {
            remaining--;
            target.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        int n = (int) Math.min(len, remaining);
        if (n > 0) {
            remaining -= n;
            target.write(b, off, n);
        }
    }

    @Override
    public void flush() throws IOException {
        target.flush();
    }
}
