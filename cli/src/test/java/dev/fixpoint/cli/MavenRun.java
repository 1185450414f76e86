package dev.fixpoint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** `./mvnw -o test` on a pulled project, offline, with the local repository of the build running the tests. */
record MavenRun(int status, String output) {

    static MavenRun test(Path project) throws IOException, InterruptedException {
        List<String> command = List.of("./mvnw", "-o", "-B", "test", "-Dmaven.repo.local=" + System.getProperty("maven.repo.local"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("mvn test did not finish:\n" + output);
        }
        return new MavenRun(process.exitValue(), output);
    }
}
