package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lab runtime: how a lab's submission becomes what a sandbox worker runs. The grader finds runtimes with
 * {@link java.util.ServiceLoader} ({@link Provider}) and picks one by the {@code runtime:} of each lab's manifest; the
 * grading itself (workers, checks, verdicts) is the same for every runtime. The {@code java} runtime compiles the
 * learner's Java with the lab's and scans it; a runtime whose editable files are configuration (YAML, HCL) validates
 * them and hands them to the lab's own evaluator services as resources, with no compile step.
 */
public interface LabRuntime extends AutoCloseable {

    /** Creates a runtime for an installation; listed in {@code META-INF/services/dev.fixpoint.grading.LabRuntime$Provider}. */
    interface Provider {

        /** The name labs give under {@code runtime:}. */
        String name();

        LabRuntime create(Installation installation);
    }

    /** What preparing one submission gave. */
    sealed interface Preparation {

        /**
         * Ready to run.
         *
         * @param classes   binary class name to class file, the lab's services included
         * @param resources resource name to content, served by the worker's class loader (configuration files)
         * @param services  service name to the class the worker starts for it, when that is not the class the manifest
         *                  names (a runtime's own host for the lab's application); empty when it is
         */
        record Ready(Map<String, byte[]> classes, Map<String, byte[]> resources, Map<String, String> services) implements Preparation {
            public Ready {
                classes = Map.copyOf(classes);
                resources = Map.copyOf(resources);
                services = Map.copyOf(services);
            }
        }

        /** The files do not compile or do not parse, at their file and line. */
        record Invalid(List<CompileError> errors) implements Preparation {
        }

        /** The code does what the lab's policy refuses. */
        record Rejected(List<PolicyViolation> violations) implements Preparation {
        }
    }

    /**
     * A runtime's part of the Maven project {@code lab pull} writes, besides the lab's own files, the briefing and the
     * visible checks.
     *
     * @param pom           the project's pom.xml, with {@code {{id}}}, {@code {{title}}}, {@code {{repository}}} (the
     *                      shipped repository's folder), {@code {{main-class}}}, {@code {{arguments}}} (the application's
     *                      stand-in secrets, as {@code <argument>} lines) and {@code {{dependencies}}} (the dependencies
     *                      and Fixpoint's jars) to fill in
     * @param readme        the project's README.md, with {@code {{id}}}, {@code {{title}}} and {@code {{editable}}} (the
     *                      editable files, one list item each) to fill in
     * @param repository    a Maven repository folder copied into the project as it is (everything from Maven Central the
     *                      pom needs to build and run offline from an empty local repository), or null when the
     *                      dependencies are all the project needs besides Maven's usual plugins
     * @param dependencies  jars the lab's own code compiles and runs against, shipped in the project's repository
     * @param harness       Fixpoint's jars the visible checks run with, besides the lab API and the lab host
     * @param services      service name to the class the checks' harness starts for it, where that is not the class the
     *                      manifest names
     * @param testResources resource name to content, on the checks' class path
     */
    record Project(String pom, String readme, Path repository, List<Dependency> dependencies, List<Path> harness,
                   Map<String, String> services, Map<String, byte[]> testResources) {
        public Project {
            dependencies = List.copyOf(dependencies);
            harness = List.copyOf(harness);
            services = Map.copyOf(services);
            testResources = Map.copyOf(testResources);
        }
    }

    /**
     * One jar of a pulled project, by the Maven coordinates Fixpoint grades with. A {@code dev.fixpoint} snapshot (the
     * service kit) is versioned by its content when shipped, as the lab API is.
     */
    record Dependency(String groupId, String artifactId, String version, Path jar) {
    }

    /** Every runtime of an installation, found with {@link java.util.ServiceLoader}, by name; two of one name is an installation error. */
    static Map<String, LabRuntime> load(Installation installation) {
        Map<String, LabRuntime> found = new java.util.TreeMap<>();
        for (Provider provider : java.util.ServiceLoader.load(Provider.class, LabRuntime.class.getClassLoader())) {
            if (found.containsKey(provider.name())) {
                throw new IllegalStateException("two lab runtimes are named '" + provider.name() + "'");
            }
            found.put(provider.name(), provider.create(installation));
        }
        return Map.copyOf(found);
    }

    /**
     * The runtimes of an installation that it has a folder for, by name, each with the names a lab may give under
     * {@code libraries:}, for validating catalogs ({@link dev.fixpoint.catalog.LabCatalog#load(java.nio.file.Path, Map)}).
     */
    static Map<String, Set<String>> offered(Installation installation) {
        Map<String, Set<String>> offered = new java.util.TreeMap<>();
        load(installation).forEach((name, runtime) -> {
            try (runtime) {
                offered.put(name, Set.copyOf(runtime.libraryNames()));
            } catch (IllegalStateException e) {
                // No folder for this runtime in the installation: its labs are left out as labs of an unknown runtime.
            }
        });
        return offered;
    }

    /** The names of the runtimes this installation has (their providers on the class path), for validating catalogs. */
    static Set<String> available() {
        Set<String> names = new java.util.TreeSet<>();
        java.util.ServiceLoader.load(Provider.class, LabRuntime.class.getClassLoader()).forEach(provider -> names.add(provider.name()));
        return names;
    }

    /** The runtime's name as written under {@code runtime:} in lab.yaml. */
    String name();

    /** The names a lab of this runtime may give under {@code libraries:}. */
    Set<String> libraryNames();

    /**
     * The jars lab code and checks compile and run against, besides the lab API.
     *
     * @throws dev.fixpoint.catalog.LabFormatException naming each library this runtime does not offer
     */
    List<Path> libraries(Lab lab);

    /**
     * The worker this lab's submissions run in: its class path (the worker, the lab host and API, the libraries and the
     * runtime's warm-up) and the memory its services need above the sandbox's base limits.
     */
    dev.fixpoint.sandbox.WorkerSpec worker(Lab lab);

    /**
     * Turns a submission's editable files into what the worker runs, or says why it cannot run.
     *
     * @param files every editable file of the lab, by path, already checked against the manifest
     */
    Preparation prepare(Lab lab, Map<String, String> files);

    /** Prepares what does not depend on a submission (the lab's fixed code), so that a grading does only the rest. */
    void prepareLab(Lab lab);

    /** Whether {@link #prepareLab} has been done for this lab. */
    boolean prepared(Lab lab);

    /** This runtime's part of the project {@code lab pull} writes for a lab, or empty when its labs cannot be pulled. */
    default java.util.Optional<Project> project(Lab lab) {
        return java.util.Optional.empty();
    }

    /** What in a lab would keep its pulled project from building or running, each naming the file; {@code lab verify} fails on them. */
    default List<String> projectProblems(Lab lab) {
        return List.of();
    }

    @Override
    default void close() {
    }
}
