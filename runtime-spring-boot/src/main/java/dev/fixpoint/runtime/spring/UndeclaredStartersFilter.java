package dev.fixpoint.runtime.spring;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Leaves out the auto-configurations of the optional starters a lab did not name under {@code libraries:}. Every jar of
 * the runtime is on a worker's class path (one class path, one AOT cache for every lab), so without this filter each lab
 * would start actuator, metrics, Thymeleaf and validation whether it uses them or not, as a project with every starter in
 * its pom would. The runtime lists the auto-configurations to leave out in the resource {@value #EXCLUDED}, which it adds
 * to every submission; an application with no such resource (the warm-up, or a pulled project's tests) keeps them all.
 * A filter rather than {@code spring.autoconfigure.exclude}, so that a lab's own exclusions neither replace nor undo it.
 */
public final class UndeclaredStartersFilter implements AutoConfigurationImportFilter, BeanClassLoaderAware {

    /** The resource naming the auto-configuration classes to leave out, one per line. */
    public static final String EXCLUDED = "fixpoint/spring-boot-excluded-auto-configurations.txt";

    private Set<String> excluded = Set.of();

    @Override
    public void setBeanClassLoader(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(EXCLUDED)) {
            if (in != null) {
                excluded = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty()).collect(Collectors.toUnmodifiableSet());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + EXCLUDED, e);
        }
    }

    @Override
    public boolean[] match(String[] candidates, AutoConfigurationMetadata metadata) {
        boolean[] keep = new boolean[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            // The selector passes null for candidates an earlier filter already left out.
            keep[i] = candidates[i] == null || !excluded.contains(candidates[i]);
        }
        return keep;
    }
}
