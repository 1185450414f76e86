package dev.fixpoint.sandbox;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The command line that starts one worker: rlimits, then bubblewrap (when isolating), then the JVM. */
final class WorkerCommand {

    static final String WORKER_MAIN = "dev.fixpoint.worker.WorkerMain";
    /** The module that locks a worker down from the inside, and the system property that tells the worker to use it. */
    static final String LOCKDOWN_MODULE = "dev.fixpoint.lockdown";
    private static final String JDK = "/jdk";
    private static final String AOT = "/fixpoint/aot";
    private static final String LOCKDOWN_JAR = "/fixpoint/lockdown.jar";
    private static final String SET_UP_AOT = "/fixpoint/set-up-aot";
    /**
     * In every worker's environment: javac reads JDK_JAVAC_OPTIONS, in a process or in the JVM, and refuses an
     * invalid flag, so that H2 (which {@code -Dh2.javaSystemCompiler=false} keeps off the javax.tools compiler)
     * cannot compile the Java source of {@code CREATE ALIAS ... AS} or {@code CREATE TRIGGER ... AS}.
     */
    /** The worker's argument that skips its runtime's warm-up (see {@link SandboxSettings#warmUp()}). */
    static final String NO_WARM_UP = "--no-warm-up";
    static final String JAVAC_OPTIONS = "JDK_JAVAC_OPTIONS";
    static final String NO_JAVAC = "--fixpoint-refuses-java-source-in-the-database";

    private WorkerCommand() {
    }

    /**
     * The JVM flags every worker gets, sandboxed or not. The JVM's own messages (such as the one before it exits
     * on running out of memory) go to standard error: standard output is the protocol channel.
     */
    static List<String> jvmFlags(SandboxSettings settings, int javaFeature, String tmpDir) {
        // The class space is reserved, not used: an AOT cache must fit in it, and a Spring Boot worker's (some 66 MiB of
        // classes) did not fit in 64 MiB, so its workers started without one. 80 MiB is the most the JVM grants beside a
        // 96 MiB metaspace (it cuts a larger request down to that, with a warning in every worker's output).
        List<String> flags = new ArrayList<>(List.of(
                "-Xmx" + settings.heapMiB() + "m", "-Xss512k", "-XX:MaxMetaspaceSize=96m",
                "-XX:MaxDirectMemorySize=16m", "-XX:ReservedCodeCacheSize=32m", "-XX:CompressedClassSpaceSize=80m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:-UsePerfData", "-XX:+DisableAttachMechanism",
                "-XX:+ExitOnOutOfMemoryError", "-XX:+DisplayVMOutputToStderr", "-Xlog:disable", "-Xlog:all=warning:stderr",
                "-Djava.io.tmpdir=" + tmpDir, "-Dfile.encoding=UTF-8", "-Djdk.lang.Process.launchMechanism=POSIX_SPAWN",
                // H2 refuses Java functions in lab databases: no class may be named in SQL (CREATE ALIAS ... FOR, triggers,
                // aggregates), and source (CREATE ALIAS ... AS) goes to a javac that NO_JAVAC stops.
                "-Dh2.allowedClasses=", "-Dh2.javaSystemCompiler=false"));
        if (javaFeature >= 24) {
            flags.add("--illegal-native-access=deny");
        }
        if (javaFeature >= 23) {
            flags.add("--sun-misc-unsafe-memory-access=deny");
        }
        return flags;
    }

    /**
     * The rlimits prefix.
     *
     * @param maxUserTasks a limit on all tasks of the user (RLIMIT_NPROC), for when no cgroup bounds the worker's
     *                     tasks; 0 for none
     */
    static List<String> rlimits(SandboxSettings settings, long maxUserTasks) {
        // The address space bounds a worker's memory (and so its threads' stacks) where no cgroup can: JVMs reserve far more
        // than they use, which is why the C library is told to keep few malloc arenas and the limit sits well above the heap.
        List<String> command = new ArrayList<>(List.of("prlimit", "--cpu=" + settings.cpuSeconds(), "--nofile=" + settings.maxOpenFiles(),
                "--fsize=" + (settings.scratchMiB() * 1024L * 1024L), "--core=0", "--as=" + (settings.addressSpaceMiB() * 1024L * 1024L)));
        if (maxUserTasks > 0) {
            command.add("--nproc=" + maxUserTasks);
        }
        command.add("--");
        return command;
    }

    /**
     * A worker inside bubblewrap: its own namespaces, no network but loopback, only the JDK and its jars, no nested user
     * namespaces, a read-only /dev. With the lockdown module, {@code SandboxInit} runs first (with CAP_SYS_ADMIN in the
     * sandbox's user namespace alone) to mount a noexec /tmp, then becomes the worker, which holds no capabilities and
     * installs its seccomp filter before any submitted code is loaded.
     */
    static List<String> bubblewrap(SandboxSettings settings, WorkerSpec spec, List<Path> hostLibraries, int javaFeature, long maxUserTasks,
                                   Optional<AotCache.Use> aot, Optional<Path> lockdown, List<String> workerArguments) {
        return bubblewrap(settings, spec, hostLibraries, javaFeature, maxUserTasks, aot, lockdown, Optional.empty(), workerArguments);
    }

    /**
     * The same, with an AOT cache for the set-up JVM ({@code setUpAot}, used only with {@code lockdown}). While that cache
     * is trained (a step other than USE), the set-up JVM does everything but become the worker: it is told to start a
     * program that does not exist, so that it ends, recording what it loaded up to the exec.
     */
    static List<String> bubblewrap(SandboxSettings settings, WorkerSpec spec, List<Path> hostLibraries, int javaFeature, long maxUserTasks,
                                   Optional<AotCache.Use> aot, Optional<Path> lockdown, Optional<AotCache.Use> setUpAot,
                                   List<String> workerArguments) {
        List<String> command = new ArrayList<>(rlimits(settings, maxUserTasks));
        command.addAll(List.of(settings.bubblewrap(), "--unshare-all", "--unshare-user", "--disable-userns", "--die-with-parent",
                "--new-session", "--uid", "65534", "--gid", "65534", "--cap-drop", "ALL"));
        if (lockdown.isPresent()) {
            command.addAll(List.of("--cap-add", "CAP_SYS_ADMIN"));
        }
        command.addAll(List.of("--ro-bind", settings.javaHome().toString(), JDK));
        if (Files.exists(settings.javaHome().resolve("lib/jspawnhelper"))) {
            // Nothing to start processes with, should code get past both the policy and the kernel filter.
            command.addAll(List.of("--ro-bind", "/dev/null", JDK + "/lib/jspawnhelper"));
        }
        for (String link : new String[] {"lib", "lib64"}) {
            Path hostPath = Path.of("/" + link);
            if (Files.isSymbolicLink(hostPath)) {
                command.addAll(List.of("--symlink", "usr/" + link, "/" + link));
            }
        }
        for (Path library : hostLibraries) {
            command.addAll(List.of("--ro-bind", realPath(library), mountPath(library)));
        }
        List<String> classPath = new ArrayList<>();
        for (int i = 0; i < spec.classPath().size(); i++) {
            Path entry = spec.classPath().get(i);
            String inside = "/fixpoint/cp/" + i + (Files.isDirectory(entry) ? "" : ".jar");
            command.addAll(List.of("--ro-bind", entry.toString(), inside));
            classPath.add(inside);
        }
        lockdown.ifPresent(jar -> command.addAll(List.of("--ro-bind", jar.toString(), LOCKDOWN_JAR)));
        aot.ifPresent(use -> command.addAll(List.of(use.writable() ? "--bind" : "--ro-bind", use.dir().toString(), AOT)));
        Optional<AotCache.Use> initAot = setUpAot.filter(use -> lockdown.isPresent());
        initAot.ifPresent(use -> command.addAll(List.of(use.writable() ? "--bind" : "--ro-bind", use.dir().toString(), SET_UP_AOT)));
        String scratchBytes = Long.toString(settings.scratchMiB() * 1024L * 1024L);
        command.addAll(List.of("--size", scratchBytes, "--tmpfs", "/tmp",
                "--dev", "/dev", "--remount-ro", "/dev", "--clearenv",
                "--setenv", "LD_LIBRARY_PATH", JDK + "/lib:" + JDK + "/lib/server",
                "--setenv", "MALLOC_ARENA_MAX", "2",
                "--setenv", "HOME", "/tmp", "--setenv", "LANG", "C.UTF-8", "--setenv", JAVAC_OPTIONS, NO_JAVAC, "--chdir", "/tmp"));
        if (lockdown.isPresent()) {
            command.addAll(initFlags(LOCKDOWN_JAR, initAot));
            command.addAll(List.of("--tmpfs", "/tmp", scratchBytes, "--"));
            if (initAot.isPresent() && initAot.get().writable()) {
                command.add("/fixpoint/set-up-training-ends-here");
                return command;
            }
        }
        command.add(JDK + "/bin/java");
        command.addAll(jvmFlags(settings, javaFeature, "/tmp"));
        aot.ifPresent(use -> command.addAll(use.jvmFlags(AOT)));
        lockdown.ifPresent(jar -> command.addAll(lockdownFlags(LOCKDOWN_JAR, "required")));
        command.addAll(List.of("-cp", String.join(":", classPath), WORKER_MAIN));
        command.addAll(workerArguments);
        return command;
    }

    /**
     * A command (a worker's, for training an AOT cache) at the lowest CPU priority, so that it only takes CPU nothing else
     * wants: in a session of its own (setsid, which also detaches it from any terminal) whose scheduler autogroup gets nice 19
     * where the kernel groups tasks by session (Linux's autogroups: there a process's own nice value only ranks it within its
     * session), and itself at nice 19 for kernels that do not. Bubblewrap's --new-session is left out: a second new session
     * would be a new autogroup at the default priority.
     */
    static List<String> atLowestPriority(List<String> command) {
        List<String> prioritised = new ArrayList<>(List.of("setsid", "/bin/sh", "-c",
                "{ echo 19 > /proc/self/autogroup; } 2>/dev/null; exec nice -n 19 \"$@\"", "sh"));
        prioritised.addAll(command);
        prioritised.remove("--new-session");
        return prioritised;
    }

    /**
     * The small JVM that runs {@code SandboxInit} before it becomes the worker. It runs a few hundred milliseconds of code
     * once: interpreted, without the cost of compiling any of it (measured: 189 ms of CPU with C1, 150 ms without).
     */
    private static List<String> initFlags(String lockdownJar, Optional<AotCache.Use> aot) {
        List<String> flags = new ArrayList<>(List.of(JDK + "/bin/java"));
        // With its AOT cache, the FFM linker's classes and the module come loaded and linked (measured: 180 ms of CPU without, 113 with).
        // "auto": a cache the JVM cannot use is ignored, and the worker starts anyway, a little later.
        flags.addAll(aot.map(use -> use.step() == AotCache.Step.USE
                ? List.of("-XX:AOTMode=auto", "-XX:AOTCache=" + SET_UP_AOT + "/" + AotCache.CACHE) : use.jvmFlags(SET_UP_AOT))
                .orElse(List.of("-Xshare:auto")));
        flags.addAll(setUpJvmFlags());
        flags.addAll(List.of("--module-path", lockdownJar, "--enable-native-access=" + LOCKDOWN_MODULE,
                "-m", LOCKDOWN_MODULE + "/" + LOCKDOWN_MODULE + ".SandboxInit"));
        return flags;
    }

    /** The set-up JVM's own flags, which its AOT cache depends on. */
    static List<String> setUpJvmFlags() {
        return List.of("-Xint", "-Xmx16m", "-Xss256k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData",
                "-XX:+DisableAttachMechanism", "-XX:ReservedCodeCacheSize=16m", "-XX:CompressedClassSpaceSize=16m", "-Xlog:disable",
                "-Xlog:all=warning:stderr");
    }

    /**
     * The worker's lockdown: the module on its module path, the only code granted native access, and the order to use it
     * ({@code required}: the filter and no capabilities; {@code filter}: the filter).
     */
    static List<String> lockdownFlags(String lockdownJar, String mode) {
        return List.of("--module-path", lockdownJar, "--add-modules", LOCKDOWN_MODULE, "--enable-native-access=" + LOCKDOWN_MODULE,
                "-Dfixpoint.worker.lockdown=" + mode);
    }

    /** A worker as a plain child process: the same JVM flags and rlimits, none of the namespaces. */
    static List<String> plainProcess(SandboxSettings settings, WorkerSpec spec, int javaFeature, Path scratch, long maxUserTasks,
                                     Optional<AotCache.Use> aot, Optional<Path> lockdown, List<String> workerArguments) {
        List<String> command = new ArrayList<>(rlimits(settings, maxUserTasks));
        command.add(settings.javaHome().resolve("bin/java").toString());
        command.addAll(jvmFlags(settings, javaFeature, scratch.toString()));
        aot.ifPresent(use -> command.addAll(use.jvmFlags(use.dir().toString())));
        // A plain process may run as root with every capability: only the filter can be had, and isolation is reduced anyway.
        lockdown.ifPresent(jar -> command.addAll(lockdownFlags(jar.toString(), "filter")));
        command.addAll(List.of("-cp", String.join(File.pathSeparator, spec.classPath().stream().map(Path::toString).toList()), WORKER_MAIN));
        command.addAll(workerArguments);
        return command;
    }

    /** Where a host library is mounted: its path with a leading /lib or /lib64 spelled out as /usr/lib. */
    private static String mountPath(Path library) {
        String path = library.toString();
        for (String link : new String[] {"/lib64/", "/lib/"}) {
            if (path.startsWith(link) && Files.isSymbolicLink(Path.of(link.substring(0, link.length() - 1)))) {
                return "/usr" + path;
            }
        }
        return path;
    }

    private static String realPath(Path path) {
        try {
            return path.toRealPath().toString();
        } catch (java.io.IOException e) {
            return path.toString();
        }
    }
}
