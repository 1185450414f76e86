import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * A learner who got past every layer above the kernel: started exactly as a worker is (same sandbox, same lockdown),
 * but with native access, so it can make any system call. It locks itself down as the worker does, then tries what
 * issue 10 lists, and prints one line per attack: "name: blocked ..." or "name: ESCAPED ...". It never decides a verdict;
 * the test reads the lines and checks the host from outside.
 *
 * <p>Arguments: the host's loopback port the test listens on, and the path of a file the test planted on the host.
 */
public class NativeAttacker {

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle SYSCALL = LINKER.downcallHandle(LINKER.defaultLookup().find("syscall").orElseThrow(),
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG),
            Linker.Option.captureCallState("errno"), Linker.Option.firstVariadicArg(1));
    private static final MethodHandle MALLOC = LINKER.downcallHandle(LINKER.defaultLookup().find("malloc").orElseThrow(),
            FunctionDescriptor.of(ADDRESS, JAVA_LONG));
    private static final Arena ARENA = Arena.global();

    public static void main(String[] args) throws Throwable {
        int port = Integer.parseInt(args[0]);
        String hostFile = args[1];
        Class<?> lockdown = Class.forName("dev.fixpoint.lockdown.Lockdown");
        lockdown.getMethod("apply").invoke(null);
        report("capabilities", (long) lockdown.getMethod("effectiveCapabilities").invoke(null) == 0, "effective capabilities 0");

        expectErrno("fork", 1, sys(57));
        expectErrno("vfork", 1, sys(58));
        expectErrno("clone-process", 1, sys(56, 17 /* SIGCHLD */, 0, 0, 0, 0));
        expectErrno("clone-new-user-thread", 1, sys(56, 0x10000 | 0x10000000 | 0x100 | 0x800 | 0x200, 0, 0, 0, 0));
        MemorySegment cloneArgs = ARENA.allocate(88, 8);
        expectErrno("clone3", 38, sys(435, cloneArgs.address(), 88));
        MemorySegment java = ARENA.allocateFrom(System.getProperty("java.home") + "/bin/java");
        MemorySegment argv = argv(java);
        expectErrno("execve-jdk-binary", 1, sys(59, java.address(), argv.address(), 0));
        expectErrno("execveat-jdk-binary", 1, sys(322, -100 /* AT_FDCWD */, java.address(), argv.address(), 0, 0));

        Path elf = Path.of("/tmp/native-elf");
        Files.write(elf, tinyElf());
        Files.setPosixFilePermissions(elf, PosixFilePermissions.fromString("rwxr-xr-x"));
        MemorySegment elfPath = ARENA.allocateFrom(elf.toString());
        expectErrno("execve-elf-in-tmp", 1, sys(59, elfPath.address(), argv(elfPath).address(), 0));
        long fd = sys(2 /* open */, elfPath.address(), 0, 0);
        // mmap(NULL, 4096, PROT_READ|PROT_EXEC, MAP_PRIVATE, fd, 0): refused by the noexec mount, whatever the filter says.
        expectErrno("mmap-exec-from-tmp", 1, sys(9, 0, 4096, 1 | 4, 2, fd, 0));

        expectErrno("unshare-user", 1, sys(272, 0x10000000));
        expectErrno("unshare-mount", 1, sys(272, 0x00020000));
        expectErrno("setns", 1, sys(308, 0, 0));
        MemorySegment tmpfs = ARENA.allocateFrom("tmpfs");
        MemorySegment tmp = ARENA.allocateFrom("/tmp");
        expectErrno("mount", 1, sys(165, tmpfs.address(), tmp.address(), tmpfs.address(), 0, 0));
        expectErrno("umount", 1, sys(166, tmp.address(), 2 /* MNT_DETACH */));
        expectErrno("chroot", 1, sys(161, tmp.address()));
        expectErrno("pivot-root", 1, sys(155, tmp.address(), tmp.address()));
        expectErrno("ptrace-traceme", 1, sys(101, 0, 0, 0, 0));
        expectErrno("ptrace-attach-pid-1", 1, sys(101, 16 /* PTRACE_ATTACH */, 1, 0, 0));
        expectErrno("process-vm-readv", 1, sys(310, 1, 0, 0, 0, 0, 0));
        expectErrno("bpf", 1, sys(321, 0, 0, 0));
        expectErrno("perf-event-open", 1, sys(298, 0, 0, -1, -1, 0));
        expectErrno("keyctl", 1, sys(250, 0, 0, 0, 0, 0));
        expectErrno("userfaultfd", 1, sys(323, 0));
        expectErrno("io-uring-setup", 1, sys(425, 8, ARENA.allocate(120, 8).address()));
        expectErrno("finit-module", 1, sys(313, 0, 0, 0));
        expectErrno("kexec-load", 1, sys(246, 0, 0, 0, 0));
        expectErrno("personality", 1, sys(135, 0x0400000 /* READ_IMPLIES_EXEC */));
        expectErrno("memfd-create", 1, sys(319, tmp.address(), 0));
        expectErrno("shmget", 1, sys(29, 0 /* IPC_PRIVATE */, 1 << 20, 01000 | 0600));
        expectErrno("msgget", 1, sys(68, 0, 01000 | 0600));
        expectErrno("socket-netlink", 97, sys(41, 16 /* AF_NETLINK */, 3, 0));
        expectErrno("socket-packet", 97, sys(41, 17 /* AF_PACKET */, 3, 0));
        expectErrno("ioctl-tiocsti", 1, sys(16, 0, 0x5412, ARENA.allocateFrom("x").address()));
        expectErrno("further-seccomp-filter", 1, sys(317, 1, 0, 0));

        expectFailure("write-dev-shm", () -> Files.writeString(Path.of("/dev/shm/pinned"), "x".repeat(1 << 20)));
        expectFailure("write-dev", () -> Files.writeString(Path.of("/dev/planted"), "x"));
        expectFailure("read-host-file", () -> Files.readString(Path.of(hostFile)));
        expectFailure("connect-host-loopback", () -> new java.net.Socket("127.0.0.1", port).close());

        // A single huge reservation is refused outright.
        expectErrno("mmap-8-gib", 12, sys(9, 0, 8L << 30, 3, 0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0));

        // Threads first, then memory, so that each meets its own bound rather than the other's leftovers.
        int threads = 0;
        java.util.List<Thread> started = new java.util.ArrayList<>();
        try {
            while (threads < 100_000) {
                Thread thread = new Thread(() -> {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        // Ends with the process.
                    }
                });
                thread.setDaemon(true);
                thread.start();
                started.add(thread);
                threads++;
            }
        } catch (Throwable t) {
            // The limit was reached.
        }
        print("thread-bomb: stopped after " + threads + " threads");
        for (Thread thread : started) {
            thread.interrupt();
            thread.join();
        }
        // Memory from native code: malloc and touch 1 MiB at a time until the address-space limit says no. The JVM's own
        // allocations may hit the limit first and end the process: that is the bound holding too.
        long mib = 0;
        while (mib < 64 * 1024) {
            MemorySegment block = (MemorySegment) MALLOC.invokeExact(1L << 20);
            if (block.equals(MemorySegment.NULL)) {
                break;
            }
            block.reinterpret(1L << 20).fill((byte) 1);
            mib++;
        }
        print("native-memory-bomb: stopped after " + mib + " MiB");
        Runtime.getRuntime().halt(0);
    }

    /** A raw system call with up to six arguments; the result, or -errno. */
    private static long sys(long number, long... arguments) throws Throwable {
        long[] a = new long[6];
        System.arraycopy(arguments, 0, a, 0, arguments.length);
        MemorySegment state = ARENA.allocate(STATE);
        long result = (long) SYSCALL.invokeExact(state, number, a[0], a[1], a[2], a[3], a[4], a[5]);
        return result == -1 ? -(int) ERRNO.get(state, 0L) : result;
    }

    private static void expectErrno(String attack, int errno, long result) {
        report(attack, result == -errno, result < 0 ? "errno " + -result : "returned " + result);
    }

    private interface Attempt {
        void run() throws Exception;
    }

    private static void expectFailure(String attack, Attempt attempt) {
        try {
            attempt.run();
            report(attack, false, "it worked");
        } catch (Exception e) {
            report(attack, true, e.getClass().getSimpleName());
        }
    }

    private static void report(String attack, boolean blocked, String detail) {
        print(attack + ": " + (blocked ? "blocked" : "ESCAPED") + " (" + detail + ")");
    }

    /** Each line at once: an attack that ends the process must not take the earlier lines with it. */
    private static void print(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static MemorySegment argv(MemorySegment program) {
        MemorySegment argv = ARENA.allocate(ADDRESS, 2);
        argv.setAtIndex(ADDRESS, 0, program);
        argv.setAtIndex(ADDRESS, 1, MemorySegment.NULL);
        return argv;
    }

    /** A 141-byte x86_64 ELF that calls unshare(CLONE_NEWUSER) and exits with its result: what the review ran. */
    private static byte[] tinyElf() {
        java.nio.ByteBuffer elf = java.nio.ByteBuffer.allocate(141).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        elf.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}).putLong(0);
        elf.putShort((short) 2).putShort((short) 0x3e).putInt(1).putLong(0x400078).putLong(64).putLong(0);
        elf.putInt(0).putShort((short) 64).putShort((short) 56).putShort((short) 1).putShort((short) 0).putShort((short) 0).putShort((short) 0);
        elf.putInt(1).putInt(5).putLong(0).putLong(0x400000).putLong(0x400000).putLong(141).putLong(141).putLong(0x1000);
        // mov edi, 0x10000000; mov eax, 272; syscall; mov edi, eax; mov eax, 60; syscall
        elf.put(new byte[] {(byte) 0xbf, 0, 0, 0, 0x10, (byte) 0xb8, 0x10, 1, 0, 0, 0x0f, 0x05, (byte) 0x89, (byte) 0xc7,
                (byte) 0xb8, 0x3c, 0, 0, 0, 0x0f, 0x05});
        return elf.array();
    }
}
