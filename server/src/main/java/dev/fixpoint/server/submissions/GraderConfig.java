package dev.fixpoint.server.submissions;

import dev.fixpoint.grading.Grader;
import dev.fixpoint.grading.Installation;
import dev.fixpoint.sandbox.Sandbox;
import dev.fixpoint.sandbox.SandboxSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class GraderConfig {

    /**
     * @param poolSize gradings kept ready per opened lab, each two pre-started workers (one for the visible checks, a
     *                 fresh one for the hidden ones); a worker is a JVM of about 100 MB, so a server that many labs are
     *                 open on keeps one grading each by default
     */
    @Bean(destroyMethod = "close")
    Grader grader(@Value("${fixpoint.sandbox.pool-size}") int poolSize) {
        // The sandbox tells the operator at start when isolation is not full, and whether it grades at all.
        Grader grader = new Grader(Installation.detect(), new Sandbox(SandboxSettings.defaults().withPoolSize(poolSize)));
        grader.warmCompiler();
        return grader;
    }
}
