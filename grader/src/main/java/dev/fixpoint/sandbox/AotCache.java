package dev.fixpoint.sandbox;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * JDK AOT caches (JEP 483, 514) for worker JVMs, one per class path. A worker started with one finds the JDK's,
 * the worker's and the libraries' classes already loaded and linked, which halves the CPU a worker costs to
 * start. A cache is trained by a worker that runs only platform code (its warm-up, never a submission), inside
 * the same sandbox layout it will be used in, and is then mounted read-only into every worker of that class path.
 */
final class AotCache implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AotCache.class.getName());
    static final String CONFIGURATION = "worker.aotconf";
    static final String CACHE = "worker.aot";
    private static final int KEPT = 24;

    /** What a worker does with the cache in {@code dir}. */
    enum Step {
        /** The training run: records which classes the worker loads. */
        RECORD,
        /** Assembles the cache from the recording; runs no application code. */
        CREATE,
        /** A worker that serves a submission, started from the cache. */
        USE
    }

    /** How one worker takes part: the cache's folder on the host and its step. */
    record Use(Path dir, Step step) {

        boolean writable() {
            return step != Step.USE;
        }

        /** @param inside the folder as the worker sees it */
        List<String> jvmFlags(String inside) {
            return switch (step) {
                case RECORD -> List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + inside + "/" + CONFIGURATION);
                case CREATE -> List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + inside + "/" + CONFIGURATION,
                        "-XX:AOTCache=" + inside + "/" + CACHE);
                // "on": a cache that cannot be used stops the JVM, so that the sandbox notices and starts workers without it.
                case USE -> List.of("-XX:AOTMode=on", "-XX:AOTCache=" + inside + "/" + CACHE);
            };
        }
    }

    /** Runs one training step's worker until it ends; throws, saying why, when it did not end well. */
    interface Trainer {
        void run(WorkerSpec spec, Use use) throws IOException, InterruptedException;
    }

    private final Path root;
    private final String fingerprint;
    private final Trainer trainer;
    private final ExecutorService training = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("sandbox-aot-training").factory());
    private final Map<WorkerSpec, State> states = new ConcurrentHashMap<>();

    private enum State { ABSENT, TRAINING, READY, UNUSABLE }

    /** Held while this JVM trains a cache, since a file lock is the process's: two graders in one JVM take turns here first. */
    private static final Map<Path, Object> TRAINING_IN_THIS_JVM = new ConcurrentHashMap<>();

    /**
     * @param root        where caches are kept, one folder per class path
     * @param fingerprint what else a cache depends on (the JDK, the JVM flags, the sandbox layout)
     */
    AotCache(Path root, String fingerprint, Trainer trainer) {
        this.root = root;
        this.fingerprint = fingerprint;
        this.trainer = trainer;
    }

    /** The cache for {@code spec} if it is trained (here or by an earlier grader); never waits, never trains. */
    Optional<Use> forSpec(WorkerSpec spec) {
        State state = states.computeIfAbsent(spec, key -> {
            Path dir = dir(key);
            if (Files.isRegularFile(dir.resolve(CACHE))) {
                markUsed(dir);
                return State.READY;
            }
            return State.ABSENT;
        });
        return state == State.READY ? Optional.of(new Use(dir(spec), Step.USE)) : Optional.empty();
    }

    /**
     * Starts training the cache for {@code spec} in the background, unless it is trained, being trained or unusable: once per
     * class path, however many workers ask. The sandbox asks once a worker of the class path has started without it, so that
     * training never competes with the first workers a learner waits for.
     */
    void requestTraining(WorkerSpec spec) {
        forSpec(spec);
        if (states.replace(spec, State.ABSENT, State.TRAINING)) {
            Path dir = dir(spec);
            try {
                training.execute(() -> train(spec, dir));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                states.put(spec, State.UNUSABLE);
            }
        }
    }

    /** Whether the cache for {@code spec} is being trained now. */
    boolean isTraining(WorkerSpec spec) {
        return states.get(spec) == State.TRAINING;
    }

    /** A worker started from the cache did not start: workers of {@code spec} go without it from now on. */
    void markUnusable(WorkerSpec spec, String why) {
        if (states.put(spec, State.UNUSABLE) != State.UNUSABLE) {
            LOG.log(Level.WARNING, "the AOT cache for a worker class path cannot be used; workers start without it: " + why);
        }
    }

    boolean isReady(WorkerSpec spec) {
        return states.get(spec) == State.READY;
    }

    boolean isUnusable(WorkerSpec spec) {
        return states.get(spec) == State.UNUSABLE;
    }

    private void train(WorkerSpec spec, Path dir) {
        Path lockFile = root.resolve(dir.getFileName() + ".lock");
        synchronized (TRAINING_IN_THIS_JVM.computeIfAbsent(lockFile.toAbsolutePath(), key -> new Object())) {
            try {
                Files.createDirectories(root);
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock held = channel.lock()) {
                    // Another grader (another process) may have trained it while this one waited for the lock.
                    if (!Files.isRegularFile(dir.resolve(CACHE))) {
                        trainAndPublish(spec, dir);
                    }
                    states.put(spec, State.READY);
                }
            } catch (java.nio.channels.ClosedByInterruptException e) {
                // The grader was closed while this waited for another's training: nothing went wrong.
                states.put(spec, State.UNUSABLE);
            } catch (IOException | RuntimeException e) {
                states.put(spec, State.UNUSABLE);
                LOG.log(Level.WARNING, "could not train an AOT cache for workers; they start without one (slower): " + e.getMessage());
            } catch (InterruptedException e) {
                states.put(spec, State.UNUSABLE);
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Trains in a folder of its own and publishes the result in one rename: a cache is never seen half-written, by this
     * grader or another.
     */
    private void trainAndPublish(WorkerSpec spec, Path dir) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory(root, "training-");
        try {
            long started = System.nanoTime();
            trainer.run(spec, new Use(work, Step.RECORD));
            trainer.run(spec, new Use(work, Step.CREATE));
            if (!Files.isRegularFile(work.resolve(CACHE))) {
                throw new IOException("the JVM wrote no cache");
            }
            Files.deleteIfExists(work.resolve(CONFIGURATION));
            publish(work, dir);
            prune();
            LOG.log(Level.INFO, "trained an AOT cache for workers in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } finally {
            WorkerProcess.deleteTree(work);
        }
    }

    /** Moves a trained cache into place in one step, so that a concurrent grader sees all of it or none. */
    private static void publish(Path work, Path dir) throws IOException {
        Path staged = Files.createTempDirectory(dir.getParent(), "staged-");
        Files.move(work.resolve(CACHE), staged.resolve(CACHE));
        try {
            Files.move(staged, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | java.nio.file.FileAlreadyExistsException
                 | java.nio.file.DirectoryNotEmptyException e) {
            // Another grader published the same cache first; theirs is as good.
            WorkerProcess.deleteTree(staged);
        }
    }

    /**
     * Keeps the most recently trained caches: every rebuild of a jar makes a new one, and each is some 30 MiB.
     * A worker starting from a cache that was just removed fails and is started again without it.
     */
    private void prune() throws IOException {
        List<Path> entries;
        try (var listed = Files.list(root)) {
            entries = listed.toList();
        }
        entries.stream().filter(path -> Files.isRegularFile(path.resolve(CACHE)) && !isWorkFolder(path))
                .sorted(java.util.Comparator.comparing(AotCache::modified).reversed()).skip(KEPT).forEach(dir -> {
                    WorkerProcess.deleteTree(dir);
                    WorkerProcess.deleteTree(dir.resolveSibling(dir.getFileName() + ".lock"));
                });
        // What a grader stopped in the middle of training left behind; a day is far longer than any training takes.
        long dayAgo = System.currentTimeMillis() - java.util.concurrent.TimeUnit.DAYS.toMillis(1);
        entries.stream().filter(path -> isWorkFolder(path) && modifiedMillis(path) < dayAgo).forEach(WorkerProcess::deleteTree);
    }

    private static boolean isWorkFolder(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith("training-") || name.startsWith("staged-");
    }

    private static long modifiedMillis(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Pruning keeps the caches most recently trained or taken into use. */
    private static void markUsed(Path dir) {
        try {
            Files.setLastModifiedTime(dir.resolve(CACHE), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException ignored) {
            // Then it is pruned by its training time.
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path dir) {
        try {
            return Files.getLastModifiedTime(dir.resolve(CACHE));
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    /** One folder per class path: its entries with their sizes and modification times, and the fingerprint. */
    Path dir(WorkerSpec spec) {
        StringBuilder key = new StringBuilder(fingerprint);
        // A larger heap is another -Xmx, which the cache was trained with.
        if (spec.extraHeapMiB() > 0) {
            key.append("\nextra heap ").append(spec.extraHeapMiB());
        }
        for (Path entry : spec.classPath()) {
            key.append('\n').append(entry);
            try {
                key.append(' ').append(Files.size(entry)).append(' ').append(Files.getLastModifiedTime(entry).toMillis());
            } catch (IOException e) {
                key.append(" missing");
            }
        }
        return root.resolve(sha256(key.toString()).substring(0, 32));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        training.shutdownNow();
        try {
            training.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
