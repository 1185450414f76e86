package dev.fixpoint.lockdown;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter's decisions, read off the program itself by a small classic-BPF interpreter: what the kernel would
 * answer for each call, without a kernel (KernelBoundaryTests, in the grader, asks the real one).
 */
class SyscallFilterTests {

    private static final int ALLOW = 0x7FFF0000;
    private static final int KILL_PROCESS = 0x80000000;
    private static final int EPERM = 0x00050000 | 1;
    private static final int ENOSYS = 0x00050000 | 38;
    private static final int EAFNOSUPPORT = 0x00050000 | 97;

    /** Runs the program on one struct seccomp_data and returns the action. */
    private static int decide(int arch, int nr, long... args) {
        ByteBuffer data = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        data.putInt(0, nr).putInt(4, arch);
        for (int i = 0; i < args.length; i++) {
            data.putLong(16 + 8 * i, args[i]);
        }
        ByteBuffer program = ByteBuffer.wrap(SyscallFilter.program()).order(ByteOrder.nativeOrder());
        int length = program.capacity() / 8;
        int accumulator = 0;
        for (int pc = 0; pc < length; ) {
            int code = program.getShort(pc * 8) & 0xFFFF;
            int jt = program.get(pc * 8 + 2) & 0xFF;
            int jf = program.get(pc * 8 + 3) & 0xFF;
            int k = program.getInt(pc * 8 + 4);
            switch (code) {
                case 0x20 -> {
                    accumulator = data.getInt(k);
                    pc++;
                }
                case 0x15 -> pc += 1 + (accumulator == k ? jt : jf);
                case 0x35 -> pc += 1 + (Integer.compareUnsigned(accumulator, k) >= 0 ? jt : jf);
                case 0x45 -> pc += 1 + ((accumulator & k) != 0 ? jt : jf);
                case 0x06 -> {
                    return k;
                }
                default -> throw new AssertionError("unexpected instruction " + code + " at " + pc);
            }
        }
        throw new AssertionError("the program ran off its end");
    }

    private static int x86(int nr, long... args) {
        return decide(SyscallFilter.AUDIT_ARCH_X86_64, nr, args);
    }

    @Test
    void theCallsAJvmNeedsAreAllowed() {
        // read, write, mmap, mprotect, futex, epoll_wait, accept, getrandom, exit_group
        for (int nr : new int[] {0, 1, 9, 10, 202, 232, 43, 318, 231}) {
            assertThat(x86(nr)).as("syscall " + nr).isEqualTo(ALLOW);
        }
    }

    @Test
    void everyDeniedCallIsRefusedWithEperm() {
        SyscallFilter.DENIED.forEach((name, nr) -> assertThat(x86(nr)).as(name).isEqualTo(EPERM));
        assertThat(SyscallFilter.DENIED).containsKeys("fork", "vfork", "execve", "execveat", "unshare", "setns", "mount", "pivot_root",
                "chroot", "ptrace", "process_vm_readv", "process_vm_writev", "bpf", "perf_event_open", "keyctl", "userfaultfd",
                "io_uring_setup", "init_module", "finit_module", "kexec_load", "personality", "seccomp", "memfd_create", "shmget");
    }

    @Test
    void cloneMakesThreadsButNeitherProcessesNorNamespaces() {
        long thread = 0x10000 | 0x100 | 0x800 | 0x200 | 0x400 | 0x80000 | 0x200000 | 0x100000 | 0x400000;
        assertThat(x86(56, thread)).isEqualTo(ALLOW);
        assertThat(x86(56, 17 /* SIGCHLD: fork */)).isEqualTo(EPERM);
        assertThat(x86(56, thread | 0x10000000 /* CLONE_NEWUSER */)).isEqualTo(EPERM);
        assertThat(x86(56, thread | 0x00020000 /* CLONE_NEWNS */)).isEqualTo(EPERM);
        assertThat(x86(435)).as("clone3, whose flags no filter can read").isEqualTo(ENOSYS);
    }

    @Test
    void socketsAreLocalOrInternetOnly() {
        assertThat(x86(41, 1)).isEqualTo(ALLOW);
        assertThat(x86(41, 2)).isEqualTo(ALLOW);
        assertThat(x86(41, 10)).isEqualTo(ALLOW);
        assertThat(x86(41, 16 /* netlink */)).isEqualTo(EAFNOSUPPORT);
        assertThat(x86(41, 17 /* packet */)).isEqualTo(EAFNOSUPPORT);
    }

    @Test
    void terminalInputCannotBeFakedButOtherIoctlsWork() {
        assertThat(x86(16, 0, 0x5412)).isEqualTo(EPERM);
        assertThat(x86(16, 0, 0x541C)).isEqualTo(EPERM);
        assertThat(x86(16, 0, 0x541B /* FIONREAD */)).isEqualTo(ALLOW);
    }

    @Test
    void anotherArchitectureOrTheX32AbiKillsTheProcess() {
        assertThat(decide(0xC00000B7 /* aarch64 */, 0)).isEqualTo(KILL_PROCESS);
        assertThat(x86(0x40000000 | 1)).isEqualTo(KILL_PROCESS);
    }

    @Test
    void theProgramFitsTheKernelsLimit() {
        assertThat(SyscallFilter.program().length / 8).isLessThanOrEqualTo(4096);
    }
}
