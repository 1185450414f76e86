package dev.fixpoint.worker;

import com.sun.net.httpserver.HttpHandler;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;
import dev.fixpoint.lab.ServiceUnreachableException;
import dev.fixpoint.lab.host.LoopbackHttp;
import dev.fixpoint.lab.host.ServiceHost;
import dev.fixpoint.lab.host.WarmUp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static dev.fixpoint.worker.WorkerProtocol.*;

/**
 * Entry point of a sandbox worker: serves exactly one submission, then exits.
 *
 * <p>The protocol channel is the process's original standard output, taken before any submitted code runs;
 * {@code System.out} and {@code System.err} are redirected to a capped standard error, so that nothing a
 * submission prints can be mistaken for a frame.
 */
public final class WorkerMain {

    private static final long OUTPUT_LIMIT = 64 * 1024;
    private static final int RELAY_THREADS = 4;

    private WorkerMain() {
    }

    public static void main(String[] args) {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        PrintStream log = new PrintStream(new CappedOutput(new FileOutputStream(FileDescriptor.err), OUTPUT_LIMIT), true, StandardCharsets.UTF_8);
        System.setOut(log);
        System.setErr(log);
        System.setIn(InputStream.nullInputStream());
        // Locked down before anything else runs: the warm-up too, so that it proves the JVM works under the filter.
        String lockdownProblem = WorkerLockdown.apply();
        if (args.length > 0 && args[0].equals("--probe")) {
            List<String> problems = WorkerLockdown.probe(lockdownProblem);
            try {
                out.write((problems.isEmpty() ? "probe ok\n" : String.join("\n", problems) + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException ignored) {
                // The grader reads no answer and treats the sandbox as unusable.
            }
            Runtime.getRuntime().halt(problems.isEmpty() ? 0 : 1);
        }
        if (lockdownProblem != null) {
            log.println("worker lockdown failed: " + lockdownProblem);
            Runtime.getRuntime().halt(3);
        }
        try {
            // A worker taken the moment it is ready (verifying labs) skips the warm-up: it would only add its own cost.
            if (!List.of(args).contains("--no-warm-up")) {
                warmUp();
            }
            out.write(HELLO);
            out.flush();
            serve(in, out);
        } catch (Throwable t) {
            // The grader sees the closed channel and reports the run as crashed; the cause goes to the log.
            log.println("worker stopped: " + t);
        } finally {
            Runtime.getRuntime().halt(0);
        }
    }

    /** Serves submissions until the grader stops the worker: one, unless the grader asks for the next after each. */
    private static void serve(DataInputStream in, DataOutputStream out) throws IOException {
        while (serveOne(in, out)) {
            // The grader asked for another run of trusted code in this worker.
        }
    }

    /** Serves one submission; true when the grader then asks for the next ({@code NEXT}), false when it stops the worker. */
    private static boolean serveOne(DataInputStream in, DataOutputStream out) throws IOException {
        if (readType(in) != SUBMIT) {
            throw new IOException("expected a submission");
        }
        Map<String, String> secrets = readMap(in);
        Map<String, String> serviceClasses = readMap(in);
        int timeoutMillis = in.readInt();
        Map<String, byte[]> classes = new LinkedHashMap<>();
        int count = readCount(in);
        for (int i = 0; i < count; i++) {
            classes.put(readString(in), readBytes(in));
        }
        Map<String, byte[]> resources = new LinkedHashMap<>();
        int resourceCount = readCount(in);
        for (int i = 0; i < resourceCount; i++) {
            resources.put(readString(in), readBytes(in));
        }
        SubmissionClassLoader loader = new SubmissionClassLoader(classes, resources, WorkerMain.class.getClassLoader());
        Thread.currentThread().setContextClassLoader(loader);

        ServiceHost host;
        try {
            host = ServiceHost.start(instantiate(serviceClasses, loader), secrets);
        } catch (Throwable t) {
            out.write(FAILED);
            writeString(out, describe(t));
            out.flush();
            return awaitNext(in, out, null, null);
        }
        Map<String, Integer> ports = host.ports();
        out.write(READY);
        out.flush();
        // Checks run concurrently: each request is relayed on its own thread and answered under its id.
        ExecutorService relays = Executors.newFixedThreadPool(RELAY_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "relay");
            thread.setDaemon(true);
            return thread;
        });
        while (true) {
            byte type = readType(in);
            if (type == STOP || type == NEXT) {
                return type == NEXT && next(out, host, relays);
            }
            if (type != REQUEST) {
                throw new IOException("unexpected frame " + type);
            }
            int id = in.readInt();
            String service = readString(in);
            Request request = new Request(readString(in), readString(in), readMap(in), readString(in));
            relays.execute(() -> relay(id, ports.get(service), request, timeoutMillis, out));
        }
    }

    /** After a run whose services did not start: the grader's next frame says whether another run follows. */
    private static boolean awaitNext(DataInputStream in, DataOutputStream out, ServiceHost host, ExecutorService relays) throws IOException {
        return readType(in) == NEXT && next(out, host, relays);
    }

    /** Ends a run: its relays finish, its services stop, and the grader hears that the worker is ready for the next. */
    private static boolean next(DataOutputStream out, ServiceHost host, ExecutorService relays) throws IOException {
        if (relays != null) {
            relays.shutdown();
            try {
                relays.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        if (host != null) {
            host.close();
        }
        Thread.currentThread().setContextClassLoader(WorkerMain.class.getClassLoader());
        synchronized (out) {
            out.write(DONE);
            out.flush();
        }
        return true;
    }

    private static void relay(int id, Integer port, Request request, int timeoutMillis, DataOutputStream out) {
        Response response = null;
        ServiceUnreachableException unreachable = null;
        try {
            if (port == null) {
                throw new ServiceUnreachableException("no such service");
            }
            response = LoopbackHttp.exchange(port, request, timeoutMillis);
        } catch (ServiceUnreachableException e) {
            unreachable = e;
        }
        try {
            synchronized (out) {
                if (unreachable != null) {
                    out.write(UNREACHABLE);
                    out.writeInt(id);
                    writeString(out, unreachable.getMessage());
                    out.writeBoolean(unreachable.timedOut());
                } else {
                    out.write(RESPONSE);
                    out.writeInt(id);
                    out.writeInt(response.status());
                    writeMap(out, response.headers());
                    writeString(out, response.body());
                    out.writeBoolean(response.truncated());
                }
                out.flush();
            }
        } catch (IOException e) {
            // The grader has gone; it will kill this process.
            Runtime.getRuntime().halt(0);
        }
    }

    private static Map<String, LabService> instantiate(Map<String, String> serviceClasses, ClassLoader loader) throws Exception {
        Map<String, LabService> services = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : serviceClasses.entrySet()) {
            Class<?> type = Class.forName(entry.getValue(), true, loader);
            Object service = type.getDeclaredConstructor().newInstance();
            if (!(service instanceof LabService labService)) {
                throw new IllegalStateException(entry.getValue() + " does not implement " + LabService.class.getName());
            }
            services.put(entry.getKey(), labService);
        }
        return services;
    }

    /** The failure and the frames of submitted code, which is what a learner can act on. */
    private static String describe(Throwable t) {
        Throwable cause = t;
        while (cause instanceof java.lang.reflect.InvocationTargetException || cause instanceof ExceptionInInitializerError) {
            if (cause.getCause() == null) {
                break;
            }
            cause = cause.getCause();
        }
        StringBuilder text = new StringBuilder(String.valueOf(cause));
        for (StackTraceElement frame : cause.getStackTrace()) {
            if ("submission".equals(frame.getClassLoaderName())) {
                text.append("\n    at ").append(frame.getClassName()).append('.').append(frame.getMethodName())
                        .append('(').append(frame.getFileName()).append(':').append(frame.getLineNumber()).append(')');
            }
        }
        return text.toString();
    }

    /**
     * Loads and runs the HTTP code paths and the runtime's libraries once, before the submission arrives, so
     * that it does not pay for them.
     */
    private static void warmUp() throws Exception {
        for (WarmUp warmUp : ServiceLoader.load(WarmUp.class)) {
            try {
                warmUp.run();
            } catch (Exception | LinkageError e) {
                System.err.println("warm-up " + warmUp.getClass().getName() + " failed: " + e);
            }
        }
        HttpHandler hello = exchange -> {
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        };
        try (ServiceHost host = ServiceHost.start(Map.of("warm-up", context -> hello), Map.of())) {
            LoopbackHttp.exchange(host.ports().get("warm-up"), Request.postJson("/warm-up", "{}"), 2_000);
        }
    }
}
