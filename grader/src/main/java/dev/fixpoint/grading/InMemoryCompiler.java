package dev.fixpoint.grading;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Compiles sources in memory with the JDK's compiler, with fixed options: {@code --release 21}, parameter names kept
 * ({@code -parameters}, which Spring MVC binds path variables by), no annotation
 * processing, a fixed class path, and nothing taken from the submission. The compiler stays loaded between
 * calls, which is what makes the second and later compiles fast.
 */
final class InMemoryCompiler {

    static final String RELEASE = "21";

    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private final ExecutorService threads = Executors.newCachedThreadPool(Thread.ofPlatform().daemon().name("javac-", 0).factory());
    /** One file manager per class path: it caches the jars' indexes. Each is used by one compile at a time. */
    private final Map<List<Path>, java.util.concurrent.BlockingQueue<StandardJavaFileManager>> managers = new ConcurrentHashMap<>();

    /**
     * The compiled classes, which source each came from, and the errors.
     *
     * @param classes     binary name to class file
     * @param classSource binary name to the path of the source that produced it
     */
    record Result(Map<String, byte[]> classes, Map<String, String> classSource, List<CompileError> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    InMemoryCompiler() {
        if (javac == null) {
            throw new IllegalStateException("no Java compiler: Fixpoint must run on a JDK, not a JRE");
        }
    }

    /**
     * Compiles {@code sources} (path to text) against {@code classPath}.
     *
     * @throws TimeoutException when the compiler takes longer than {@code timeoutMillis}
     */
    Result compile(Map<String, String> sources, List<Path> classPath, long timeoutMillis) throws TimeoutException {
        // javac refuses to run on nothing; a lab whose checks are all data-only has no check source at all.
        if (sources.isEmpty()) {
            return new Result(Map.of(), Map.of(), List.of());
        }
        Future<Result> future = threads.submit(() -> compileNow(sources, classPath));
        try {
            return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the compiler failed: " + e.getCause(), e.getCause());
        }
    }

    private Result compileNow(Map<String, String> sources, List<Path> classPath) throws IOException {
        var pool = managers.computeIfAbsent(classPath, key -> new java.util.concurrent.LinkedBlockingQueue<>());
        StandardJavaFileManager standard = pool.poll();
        if (standard == null) {
            standard = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
            standard.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
        }
        boolean finished = false;
        try {
            MemoryOutput output = new MemoryOutput(standard);
            List<JavaFileObject> units = new ArrayList<>();
            sources.forEach((path, text) -> units.add(new SourceText(path, text)));
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            List<String> options = List.of("--release", RELEASE, "-proc:none", "-g", "-parameters", "-encoding", "UTF-8", "-implicit:none", "-Xlint:none");
            javac.getTask(null, output, diagnostics, options, null, units).call();
            List<CompileError> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                    String file = diagnostic.getSource() instanceof SourceText source ? source.path : "(compiler)";
                    errors.add(new CompileError(file, Math.max(0, diagnostic.getLineNumber()), Math.max(0, diagnostic.getColumnNumber()),
                            diagnostic.getMessage(Locale.ROOT)));
                }
            }
            finished = true;
            return new Result(errors.isEmpty() ? output.classes() : Map.of(), output.classSource, errors);
        } finally {
            // A compile cut off by its time limit was interrupted, which can close the jars the manager holds open
            // (seen under load: every later compile then failed with "bad class file ... ClosedChannelException").
            if (finished && !Thread.interrupted()) {
                pool.offer(standard);
            } else {
                standard.close();
            }
        }
    }

    /** A source file held in memory; its path is what errors and policy messages name. */
    private static final class SourceText extends SimpleJavaFileObject {
        final String path;
        private final String text;

        SourceText(String path, String text) {
            super(URI.create("mem:///" + path.replace(" ", "%20")), Kind.SOURCE);
            this.path = path;
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }

        @Override
        public String getName() {
            return path;
        }
    }

    /** Keeps class files in memory instead of writing them to disk. */
    private static final class MemoryOutput extends ForwardingJavaFileManager<JavaFileManager> {
        private final Map<String, ByteArrayOutputStream> classes = new TreeMap<>();
        final Map<String, String> classSource = new TreeMap<>();

        MemoryOutput(JavaFileManager delegate) {
            super(delegate);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            classes.put(className, bytes);
            if (sibling instanceof SourceText source) {
                classSource.put(className, source.path);
            }
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
                @Override
                public OutputStream openOutputStream() {
                    return bytes;
                }
            };
        }

        @Override
        public void close() {
            // The wrapped manager is pooled and reused; it is not closed here.
        }

        Map<String, byte[]> classes() {
            Map<String, byte[]> result = new TreeMap<>();
            classes.forEach((name, bytes) -> result.put(name, bytes.toByteArray()));
            return result;
        }
    }

}
