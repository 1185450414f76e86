package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * Turns a submission of a Java lab into classes: compiles the editable Java with the lab's code (its fixed classes
 * compiled once per lab), scans the learner's classes against the lab's bytecode policy, and hands every other file
 * under {@code src/} (the lab's templates and properties, an editable {@code application.properties}) to the worker as
 * resources, by their path under {@code src/}, as a build would put them on the class path. Shared by the runtimes whose
 * labs are Java.
 */
final class JavaCompilation implements AutoCloseable {

    static final long COMPILE_TIMEOUT_MILLIS = 20_000;

    private final Path labApi;
    private final InMemoryCompiler compiler = new InMemoryCompiler();
    private final Map<String, FixedCode> fixedCode = new ConcurrentHashMap<>();
    /** Held while a lab's fixed code compiles, so that a grading arriving meanwhile waits for it instead of compiling it too. */
    private final Map<String, Object> compilingFixedCode = new ConcurrentHashMap<>();

    JavaCompilation(Path labApi) {
        this.labApi = labApi;
    }

    /**
     * @param libraries the jars the lab's code compiles against, besides the lab API
     */
    LabRuntime.Preparation prepare(Lab lab, Map<String, String> files, List<Path> libraries) {
        Map<String, String> sources = new TreeMap<>();
        Map<String, byte[]> resources = new TreeMap<>();
        lab.resources().forEach((path, bytes) -> resources.put(path.substring("src/".length()), bytes));
        files.forEach((path, text) -> {
            if (path.endsWith(".java")) {
                sources.put(path, text);
            } else {
                resources.put(path.substring("src/".length()), text.getBytes(StandardCharsets.UTF_8));
            }
        });
        InMemoryCompiler.Result compiled;
        try {
            compiled = compile(lab, sources, libraries);
        } catch (TimeoutException e) {
            return new LabRuntime.Preparation.Invalid(List.of(new CompileError("(compiler)", 0, 0,
                    "compiling took longer than " + COMPILE_TIMEOUT_MILLIS / 1000 + " s")));
        }
        if (!compiled.ok()) {
            return new LabRuntime.Preparation.Invalid(compiled.errors());
        }
        Map<String, byte[]> submitted = new TreeMap<>();
        compiled.classes().forEach((name, bytes) -> {
            String source = compiled.classSource().get(name);
            if (source != null && sources.containsKey(source)) {
                submitted.put(name, bytes);
            }
        });
        List<PolicyViolation> violations = BytecodePolicy.scan(submitted, compiled.classSource(), lab.manifest().allow());
        if (!violations.isEmpty()) {
            return new LabRuntime.Preparation.Rejected(violations);
        }
        return new LabRuntime.Preparation.Ready(compiled.classes(), resources, Map.of());
    }

    /** Compiles the lab's fixed code now, so that a grading compiles only the editable files. */
    void prepareLab(Lab lab, List<Path> libraries) {
        try {
            fixedCode(lab, libraries);
        } catch (TimeoutException e) {
            throw new IllegalStateException("compiling the fixed code of lab " + lab.id() + " timed out");
        }
    }

    boolean prepared(Lab lab) {
        return fixedCode.containsKey(fixedCodeKey(lab));
    }

    /**
     * Compiles the submission with the lab's code. The fast way compiles only the editable files against the lab's
     * fixed classes, compiled once; whenever that is not exactly what compiling the whole lab would give (an error,
     * or editable classes whose API the fixed classes were not compiled against), the whole lab is compiled.
     */
    private InMemoryCompiler.Result compile(Lab lab, Map<String, String> files, List<Path> libraries) throws TimeoutException {
        Optional<FixedCode> fixed = fixedCode(lab, libraries);
        if (fixed.isPresent()) {
            List<Path> classPath = new ArrayList<>(classPath(libraries));
            classPath.add(fixed.get().classesDir());
            InMemoryCompiler.Result editable = compiler.compile(files, classPath, COMPILE_TIMEOUT_MILLIS);
            if (editable.ok() && fixed.get().linksWith(editable.classes())) {
                Map<String, byte[]> classes = new TreeMap<>(fixed.get().classes());
                classes.putAll(editable.classes());
                return new InMemoryCompiler.Result(classes, editable.classSource(), List.of());
            }
        }
        Map<String, String> sources = new TreeMap<>(lab.sources());
        sources.putAll(files);
        return compiler.compile(sources, classPath(libraries), COMPILE_TIMEOUT_MILLIS);
    }

    /** The lab's fixed classes, compiled with its starter files once; empty if the starter does not compile. */
    private Optional<FixedCode> fixedCode(Lab lab, List<Path> libraries) throws TimeoutException {
        String key = fixedCodeKey(lab);
        FixedCode known = fixedCode.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        synchronized (compilingFixedCode.computeIfAbsent(key, ignored -> new Object())) {
            known = fixedCode.get(key);
            if (known != null) {
                return Optional.of(known);
            }
            InMemoryCompiler.Result starter = compiler.compile(lab.sources(), classPath(libraries), COMPILE_TIMEOUT_MILLIS);
            if (!starter.ok()) {
                return Optional.empty();
            }
            try {
                FixedCode made = FixedCode.of(starter, new HashSet<>(lab.manifest().editable()));
                fixedCode.put(key, made);
                return Optional.of(made);
            } catch (UncheckedIOException e) {
                // No room for the class files (a full disk): compiling the whole lab still works, only slower.
                return Optional.empty();
            }
        }
    }

    private static String fixedCodeKey(Lab lab) {
        return lab.dir().toAbsolutePath() + "#" + lab.sources().hashCode();
    }

    private List<Path> classPath(List<Path> libraries) {
        List<Path> classPath = new ArrayList<>();
        classPath.add(labApi);
        classPath.addAll(libraries);
        return classPath;
    }

    @Override
    public void close() {
        fixedCode.values().forEach(FixedCode::close);
    }
}
