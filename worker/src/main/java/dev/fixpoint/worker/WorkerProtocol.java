package dev.fixpoint.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The frames the grader and a sandbox worker exchange over the worker's standard input and output. The
 * worker never decides a verdict: it only hosts services and relays requests to them.
 */
public final class WorkerProtocol {

    /** Worker to grader: started and waiting for a submission. */
    public static final byte HELLO = 'H';
    /** Grader to worker: the compiled classes, the services to start and the per-run secrets. */
    public static final byte SUBMIT = 'U';
    /** Worker to grader: every service started. */
    public static final byte READY = 'R';
    /** Worker to grader: a service failed to start; a message follows. */
    public static final byte FAILED = 'F';
    /** Grader to worker: send one HTTP request to a service; an id follows, which the answer repeats. */
    public static final byte REQUEST = 'Q';
    /** Worker to grader: the response to a request, with the request's id. Answers may come in any order. */
    public static final byte RESPONSE = 'S';
    /** Worker to grader: a request (its id follows) got no response; a message follows. */
    public static final byte UNREACHABLE = 'E';
    /**
     * Grader to worker: end this run, stopping its services, and wait for the next submission. Only for runs of trusted
     * code one after another (verifying a lab); a learner's worker serves one submission and is destroyed.
     */
    public static final byte NEXT = 'N';
    /** Worker to grader: the run's services are stopped, and the worker waits for the next submission. */
    public static final byte DONE = 'D';
    /** Grader to worker: stop now. */
    public static final byte STOP = 'X';

    /** Longest string or byte block either side accepts, so a corrupt length cannot exhaust memory. */
    public static final int MAX_BLOCK = 16 << 20;

    private WorkerProtocol() {
    }

    public static void writeString(DataOutputStream out, String value) throws IOException {
        writeBytes(out, value.getBytes(StandardCharsets.UTF_8));
    }

    public static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    public static void writeBytes(DataOutputStream out, byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }

    public static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_BLOCK) {
            throw new IOException("corrupt frame: block of " + length + " bytes");
        }
        byte[] value = new byte[length];
        in.readFully(value);
        return value;
    }

    public static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> entry : map.entrySet()) {
            writeString(out, entry.getKey());
            writeString(out, entry.getValue());
        }
    }

    public static Map<String, String> readMap(DataInputStream in) throws IOException {
        int size = readCount(in);
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            map.put(readString(in), readString(in));
        }
        return map;
    }

    public static int readCount(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 100_000) {
            throw new IOException("corrupt frame: count " + count);
        }
        return count;
    }

    /** Reads a frame's type byte, failing with {@link EOFException} when the other side has gone. */
    public static byte readType(DataInputStream in) throws IOException {
        int type = in.read();
        if (type < 0) {
            throw new EOFException("the other side closed the channel");
        }
        return (byte) type;
    }
}
