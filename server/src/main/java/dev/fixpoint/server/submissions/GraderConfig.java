package dev.fixpoint.server.submissions;

import dev.fixpoint.grading.Grader;
import dev.fixpoint.grading.Installation;
import dev.fixpoint.sandbox.Sandbox;
import dev.fixpoint.sandbox.SandboxSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class GraderConfig {

    @Bean(destroyMethod = "close")
    Grader grader() {
        Sandbox sandbox = new Sandbox(SandboxSettings.defaults());
        if (!sandbox.isolation().full()) {
            System.getLogger(GraderConfig.class.getName()).log(System.Logger.Level.WARNING,
                    "Isolation is reduced: " + sandbox.isolation().description());
        }
        return new Grader(Installation.detect(), sandbox);
    }
}
