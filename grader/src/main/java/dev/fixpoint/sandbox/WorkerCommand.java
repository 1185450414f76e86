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
    private static final String JDK = "/jdk";
    private static final String AOT = "/fixpoint/aot";
    /**
     * In every worker's environment: javac reads JDK_JAVAC_OPTIONS, in a process or in the JVM, and refuses an
     * invalid flag, so that H2 (which {@code -Dh2.javaSystemCompiler=false} keeps off the javax.tools compiler)
     * cannot compile the Java source of {@code CREATE ALIAS ... AS} or {@code CREATE TRIGGER ... AS}.
     */
    static final String JAVAC_OPTIONS = "JDK_JAVAC_OPTIONS";
    static final String NO_JAVAC = "--fixpoint-refuses-java-source-in-the-database";

    private WorkerCommand() {
    }

    /**
     * The JVM flags every worker gets, sandboxed or not. The JVM's own messages (such as the one before it exits
     * on running out of memory) go to standard error: standard output is the protocol channel.
     */
    static List<String> jvmFlags(SandboxSettings settings, int javaFeature, String tmpDir) {
        List<String> flags = new ArrayList<>(List.of(
                "-Xmx" + settings.heapMiB() + "m", "-Xss512k", "-XX:MaxMetaspaceSize=96m",
                "-XX:MaxDirectMemorySize=16m", "-XX:ReservedCodeCacheSize=32m", "-XX:+UseSerialGC",
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
        List<String> command = new ArrayList<>(List.of("prlimit", "--cpu=" + settings.cpuSeconds(), "--nofile=" + settings.maxOpenFiles(),
                "--fsize=" + (settings.scratchMiB() * 1024L * 1024L), "--core=0"));
        if (maxUserTasks > 0) {
            command.add("--nproc=" + maxUserTasks);
        }
        command.add("--");
        return command;
    }

    /** A worker inside bubblewrap: its own namespaces, no network but loopback, only the JDK and its jars. */
    static List<String> bubblewrap(SandboxSettings settings, WorkerSpec spec, List<Path> hostLibraries, int javaFeature, long maxUserTasks,
                                   Optional<AotCache.Use> aot) {
        List<String> command = new ArrayList<>(rlimits(settings, maxUserTasks));
        command.addAll(List.of(settings.bubblewrap(), "--unshare-all", "--die-with-parent", "--new-session",
                "--uid", "65534", "--gid", "65534", "--cap-drop", "ALL",
                "--ro-bind", settings.javaHome().toString(), JDK));
        if (Files.exists(settings.javaHome().resolve("lib/jspawnhelper"))) {
            // Nothing to start processes with, should code get past the bytecode policy.
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
        aot.ifPresent(use -> command.addAll(List.of(use.writable() ? "--bind" : "--ro-bind", use.dir().toString(), AOT)));
        command.addAll(List.of("--size", Long.toString(settings.scratchMiB() * 1024L * 1024L), "--tmpfs", "/tmp",
                "--dev", "/dev", "--clearenv",
                "--setenv", "LD_LIBRARY_PATH", JDK + "/lib:" + JDK + "/lib/server",
                "--setenv", "HOME", "/tmp", "--setenv", "LANG", "C.UTF-8", "--setenv", JAVAC_OPTIONS, NO_JAVAC, "--chdir", "/tmp",
                JDK + "/bin/java"));
        command.addAll(jvmFlags(settings, javaFeature, "/tmp"));
        aot.ifPresent(use -> command.addAll(use.jvmFlags(AOT)));
        command.addAll(List.of("-cp", String.join(":", classPath), WORKER_MAIN));
        return command;
    }

    /** A worker as a plain child process: the same JVM flags and rlimits, none of the namespaces. */
    static List<String> plainProcess(SandboxSettings settings, WorkerSpec spec, int javaFeature, Path scratch, long maxUserTasks,
                                     Optional<AotCache.Use> aot) {
        List<String> command = new ArrayList<>(rlimits(settings, maxUserTasks));
        command.add(settings.javaHome().resolve("bin/java").toString());
        command.addAll(jvmFlags(settings, javaFeature, scratch.toString()));
        aot.ifPresent(use -> command.addAll(use.jvmFlags(use.dir().toString())));
        command.addAll(List.of("-cp", String.join(File.pathSeparator, spec.classPath().stream().map(Path::toString).toList()), WORKER_MAIN));
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
