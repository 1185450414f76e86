package dev.fixpoint.sandbox;

import dev.fixpoint.lab.Response;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the grader accepts from a worker: honest frames as sent, and a clear violation for anything past a bound. */
class WorkerFramesTests {

    private static byte[] response(int status, int headerCount, int nameLength, int bodyLength) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(status);
        out.writeInt(headerCount);
        for (int i = 0; i < Math.min(headerCount, 3); i++) {
            out.writeInt(nameLength);
            out.write(new byte[Math.min(nameLength, 1 << 16)]);
            out.writeInt(1);
            out.write('v');
        }
        out.writeInt(bodyLength);
        out.write("x".repeat(Math.min(bodyLength, 1 << 16)).getBytes(StandardCharsets.UTF_8));
        out.writeBoolean(false);
        return bytes.toByteArray();
    }

    @Test
    void anHonestResponseIsReadAsSent() throws IOException {
        Response response = new WorkerFrames(new ByteArrayInputStream(response(200, 1, 4, 5))).response();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("xxxxx");
        assertThat(response.headers()).hasSize(1);
    }

    @Test
    void aResponseClaimingTooManyHeadersIsAViolationBeforeAnyIsRead() {
        assertThatThrownBy(() -> new WorkerFrames(new ByteArrayInputStream(response(200, 100_000, 16 << 20, 0))).response())
                .isInstanceOf(WorkerFrames.Violation.class).hasMessageContaining("100000 headers");
    }

    @Test
    void aHeaderClaimingSixteenMegabytesIsAViolation() {
        assertThatThrownBy(() -> new WorkerFrames(new ByteArrayInputStream(response(200, 1, 16 << 20, 0))).response())
                .isInstanceOf(WorkerFrames.Violation.class).hasMessageContaining("claimed 16777216 bytes");
    }

    @Test
    void aBodyPastTheRelaysLimitIsAViolation() {
        assertThatThrownBy(() -> new WorkerFrames(new ByteArrayInputStream(response(200, 0, 0, WorkerFrames.MAX_BODY + 1))).response())
                .isInstanceOf(WorkerFrames.Violation.class).hasMessageContaining("a response body claimed");
    }

    @Test
    void aWorkerThatKeepsSendingStopsBeingReadAtItsBudget() {
        // Endless bytes: the budget ends the reading, not the stream.
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'S';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'S');
                return length;
            }
        };
        WorkerFrames frames = new WorkerFrames(endless);

        assertThatThrownBy(() -> {
            while (true) {
                frames.type();
            }
        }).isInstanceOf(WorkerFrames.Violation.class).hasMessageContaining("more than 48 MiB");
    }
}
