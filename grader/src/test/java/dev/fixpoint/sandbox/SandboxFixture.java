package dev.fixpoint.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Facts about the test machine that decide which sandbox tests can run, shared so that none skips for the wrong reason. */
public final class SandboxFixture {

    private SandboxFixture() {
    }

    /**
     * Whether bwrap is on the PATH. Where it is (CI installs it), tests of full isolation must run and pass: a broken
     * sandbox then fails them instead of skipping them.
     */
    public static boolean bubblewrapInstalled() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(":")).anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "bwrap")));
    }
}
