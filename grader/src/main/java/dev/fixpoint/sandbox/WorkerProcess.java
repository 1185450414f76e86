package dev.fixpoint.sandbox;

import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;
import dev.fixpoint.lab.ServiceUnreachableException;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import static dev.fixpoint.worker.WorkerProtocol.*;

/**
 * One started worker process. It serves one submission: {@link #start}, then {@link #exchange} for each
 * request of the checks, then {@link #close}, which destroys it. Every wait is bounded: a worker that does not
 * answer in time is killed. (It is long because it is the whole grader side of the worker protocol: framing,
 * the concurrent relay, time limits and the explanation of a worker's death belong together.)
 */
public final class WorkerProcess implements AutoCloseable {

    /** How a submission's services started. */
    public sealed interface StartResult {
        record Ready() implements StartResult { }

        /** A service threw from its start; the message names the exception and the learner's frames. */
        record Failed(String message) implements StartResult { }

        /** The worker died or was killed during start-up. */
        record Gone(String message, boolean killedForTime) implements StartResult { }
    }

    private final Process process;
    private final Optional<Cgroup> cgroup;
    private final Path scratch;
    private final WorkerFrames in;
    private final DataOutputStream out;
    private final ScheduledExecutorService timer;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final int outputLimit;
    private final Thread drain;
    private volatile boolean killedForTime;
    private final AtomicInteger nextRequest = new AtomicInteger();
    /** Set when the worker's answers stopped: requests made after that fail at once instead of waiting. */
    private volatile boolean gone;
    private final Map<Integer, CompletableFuture<Response>> pending = new ConcurrentHashMap<>();
    private volatile String killReason;
    private final boolean fromAotCache;
    private volatile boolean rehearsed;
    /** Completed when the worker confirms that the run the answers thread serves has ended ({@code DONE}); null between runs. */
    private volatile CompletableFuture<Void> runEnded;
    /** Whether the grader has asked this run to end ({@code NEXT}); only then may the worker say it has ({@code DONE}). */
    private volatile boolean nextSent;
    /** The peak resident memory read just before {@link #stopAndReadOutput} stopped the worker, or -1. */
    private volatile long peakAtStop = -1;

    /** @param scratch the worker's scratch folder on the host (plain processes only), deleted on close; or null */
    WorkerProcess(Process process, Optional<Cgroup> cgroup, Path scratch, ScheduledExecutorService timer, int outputLimit,
                  boolean fromAotCache) {
        this.fromAotCache = fromAotCache;
        this.process = process;
        this.cgroup = cgroup;
        this.scratch = scratch;
        this.timer = timer;
        this.outputLimit = outputLimit;
        this.in = new WorkerFrames(process.getInputStream());
        this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.drain = Thread.ofPlatform().daemon().name("worker-output-" + process.pid()).start(() -> drain(process.getErrorStream()));
    }

    /** Whether this worker's JVM started from a trained AOT cache. */
    /** Whether this worker ran its lab's rehearsal ({@link Rehearsal}) before it was handed out. */
    public boolean rehearsed() {
        return rehearsed;
    }

    void rehearsed(boolean ran) {
        rehearsed = ran;
    }

    public boolean startedFromAotCache() {
        return fromAotCache;
    }

    /** Waits for the worker's greeting; false when it did not come in time (the worker is then killed). */
    boolean awaitHello(Duration timeout) {
        ScheduledFuture<?> kill = killAfter(timeout, "no greeting from the worker");
        try {
            return in.type() == HELLO;
        } catch (IOException e) {
            return false;
        } finally {
            kill.cancel(false);
        }
    }

    /** Sends the submission and waits until its services have started, at most {@code timeout}. */
    public StartResult start(Submission submission, Duration timeout) {
        ScheduledFuture<?> kill = killAfter(timeout, "services did not start within " + timeout.toMillis() + " ms");
        try {
            synchronized (output) {
                // What the worker printed before this submission (its warm-up) is not the submission's output.
                output.reset();
            }
            out.write(SUBMIT);
            writeMap(out, submission.secrets());
            writeMap(out, submission.services());
            out.writeInt(submission.requestMillis());
            out.writeInt(submission.classes().size());
            for (Map.Entry<String, byte[]> entry : submission.classes().entrySet()) {
                writeString(out, entry.getKey());
                writeBytes(out, entry.getValue());
            }
            out.writeInt(submission.resources().size());
            for (Map.Entry<String, byte[]> entry : submission.resources().entrySet()) {
                writeString(out, entry.getKey());
                writeBytes(out, entry.getValue());
            }
            out.flush();
            byte type = in.type();
            if (type == READY) {
                runEnded = new CompletableFuture<>();
                Thread.ofPlatform().daemon().name("worker-answers-" + process.pid()).start(this::readAnswers);
            }
            return switch (type) {
                case READY -> new StartResult.Ready();
                case FAILED -> new StartResult.Failed(in.message());
                default -> throw new WorkerFrames.Violation("it sent a frame of unknown type " + type + " instead of READY");
            };
        } catch (WorkerFrames.Violation e) {
            brokeProtocol(e);
            return new StartResult.Gone(goneMessage(), false);
        } catch (IOException e) {
            String message = goneMessage();
            return new StartResult.Gone(message, killedForTime());
        } finally {
            kill.cancel(false);
        }
    }

    /**
     * Relays one request to a service inside the worker. Several threads may relay at once; the worker answers
     * each under its id.
     *
     * @throws ServiceUnreachableException when the service gave no response (the worker is still alive)
     * @throws WorkerGoneException         when the worker died, or gave no answer within {@code timeout} and was killed
     */
    public Response exchange(String service, Request request, Duration timeout) {
        int id = nextRequest.incrementAndGet();
        CompletableFuture<Response> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            if (gone) {
                throw new WorkerGoneException(goneMessage(), killedForTime());
            }
            synchronized (out) {
                out.write(REQUEST);
                out.writeInt(id);
                writeString(out, service);
                writeString(out, request.method());
                writeString(out, request.target());
                writeMap(out, request.headers());
                writeString(out, request.body());
                out.flush();
            }
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            throw new WorkerGoneException(goneMessage(), killedForTime());
        } catch (TimeoutException e) {
            killReason = "no answer from the worker within " + timeout.toMillis() + " ms";
            killedForTime = true;
            process.destroyForcibly();
            throw new WorkerGoneException(goneMessage(), true);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new WorkerGoneException(String.valueOf(e.getCause()), killedForTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkerGoneException("interrupted", false);
        } finally {
            pending.remove(id);
        }
    }

    /** Reads the worker's answers and hands each to the request waiting for it, until the worker is gone. */
    private void readAnswers() {
        try {
            while (true) {
                byte type = in.type();
                CompletableFuture<Void> ended = runEnded;
                if (type == DONE) {
                    // Only an answer to the grader's NEXT counts: submitted code can write frames too.
                    if (ended == null || !nextSent) {
                        throw new WorkerFrames.Violation("it said its run had ended before it was asked to end it");
                    }
                    // The next run's frames are read by its own start and answers thread.
                    ended.complete(null);
                    return;
                }
                int id = in.readInt();
                // An answer for no request waiting (unknown, or answered already) is a forgery: nothing else sends one.
                CompletableFuture<Response> answer = pending.get(id);
                if (type == UNREACHABLE) {
                    String message = in.message();
                    boolean timedOut = in.readBoolean();
                    if (answer == null || !answer.completeExceptionally(new ServiceUnreachableException(message, timedOut))) {
                        throw new WorkerFrames.Violation("it answered request " + id + ", which was not waiting for an answer");
                    }
                } else if (type == RESPONSE) {
                    Response response = in.response();
                    if (answer == null || !answer.complete(response)) {
                        throw new WorkerFrames.Violation("it answered request " + id + ", which was not waiting for an answer");
                    }
                } else {
                    throw new WorkerFrames.Violation("it sent a frame of unknown type " + type);
                }
            }
        } catch (WorkerFrames.Violation e) {
            brokeProtocol(e);
            failPending();
        } catch (IOException | RuntimeException e) {
            failPending();
        }
    }

    /**
     * Ends this run and readies the worker for the next submission ({@link #start} again): the run's services stop. Only
     * for runs of trusted code one after another, as in verifying a lab, whose code is all its author's: a learner's
     * submission is always served by a fresh worker, which is destroyed after it.
     *
     * @return what the run printed, or empty when the worker did not confirm in time or is gone (it is then killed)
     */
    public Optional<String> nextRun(Duration timeout) {
        ScheduledFuture<?> kill = killAfter(timeout, "the run did not end within " + timeout.toMillis() + " ms");
        try {
            CompletableFuture<Void> ended = runEnded;
            nextSent = true;
            synchronized (out) {
                out.write(NEXT);
                out.flush();
            }
            if (ended != null) {
                ended.get();
            } else if (in.type() != DONE) {
                throw new WorkerFrames.Violation("it did not confirm the end of its run");
            }
            runEnded = null;
            nextSent = false;
            synchronized (output) {
                String printed = output.toString(StandardCharsets.UTF_8);
                output.reset();
                return Optional.of(printed);
            }
        } catch (WorkerFrames.Violation e) {
            brokeProtocol(e);
            return Optional.empty();
        } catch (IOException | ExecutionException e) {
            process.destroyForcibly();
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return Optional.empty();
        } finally {
            kill.cancel(false);
        }
    }

    /** Kills a worker that broke the protocol; the run then ends as crashed, with the reason. */
    private void brokeProtocol(WorkerFrames.Violation violation) {
        killReason = "it broke the worker protocol: " + violation.getMessage();
        process.destroyForcibly();
    }

    private void failPending() {
        gone = true;
        String message = goneMessage();
        boolean forTime = killedForTime();
        CompletableFuture<Void> ended = runEnded;
        if (ended != null) {
            ended.completeExceptionally(new WorkerGoneException(message, forTime));
        }
        pending.values().forEach(answer -> answer.completeExceptionally(new WorkerGoneException(message, forTime)));
    }

    /** Kills the worker after {@code delay} unless cancelled, marking the death as a timeout. */
    public ScheduledFuture<?> killAfter(Duration delay, String reason) {
        return timer.schedule(() -> {
            killReason = reason;
            killedForTime = true;
            process.destroyForcibly();
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the worker was stopped for time: by the grader's timer, or by its CPU-time limit (SIGXCPU). */
    public boolean killedForTime() {
        return killedForTime || (!process.isAlive() && process.exitValue() == 128 + 24);
    }

    /**
     * Stops the worker and returns all it printed, cut at the output limit. When a live worker's last answer arrives,
     * the lines it printed just before may still be in the pipe; once it is stopped the pipe ends, and is read to the end.
     */
    public String stopAndReadOutput() {
        peakAtStop = peakResidentKiB();
        // Through the handles: Process.destroyForcibly would also close the pipe this reads, losing what is still in it.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.toHandle().destroyForcibly();
        try {
            process.waitFor(1, TimeUnit.SECONDS);
            drain.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (output) {
            return output.toString(StandardCharsets.UTF_8);
        }
    }

    /** What the worker printed (its services' standard output and error) so far, cut at the output limit. */
    public String output() {
        if (!process.isAlive()) {
            // A dead worker's last words may still be in the pipe; a live one's output so far is enough.
            try {
                drain.join(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (output) {
            return output.toString(StandardCharsets.UTF_8);
        }
    }

    long pid() {
        return process.pid();
    }

    /**
     * The highest resident memory any of the worker's processes reached so far (the JVM's, in practice), in KiB,
     * from the kernel's high-water mark; 0 where /proc cannot be read.
     */
    long peakResidentKiB() {
        if (peakAtStop >= 0) {
            return peakAtStop;
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(process.toHandle()), process.descendants())
                .mapToLong(handle -> highWaterMarkKiB(handle.pid())).max().orElse(0);
    }

    /** CPU time used so far by the worker's processes, in milliseconds. */
    long cpuMillis() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(process.toHandle()), process.descendants())
                .mapToLong(handle -> handle.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L)).sum();
    }

    private static long highWaterMarkKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring("VmHWM:".length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Gone already, or not Linux: no figure rather than a wrong one.
        }
        return 0;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Sends the kill signal to the worker and its processes without waiting for them. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        cgroup.ifPresent(Cgroup::remove);
        if (scratch != null) {
            deleteTree(scratch);
        }
    }

    /** Deletes a folder a worker wrote to, without following links a submission may have planted in it. */
    static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // Left behind in the system's temporary folder; nothing depends on it.
                }
            });
        } catch (IOException ignored) {
            // Same as above.
        }
    }

    private String goneMessage() {
        if (killReason != null) {
            return "the worker was stopped: " + killReason;
        }
        try {
            process.waitFor(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (cgroup.map(Cgroup::memoryLimitHit).orElse(false)) {
            return "the service was killed for using more memory than the sandbox allows";
        }
        if (process.isAlive()) {
            return "the worker closed its channel";
        }
        int code = process.exitValue();
        String how = switch (code) {
            case 137 -> " (killed)";
            case 152 -> " (CPU time limit reached)";
            case 153 -> " (file size limit reached)";
            default -> "";
        };
        return "the service process exited with status " + code + how + " before the checks finished";
    }

    private void drain(InputStream stream) {
        byte[] buffer = new byte[4096];
        try (stream) {
            for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
                synchronized (output) {
                    int room = outputLimit - output.size();
                    if (room > 0) {
                        output.write(buffer, 0, Math.min(n, room));
                    }
                }
            }
        } catch (IOException ignored) {
            // The worker is gone; what was read is kept.
        }
    }
}
