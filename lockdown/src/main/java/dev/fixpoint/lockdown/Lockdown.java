package dev.fixpoint.lockdown;

/**
 * Locks the calling JVM down for good: no new privileges, and the {@link SyscallFilter} on every thread. A worker
 * calls it before any submitted code is loaded; calling it again only stacks the same filter (or fails, since the
 * filter refuses further filters), so nothing here can give a right back.
 */
public final class Lockdown {

    private Lockdown() {
    }

    /**
     * Applies the lockdown to every thread of this process.
     *
     * @throws IllegalStateException naming what failed, when the kernel refused or this machine is not supported
     */
    public static void apply() {
        if (!SyscallFilter.supportsThisMachine()) {
            throw new IllegalStateException("the kernel filter has syscall numbers for Linux on x86_64 only, not "
                    + System.getProperty("os.name") + " on " + System.getProperty("os.arch"));
        }
        int noNewPrivileges = Libc.prctl(Libc.PR_SET_NO_NEW_PRIVS, 1);
        if (noNewPrivileges != 0) {
            throw new IllegalStateException("prctl(PR_SET_NO_NEW_PRIVS) failed with errno " + -noNewPrivileges);
        }
        long installed = Libc.installFilter(SyscallFilter.program());
        if (installed < 0) {
            throw new IllegalStateException("the kernel refused the seccomp filter (errno " + -installed + ")");
        }
        if (installed > 0) {
            throw new IllegalStateException("the seccomp filter could not be applied to thread " + installed);
        }
    }

    /** The calling thread's effective capabilities, as a bit set (0 when it holds none). */
    public static long effectiveCapabilities() {
        long capabilities = Libc.effectiveCapabilities();
        if (capabilities < 0) {
            throw new IllegalStateException("capget failed with errno " + -capabilities);
        }
        return capabilities;
    }

    /** Flags of the mount that holds {@code path}, as statvfs(2) gives them. */
    public enum MountFlag {
        READ_ONLY(1), NO_SUID(2), NO_DEV(4), NO_EXEC(8);

        private final long bit;

        MountFlag(long bit) {
            this.bit = bit;
        }
    }

    /** The flags of the mount that holds {@code path}. */
    public static java.util.Set<MountFlag> mountFlags(String path) {
        long flags = Libc.mountFlags(path);
        if (flags < 0) {
            throw new IllegalStateException("statvfs(" + path + ") failed with errno " + -flags);
        }
        java.util.Set<MountFlag> set = java.util.EnumSet.noneOf(MountFlag.class);
        for (MountFlag flag : MountFlag.values()) {
            if ((flags & flag.bit) != 0) {
                set.add(flag);
            }
        }
        return set;
    }
}
