package dev.fixpoint.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Fixpoint web application. Its modules are the packages below this one.
 *
 * <p>Its settings are one tree, {@code fixpoint.*}, documented whole in the README's Configuration table. Each module
 * binds its own branch to an immutable, validated record ({@code *Properties}, {@code @ConfigurationProperties} with
 * its defaults in {@code @DefaultValue}), so that the settings live beside the code that uses them and no module
 * depends on another's settings, as the module rules (ModuleStructureTests) require; a bad value stops the start,
 * naming the property.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FixpointServer {

    public static void main(String[] args) {
        SpringApplication.run(FixpointServer.class, args);
    }
}
