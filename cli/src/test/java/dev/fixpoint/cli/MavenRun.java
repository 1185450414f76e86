package dev.fixpoint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** `./mvnw -o test` (or another goal) on a pulled project, offline, as the learner runs it: with the JDK and local repository given. */
record MavenRun(int status, String output) {

    /** Runs with {@code JAVA_HOME} set to the JDK running the tests. */
    static MavenRun test(Path project, Path localRepository) throws IOException, InterruptedException {
        return test(project, localRepository, environment -> environment.put("JAVA_HOME", System.getProperty("java.home")));
    }

    /** Runs with the environment of the tests as {@code environment} changes it. */
    static MavenRun test(Path project, Path localRepository, Consumer<Map<String, String>> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = builder(project, localRepository, "test");
        environment.accept(builder.environment());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("mvn test did not finish:\n" + output);
        }
        return new MavenRun(process.exitValue(), output);
    }

    /**
     * Starts {@code ./mvnw -o} with {@code arguments} (a goal that keeps running, such as spring-boot:run), its output
     * going to {@code log}; the caller stops it with {@link #stop}.
     */
    static Process start(Path project, Path localRepository, Path log, String... arguments) throws IOException {
        ProcessBuilder builder = builder(project, localRepository, arguments).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder.start();
    }

    /** Stops a started Maven and the JVM it forked. */
    static void stop(Process maven) {
        maven.descendants().forEach(ProcessHandle::destroyForcibly);
        maven.destroyForcibly();
    }

    private static ProcessBuilder builder(Path project, Path localRepository, String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("./mvnw", "-o", "-B", "-Dmaven.repo.local=" + localRepository));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
    }
}
