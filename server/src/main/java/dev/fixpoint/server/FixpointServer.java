package dev.fixpoint.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Fixpoint web application. Its modules are the packages below this one. */
@SpringBootApplication
public class FixpointServer {

    public static void main(String[] args) {
        SpringApplication.run(FixpointServer.class, args);
    }
}
