package dev.fixpoint.sandbox;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The kernel boundary alone, with every layer above it gone: {@code attacks/NativeAttacker.java} runs in a worker's
 * sandbox, started with the worker's own command line and lockdown, but with native access, so that it can make any
 * system call the bytecode policy and the JVM would have kept from it. Every attack must be refused by the kernel,
 * memory and threads must stop at their bounds without a cgroup, and the host must be unchanged. It runs as the test's
 * user and, when that is root, again as the unprivileged user 65534, which is how a laptop install runs.
 */
@Tag("sandbox")
@Tag("process")
class KernelBoundaryTests {

    /** Outside the checkout, which may sit in a home folder uid 65534 cannot enter; removed afterwards. */
    private static Path WORK;
    private static final List<String> ATTACKS = List.of("capabilities", "fork", "vfork", "clone-process", "clone-new-user-thread", "clone3",
            "execve-jdk-binary", "execveat-jdk-binary", "execve-elf-in-tmp", "mmap-exec-from-tmp", "unshare-user", "unshare-mount", "setns",
            "mount", "umount", "chroot", "pivot-root", "ptrace-traceme", "ptrace-attach-pid-1", "process-vm-readv", "bpf", "perf-event-open",
            "keyctl", "userfaultfd", "io-uring-setup", "finit-module", "kexec-load", "personality", "memfd-create", "shmget", "msgget",
            "socket-netlink", "socket-packet", "ioctl-tiocsti", "further-seccomp-filter", "write-dev-shm", "write-dev", "read-host-file",
            "connect-host-loopback", "mmap-8-gib");

    private static SandboxSettings settings;
    private static Path lockdown;
    private static Path attacker;

    @BeforeAll
    static void compileTheAttacker() throws IOException {
        assumeTrue(SandboxFixture.bubblewrapInstalled(), "bubblewrap is installed");
        Optional<Path> module = LockdownModule.locate();
        assumeTrue(module.isPresent(), "Fixpoint was built with its worker lockdown (JDK 22 or later)");
        WORK = Files.createTempDirectory("fixpoint-kernel-boundary-");
        Files.setPosixFilePermissions(WORK, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        // A copy: uid 65534 may not read the local Maven repository under root's home (a classes folder, in a build
        // that has not packaged the module, is used where it is).
        lockdown = Files.isDirectory(module.get()) ? module.get()
                : Files.copy(module.get(), WORK.resolve("lockdown.jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        settings = SandboxSettings.defaults();
        attacker = Files.createDirectories(WORK.resolve("classes"));
        Files.setPosixFilePermissions(attacker, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Path source = WORK.resolve("NativeAttacker.java");
        try (var in = KernelBoundaryTests.class.getResourceAsStream("/attacks/NativeAttacker.java")) {
            Files.write(source, in.readAllBytes());
        }
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", Integer.toString(Runtime.version().feature()),
                "-d", attacker.toString(), source.toString());
        assertThat(compiled).as("the attacker compiles").isZero();
    }

    @AfterAll
    static void removeTheCopies() throws IOException {
        if (WORK == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(WORK)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"the test's user", "uid 65534"})
    void everyAttackFromNativeCodeIsRefusedByTheKernelAndTheHostIsUnchanged(String who) throws Exception {
        boolean asNobody = who.equals("uid 65534");
        assumeTrue(!asNobody || "root".equals(System.getProperty("user.name")), "only root can drop to uid 65534");
        Path planted = Files.writeString(WORK.resolve("host-secret-" + UUID.randomUUID()), "host secret");
        Set<String> sharedMemoryBefore = listing(Path.of("/dev/shm"));
        List<String> lines;
        int connections;
        try (LoopbackListener listener = LoopbackListener.open()) {
            lines = attack(asNobody, listener.port(), planted);
            connections = listener.connections();
        }

        System.out.println("kernel boundary, " + who + ":\n" + String.join("\n", lines));
        List<String> escaped = lines.stream().filter(line -> line.contains("ESCAPED")).toList();
        assertThat(escaped).as(String.join("\n", lines)).isEmpty();
        for (String attack : ATTACKS) {
            assertThat(lines).as("the attacker reports " + attack + "\n" + String.join("\n", lines)).anyMatch(line -> line.startsWith(attack + ": blocked"));
        }
        if (lines.stream().anyMatch(line -> line.startsWith("native-memory-bomb: "))) {
            long mib = number(lines, "native-memory-bomb: stopped after ");
            assertThat(mib).as("native memory stops at the address-space bound").isLessThan(settings.addressSpaceMiB());
        } else {
            // The JVM's own allocations met the bound first and it ended: contained all the same.
            assertThat(lines).as("the worker ended at its memory bound").anyMatch(line -> line.contains("insufficient memory for the Java Runtime"));
        }
        lines.stream().filter(line -> line.startsWith("thread-bomb: ")).findFirst().ifPresent(line ->
                assertThat(number(lines, "thread-bomb: stopped after ")).as("threads stop at a bound").isLessThan(4_000));
        assertThat(connections).as("connections to the host's loopback listener").isZero();
        assertThat(listing(Path.of("/dev/shm"))).as("the host's shared memory").isEqualTo(sharedMemoryBefore);
        assertThat(ProcessHandle.current().descendants().filter(process -> process.info().commandLine().orElse("").contains("NativeAttacker")))
                .as("nothing of the attacker outlives it").isEmpty();
    }

    /** Runs the attacker in a worker's sandbox and returns what it printed. */
    private static List<String> attack(boolean asNobody, int port, Path planted) throws Exception {
        List<String> command = new ArrayList<>();
        if (asNobody) {
            command.addAll(List.of("setpriv", "--reuid", "65534", "--regid", "65534", "--clear-groups", "--"));
        }
        List<String> worker = WorkerCommand.bubblewrap(settings, new WorkerSpec(List.of(attacker)), HostLibraries.of(settings.javaHome()),
                Runtime.version().feature(), 0, Optional.empty(), Optional.of(lockdown), List.of(Integer.toString(port), planted.toString()));
        // The attacker in the worker's place, granted the native access the worker's own code never is.
        worker.set(worker.indexOf(WorkerCommand.WORKER_MAIN), "NativeAttacker");
        worker.add(worker.lastIndexOf("-cp"), "--enable-native-access=ALL-UNNAMED");
        command.addAll(worker);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readNBytes(256 * 1024);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the attacker ends").isTrue();
        return new String(output, StandardCharsets.UTF_8).lines().toList();
    }

    private static long number(List<String> lines, String prefix) {
        String line = lines.stream().filter(text -> text.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + prefix + "...' in\n" + String.join("\n", lines)));
        return Long.parseLong(line.substring(prefix.length()).split(" ")[0]);
    }

    private static Set<String> listing(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Path::toString).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }
}
