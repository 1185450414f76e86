package dev.fixpoint.lockdown;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/** The few C library calls the lockdown makes, each returning -errno on failure instead of setting errno. */
final class Libc {

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");

    /** {@code long syscall(long number, ...)} with three long arguments. */
    private static final MethodHandle SYSCALL = variadic("syscall", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    /** {@code int prctl(int option, ...)} with four long arguments. */
    private static final MethodHandle PRCTL = variadic("prctl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle MOUNT = fixed("mount", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
    private static final MethodHandle STATVFS = fixed("statvfs", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle UNSHARE = fixed("unshare", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle EXECVE = fixed("execve", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));

    static final int PR_SET_NO_NEW_PRIVS = 38;
    static final int PR_CAP_AMBIENT = 47;
    static final int PR_CAP_AMBIENT_CLEAR_ALL = 4;
    static final int PR_CAPBSET_DROP = 24;
    private static final long NR_SECCOMP = 317;
    private static final long NR_CAPGET = 125;
    private static final long SECCOMP_SET_MODE_FILTER = 1;
    private static final long SECCOMP_FILTER_FLAG_TSYNC = 1;
    private static final int LINUX_CAPABILITY_VERSION_3 = 0x20080522;

    static final long MS_NOSUID = 2;
    static final long MS_NODEV = 4;
    static final long MS_NOEXEC = 8;
    static final int CLONE_NEWNS = 0x00020000;

    private Libc() {
    }

    static int prctl(int option, long argument) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            int result = (int) PRCTL.invokeExact(state, option, argument, 0L, 0L, 0L);
            return result < 0 ? -errno(state) : result;
        } catch (Throwable t) {
            throw new IllegalStateException("prctl failed: " + t, t);
        }
    }

    /**
     * Installs {@code program} (struct sock_filter[]) as a seccomp filter for every thread of the process.
     *
     * @return 0, -errno, or the id of a thread that could not be synchronised
     */
    static long installFilter(byte[] program) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment filter = arena.allocate(program.length, 8);
            MemorySegment.copy(program, 0, filter, ValueLayout.JAVA_BYTE, 0, program.length);
            // struct sock_fprog: unsigned short len, then (aligned) the pointer to the instructions.
            MemorySegment fprog = arena.allocate(16, 8);
            fprog.set(ValueLayout.JAVA_SHORT, 0, (short) (program.length / 8));
            fprog.set(ADDRESS, 8, filter);
            MemorySegment state = arena.allocate(CALL_STATE);
            long result = (long) SYSCALL.invokeExact(state, NR_SECCOMP, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC, fprog.address());
            return result < 0 ? -errno(state) : result;
        } catch (Throwable t) {
            throw new IllegalStateException("seccomp failed: " + t, t);
        }
    }

    /** The calling thread's effective capabilities (both 32-bit words), or -errno. */
    static long effectiveCapabilities() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment header = arena.allocate(8, 4);
            header.set(JAVA_INT, 0, LINUX_CAPABILITY_VERSION_3);
            header.set(JAVA_INT, 4, 0);
            // Two struct __user_cap_data_struct {effective, permitted, inheritable}.
            MemorySegment data = arena.allocate(24, 4);
            MemorySegment state = arena.allocate(CALL_STATE);
            long result = (long) SYSCALL.invokeExact(state, NR_CAPGET, header.address(), data.address(), 0L);
            if (result < 0) {
                return -errno(state);
            }
            return (data.get(JAVA_INT, 0) & 0xFFFFFFFFL) | ((data.get(JAVA_INT, 12) & 0xFFFFFFFFL) << 32);
        } catch (Throwable t) {
            throw new IllegalStateException("capget failed: " + t, t);
        }
    }

    /** The f_flag word of statvfs(2) for {@code path} (ST_RDONLY, ST_NOSUID, ST_NODEV, ST_NOEXEC, ...), or -errno. */
    static long mountFlags(String path) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            // struct statvfs on 64-bit Linux: eleven unsigned longs (f_flag is the tenth) and six ints of padding.
            MemorySegment buffer = arena.allocate(112, 8);
            int result = (int) STATVFS.invokeExact(state, arena.allocateFrom(path), buffer);
            return result < 0 ? -errno(state) : buffer.get(JAVA_LONG, 72);
        } catch (Throwable t) {
            throw new IllegalStateException("statvfs failed: " + t, t);
        }
    }

    /** Moves the calling process into a new namespace of the {@code CLONE_NEW*} kind given; 0 or -errno. */
    static int unshare(int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            int result = (int) UNSHARE.invokeExact(state, flags);
            return result < 0 ? -errno(state) : result;
        } catch (Throwable t) {
            throw new IllegalStateException("unshare failed: " + t, t);
        }
    }

    /** Mounts a new tmpfs at {@code target} with {@code flags} and {@code options}; 0 or -errno. */
    static int mountTmpfs(String target, long flags, String options) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            MemorySegment tmpfs = arena.allocateFrom("tmpfs");
            int result = (int) MOUNT.invokeExact(state, tmpfs, arena.allocateFrom(target), tmpfs, flags, arena.allocateFrom(options));
            return result < 0 ? -errno(state) : result;
        } catch (Throwable t) {
            throw new IllegalStateException("mount failed: " + t, t);
        }
    }

    /** Replaces this process with {@code command}; returns -errno only if that failed. */
    static int execve(List<String> command, List<String> environment) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            int result = (int) EXECVE.invokeExact(state, arena.allocateFrom(command.getFirst()), strings(arena, command), strings(arena, environment));
            return result < 0 ? -errno(state) : result;
        } catch (Throwable t) {
            throw new IllegalStateException("execve failed: " + t, t);
        }
    }

    /** A NULL-terminated array of C strings. */
    private static MemorySegment strings(Arena arena, List<String> values) {
        MemorySegment array = arena.allocate(ADDRESS, values.size() + 1L);
        for (int i = 0; i < values.size(); i++) {
            array.setAtIndex(ADDRESS, i, arena.allocateFrom(values.get(i)));
        }
        array.setAtIndex(ADDRESS, values.size(), MemorySegment.NULL);
        return array;
    }

    private static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    private static MethodHandle variadic(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(symbol(name), descriptor, CAPTURE_ERRNO, Linker.Option.firstVariadicArg(1));
    }

    private static MethodHandle fixed(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(symbol(name), descriptor, CAPTURE_ERRNO);
    }

    private static MemorySegment symbol(String name) {
        return LINKER.defaultLookup().find(name).orElseThrow(() -> new IllegalStateException("the C library has no " + name));
    }
}
