package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabFormatException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * The "java" runtime: plain services on the JDK's HTTP server, with the libraries its folder provides. A submission is
 * compiled with the lab's code and its classes scanned against the lab's bytecode policy.
 */
final class JavaRuntime implements LabRuntime {

    /** Finds the runtime through {@link java.util.ServiceLoader}. */
    public static final class JavaProvider implements Provider {
        @Override
        public String name() {
            return "java";
        }

        @Override
        public LabRuntime create(Installation installation) {
            return new JavaRuntime(installation);
        }
    }

    static final long COMPILE_TIMEOUT_MILLIS = 20_000;

    private final Installation installation;
    private final Properties libraries = new Properties();
    private final InMemoryCompiler compiler = new InMemoryCompiler();
    private final Map<String, FixedCode> fixedCode = new ConcurrentHashMap<>();
    /** Held while a lab's fixed code compiles, so that a grading arriving meanwhile waits for it instead of compiling it too. */
    private final Map<String, Object> compilingFixedCode = new ConcurrentHashMap<>();

    JavaRuntime(Installation installation) {
        this.installation = installation;
        try (Reader reader = Files.newBufferedReader(installation.javaRuntime().resolve("libraries.properties"))) {
            libraries.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "java";
    }

    @Override
    public Set<String> libraryNames() {
        return new TreeSet<>(libraries.stringPropertyNames());
    }

    @Override
    public List<Path> libraries(Lab lab) {
        List<Path> jars = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String library : lab.manifest().libraries()) {
            String artifacts = libraries.getProperty(library);
            if (artifacts == null) {
                problems.add("labs/" + lab.id() + "/lab.yaml: libraries: '" + library + "' is not a library of the java runtime (available: "
                        + libraryNames() + ")");
                continue;
            }
            for (String artifact : artifacts.split(",")) {
                Path jar = installation.javaRuntime().resolve("lib").resolve(artifact.trim() + ".jar");
                if (!jars.contains(jar)) {
                    jars.add(jar);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new LabFormatException(problems);
        }
        return jars;
    }

    @Override
    public List<Path> workerClassPath(Lab lab) {
        List<Path> classPath = new ArrayList<>(installation.workerClassPath());
        classPath.addAll(libraries(lab));
        Path warmUp = installation.javaRuntime().resolve("warm-up/fixpoint-runtime-java.jar");
        if (Files.isRegularFile(warmUp)) {
            classPath.add(warmUp);
        }
        return classPath;
    }

    /**
     * Compiles the editable Java with the lab's code; an editable file that is not Java (a properties or YAML file under
     * src/) becomes a resource of the submission, by its path under src/, as a build would put it on the class path.
     */
    @Override
    public Preparation prepare(Lab lab, Map<String, String> files) {
        Map<String, String> sources = new TreeMap<>();
        Map<String, byte[]> resources = new TreeMap<>();
        files.forEach((path, text) -> {
            if (path.endsWith(".java")) {
                sources.put(path, text);
            } else {
                resources.put(path.substring("src/".length()), text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        InMemoryCompiler.Result compiled;
        try {
            compiled = compile(lab, sources, libraries(lab));
        } catch (TimeoutException e) {
            return new Preparation.Invalid(List.of(new CompileError("(compiler)", 0, 0,
                    "compiling took longer than " + COMPILE_TIMEOUT_MILLIS / 1000 + " s")));
        }
        if (!compiled.ok()) {
            return new Preparation.Invalid(compiled.errors());
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
            return new Preparation.Rejected(violations);
        }
        return new Preparation.Ready(compiled.classes(), resources);
    }

    @Override
    public void prepareLab(Lab lab) {
        try {
            fixedCode(lab, libraries(lab));
        } catch (TimeoutException e) {
            // The first grading compiles again and reports what is wrong.
        }
    }

    @Override
    public boolean prepared(Lab lab) {
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
        classPath.add(installation.labApi());
        classPath.addAll(libraries);
        return classPath;
    }

    @Override
    public void close() {
        fixedCode.values().forEach(FixedCode::close);
    }
}
