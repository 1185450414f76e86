package dev.fixpoint.server.submissions;

import dev.fixpoint.grading.Grader;
import dev.fixpoint.grading.Installation;
import dev.fixpoint.sandbox.Sandbox;
import dev.fixpoint.server.labs.LabLibrary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class GraderConfig {

    /**
     * The grader, with the sandbox settings bound from {@code fixpoint.sandbox.*}: the command line, system properties,
     * {@code FIXPOINT_SANDBOX_*} and application.properties, in Spring's usual order.
     */
    @Bean(destroyMethod = "close")
    Grader grader(SandboxProperties sandbox, GradingProperties grading, LabLibrary library) {
        // The sandbox tells the operator at start when isolation is not full, and whether it grades at all.
        Grader grader = new Grader(Installation.detect(), new Sandbox(sandbox.settings()));
        grader.warmCompiler();
        if (grading.prepareAtStart()) {
            // Started now rather than once the server is up: the rest of the start leaves the other core idle.
            System.getLogger(GraderConfig.class.getName()).log(System.Logger.Level.INFO,
                    "compiling the " + library.labs().size() + " installed labs in the background");
            grader.prepare(library.labs());
        }
        return grader;
    }
}
