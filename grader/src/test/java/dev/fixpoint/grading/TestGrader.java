package dev.fixpoint.grading;

import dev.fixpoint.catalog.LabCatalog;
import dev.fixpoint.sandbox.Sandbox;
import dev.fixpoint.sandbox.SandboxSettings;

import java.nio.file.Path;

/**
 * The grader and catalog the tests use: the bundled labs and the runtime built by this reactor, with workers that skip
 * their warm-up, as {@code lab verify}'s do: each is taken the moment it is ready.
 */
final class TestGrader {

    private TestGrader() {
    }

    static LabCatalog catalog() {
        return LabCatalog.load(Path.of(System.getProperty("fixpoint.labs", "../labs")));
    }

    static Grader create() {
        return new Grader(Installation.detect(), new Sandbox(SandboxSettings.defaults().withWarmUp(false)));
    }

    /**
     * A grader whose workers, as a server's, run their warm-up while they wait in a pool of one grading, and then rehearse
     * their lab; without an AOT cache (a pool would wait for one to be trained).
     */
    static Grader rehearsing() {
        Grader grader = new Grader(Installation.detect(), new Sandbox(SandboxSettings.defaults().withPoolSize(1).withAotCache(null)));
        grader.rehearse(true);
        return grader;
    }
}
