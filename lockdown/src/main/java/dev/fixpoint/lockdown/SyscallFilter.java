package dev.fixpoint.lockdown;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The worker's seccomp program, in classic BPF: what a worker may never do once it is up, whatever code runs in it.
 * A deny list rather than an allow list, because the JVM's own needs vary by release and flags while what it must
 * never do does not; the kernel's per-syscall action cache makes every syscall the program does not inspect cost
 * nothing after its first call.
 *
 * <p>Refused with EPERM: new processes and programs (fork, vfork, clone without CLONE_THREAD or with a namespace flag,
 * execve, execveat), namespaces and mounts, ptrace and cross-process memory, bpf, perf events, keyrings, userfaultfd,
 * io_uring, kernel modules, kexec, personality, further seccomp filters, memfd and System V / POSIX IPC (memory that
 * outlives no limit), sockets other than Unix, IPv4 and IPv6, terminal input injection (TIOCSTI, TIOCLINUX), and the
 * host administration calls. clone3 answers ENOSYS, because its flags sit in memory a filter cannot read: the C library
 * then falls back to clone, whose flags the filter checks. Another architecture, or the x32 ABI, kills the process.
 */
public final class SyscallFilter {

    /** The only architecture whose numbers this program carries (AUDIT_ARCH_X86_64). */
    static final int AUDIT_ARCH_X86_64 = 0xC000003E;
    private static final int X32_SYSCALL_BIT = 0x40000000;

    private static final int RET_KILL_PROCESS = 0x80000000;
    private static final int RET_ERRNO = 0x00050000;
    private static final int RET_ALLOW = 0x7FFF0000;
    private static final int EPERM = 1;
    private static final int ENOSYS = 38;
    private static final int EAFNOSUPPORT = 97;

    // Classic BPF opcodes (linux/filter.h).
    private static final short LD_W_ABS = 0x20;
    private static final short JEQ_K = 0x15;
    private static final short JGE_K = 0x35;
    private static final short JSET_K = 0x45;
    private static final short RET_K = 0x06;

    // Offsets in struct seccomp_data: nr, arch, instruction pointer, then six 64-bit arguments (low half first).
    private static final int NR = 0;
    private static final int ARCH = 4;

    private static final int CLONE_THREAD = 0x00010000;
    /** CLONE_NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET, and CLONE_NEWTIME (a low bit). */
    private static final int CLONE_NAMESPACES = 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000
            | 0x40000000 | 0x00000080;
    private static final int TIOCSTI = 0x5412;
    private static final int TIOCLINUX = 0x541C;
    private static final int AF_UNIX = 1;
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;

    /** x86_64 numbers (asm/unistd_64.h) of the calls refused outright, by name. */
    static final Map<String, Integer> DENIED = deniedX86_64();

    private static final int NR_CLONE = 56;
    private static final int NR_CLONE3 = 435;
    private static final int NR_SOCKET = 41;
    private static final int NR_IOCTL = 16;

    private final List<long[]> program = new ArrayList<>();

    private SyscallFilter() {
    }

    /** Whether this machine's architecture is one the filter has syscall numbers for. */
    public static boolean supportsThisMachine() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return System.getProperty("os.name", "").equals("Linux") && (arch.equals("amd64") || arch.equals("x86_64"));
    }

    /** The program as the kernel takes it: an array of struct sock_filter (8 bytes each, native byte order). */
    public static byte[] program() {
        SyscallFilter filter = new SyscallFilter();
        filter.build();
        ByteBuffer bytes = ByteBuffer.allocate(filter.program.size() * 8).order(ByteOrder.nativeOrder());
        for (long[] instruction : filter.program) {
            bytes.putShort((short) instruction[0]).put((byte) instruction[1]).put((byte) instruction[2]).putInt((int) instruction[3]);
        }
        return bytes.array();
    }

    private void build() {
        load(ARCH);
        jump(JEQ_K, AUDIT_ARCH_X86_64, 1, 0);
        ret(RET_KILL_PROCESS);
        load(NR);
        jump(JGE_K, X32_SYSCALL_BIT, 0, 1);
        ret(RET_KILL_PROCESS);

        // clone: threads only, and never into new namespaces.
        jump(JEQ_K, NR_CLONE, 0, 5);
        load(argument(0));
        jump(JSET_K, CLONE_THREAD, 0, 2);
        jump(JSET_K, CLONE_NAMESPACES, 1, 0);
        ret(RET_ALLOW);
        ret(RET_ERRNO | EPERM);

        jump(JEQ_K, NR_CLONE3, 0, 1);
        ret(RET_ERRNO | ENOSYS);

        // socket: local and internet families only (the worker's network namespace holds nothing but its loopback).
        jump(JEQ_K, NR_SOCKET, 0, 6);
        load(argument(0));
        jump(JEQ_K, AF_UNIX, 2, 0);
        jump(JEQ_K, AF_INET, 1, 0);
        jump(JEQ_K, AF_INET6, 0, 1);
        ret(RET_ALLOW);
        ret(RET_ERRNO | EAFNOSUPPORT);

        // ioctl: no faking input on a terminal the worker might share.
        jump(JEQ_K, NR_IOCTL, 0, 5);
        load(argument(1));
        jump(JEQ_K, TIOCSTI, 2, 0);
        jump(JEQ_K, TIOCLINUX, 1, 0);
        ret(RET_ALLOW);
        ret(RET_ERRNO | EPERM);

        for (int number : DENIED.values()) {
            jump(JEQ_K, number, 0, 1);
            ret(RET_ERRNO | EPERM);
        }
        ret(RET_ALLOW);
    }

    /** Offset of the low 32 bits of argument {@code index} (little-endian, as on x86_64). */
    private static int argument(int index) {
        return 16 + 8 * index;
    }

    private void load(int offset) {
        program.add(new long[] {LD_W_ABS, 0, 0, offset});
    }

    private void jump(short code, int value, int ifTrue, int ifFalse) {
        program.add(new long[] {code, ifTrue, ifFalse, value & 0xFFFFFFFFL});
    }

    private void ret(int action) {
        program.add(new long[] {RET_K, 0, 0, action & 0xFFFFFFFFL});
    }

    private static Map<String, Integer> deniedX86_64() {
        Map<String, Integer> denied = new TreeMap<>();
        Object[] table = {
                "fork", 57, "vfork", 58, "execve", 59, "execveat", 322,
                "unshare", 272, "setns", 308, "mount", 165, "umount2", 166, "pivot_root", 155, "chroot", 161,
                "fsopen", 430, "fsconfig", 431, "fsmount", 432, "fspick", 433, "move_mount", 429, "open_tree", 428, "mount_setattr", 442,
                "ptrace", 101, "process_vm_readv", 310, "process_vm_writev", 311, "kcmp", 312, "pidfd_getfd", 438, "process_madvise", 440,
                "bpf", 321, "perf_event_open", 298, "keyctl", 250, "add_key", 248, "request_key", 249, "userfaultfd", 323,
                "io_uring_setup", 425, "io_uring_enter", 426, "io_uring_register", 427,
                "init_module", 175, "finit_module", 313, "delete_module", 176, "kexec_load", 246, "kexec_file_load", 320,
                "personality", 135, "seccomp", 317, "memfd_create", 319, "memfd_secret", 447,
                "shmget", 29, "shmat", 30, "shmctl", 31, "semget", 64, "msgget", 68, "mq_open", 240,
                "open_by_handle_at", 304, "name_to_handle_at", 303, "fanotify_init", 300, "move_pages", 279, "migrate_pages", 256,
                "swapon", 167, "swapoff", 168, "reboot", 169, "acct", 163, "quotactl", 179, "quotactl_fd", 443, "syslog", 103,
                "iopl", 172, "ioperm", 173, "settimeofday", 164, "clock_settime", 227, "adjtimex", 159, "clock_adjtime", 305,
                "sethostname", 170, "setdomainname", 171, "lookup_dcookie", 212, "uselib", 134, "vhangup", 153,
                "mknod", 133, "mknodat", 259,
        };
        for (int i = 0; i < table.length; i += 2) {
            denied.put((String) table[i], (Integer) table[i + 1]);
        }
        return denied;
    }
}
