package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The post-bypass corpus against a spring-boot lab: the same attacks from inside a Spring Boot application, in a worker
 * of that runtime with Spring's libraries (and their reflection) on its class path.
 */
class SpringBootPostBypassCorpusTests extends PostBypassCorpus {

    @Override
    Lab writeProbeLab(Path labs) throws IOException {
        return ProbeLab.writeSpringBoot(labs, ESCAPED);
    }
}
