package dev.fixpoint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The command run in a new JVM with environment variables of its own, as CI runs it (tests cannot change their own). */
record CliProcess(int status, String output) {

    static CliProcess run(Map<String, String> environment, List<String> systemProperties, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        systemProperties.forEach(property -> command.add("-D" + property));
        command.add(FixpointCli.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("fixpoint did not finish:\n" + output);
        }
        return new CliProcess(process.exitValue(), output);
    }
}
