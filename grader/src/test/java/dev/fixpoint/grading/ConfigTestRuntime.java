package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * A runtime with no compile step, for tests of the runtime interface: its one editable file, {@code src/policy.yaml}, is
 * configuration ({@code allow: [names]}) parsed with a real YAML parser and handed to the lab's own evaluator service as
 * the resource {@code policy.allow}, one name per line. The evaluator (the lab's fixed Java) is compiled once.
 */
final class ConfigTestRuntime implements LabRuntime {

    /** Found by {@link java.util.ServiceLoader} on the test class path. */
    public static final class ConfigTestProvider implements Provider {
        @Override
        public String name() {
            return "config-test";
        }

        @Override
        public LabRuntime create(Installation installation) {
            return new ConfigTestRuntime(installation);
        }
    }

    static final String POLICY = "src/policy.yaml";

    private final Installation installation;
    private volatile Map<String, byte[]> evaluator;

    ConfigTestRuntime(Installation installation) {
        this.installation = installation;
    }

    @Override
    public String name() {
        return "config-test";
    }

    @Override
    public Set<String> libraryNames() {
        return Set.of();
    }

    @Override
    public List<Path> libraries(Lab lab) {
        return List.of();
    }

    @Override
    public dev.fixpoint.sandbox.WorkerSpec worker(Lab lab) {
        return new dev.fixpoint.sandbox.WorkerSpec(installation.workerClassPath());
    }

    @Override
    public Preparation prepare(Lab lab, Map<String, String> files) {
        Object parsed;
        try {
            parsed = new Yaml().load(files.get(POLICY));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            return new Preparation.Invalid(List.of(new CompileError(POLICY, mark.getLine() + 1L, mark.getColumn() + 1L, e.getProblem())));
        }
        if (!(parsed instanceof Map<?, ?> map) || !(map.get("allow") instanceof List<?> allow)
                || !allow.stream().allMatch(String.class::isInstance)) {
            return new Preparation.Invalid(List.of(new CompileError(POLICY, 1, 1, "must be a mapping with 'allow:', a list of names")));
        }
        prepareLab(lab);
        String names = String.join("\n", allow.stream().map(String.class::cast).toList());
        return new Preparation.Ready(evaluator, Map.of("policy.allow", names.getBytes(StandardCharsets.UTF_8)), Map.of());
    }

    @Override
    public synchronized void prepareLab(Lab lab) {
        if (evaluator != null) {
            return;
        }
        try {
            InMemoryCompiler.Result compiled = new InMemoryCompiler().compile(lab.sources().entrySet().stream()
                            .filter(source -> source.getKey().endsWith(".java"))
                            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                    List.of(installation.labApi()), 20_000);
            if (!compiled.ok()) {
                throw new IllegalStateException("the evaluator does not compile: " + compiled.errors());
            }
            evaluator = compiled.classes();
        } catch (TimeoutException e) {
            throw new IllegalStateException("compiling the evaluator timed out");
        }
    }

    @Override
    public boolean prepared(Lab lab) {
        return evaluator != null;
    }
}
