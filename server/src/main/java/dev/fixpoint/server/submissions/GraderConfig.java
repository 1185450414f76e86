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
     * @param poolSize pre-started workers per opened lab; each is a JVM of about 100 MB, so a server that many labs
     *                 are open on keeps one each by default
     */
    @Bean(destroyMethod = "close")
    Grader grader(@Value("${fixpoint.sandbox.pool-size}") int poolSize) {
        Sandbox sandbox = new Sandbox(SandboxSettings.defaults().withPoolSize(poolSize));
        if (!sandbox.isolation().full()) {
            System.getLogger(GraderConfig.class.getName()).log(System.Logger.Level.WARNING,
                    "Isolation is reduced: " + sandbox.isolation().description());
        }
        return new Grader(Installation.detect(), sandbox);
    }
}
