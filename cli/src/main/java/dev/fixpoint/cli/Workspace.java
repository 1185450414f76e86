package dev.fixpoint.cli;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabCatalog;
import dev.fixpoint.grading.LabRuntime;
import dev.fixpoint.grading.Grader;
import dev.fixpoint.grading.Installation;
import dev.fixpoint.sandbox.Sandbox;
import dev.fixpoint.sandbox.SandboxSettings;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Where the CLI finds the labs and how it makes a grader: from the launcher's system properties. */
final class Workspace {

    private Workspace() {
    }

    static Path labsDir() {
        return Path.of(System.getProperty("fixpoint.labs", "labs"));
    }

    /** The catalog; labs with problems are reported on {@code err} and left out. */
    static LabCatalog catalog(PrintWriter err) {
        LabCatalog catalog = LabCatalog.load(labsDir(), LabRuntime.offered(Installation.detect()));
        catalog.problems().forEach(problem -> err.println("invalid lab: " + problem));
        return catalog;
    }

    static Lab lab(LabCatalog catalog, String id) {
        return catalog.find(id).orElseThrow(() -> new IllegalArgumentException("no lab '" + id + "' in " + labsDir()
                + " (run 'fixpoint labs' for the list)"));
    }

    /**
     * A grader for a CLI run, which grades a few submissions and exits.
     *
     * @param poolSize workers kept ready per class path
     * @param warmUp   whether workers warm their runtime up before they are ready: only where they then wait for a
     *                 submission, as in a server (the bench measures that); a worker taken the moment it is ready saves
     *                 the warm-up's cost by skipping it
     */
    static Grader grader(PrintWriter err, int poolSize, boolean warmUp) {
        Sandbox sandbox = new Sandbox(SandboxSettings.defaults().withPoolSize(poolSize).withWarmUp(warmUp));
        if (!sandbox.usable()) {
            err.println("ERROR: nothing can be graded here without full isolation: " + sandbox.isolation().description()
                    + ". To grade with reduced isolation anyway, set FIXPOINT_SANDBOX_ISOLATION=reduced (see docs/security.md).");
        } else if (!sandbox.isolation().full()) {
            err.println("WARNING: isolation is reduced: " + sandbox.isolation().description());
        }
        return new Grader(Installation.detect(), sandbox);
    }
}
