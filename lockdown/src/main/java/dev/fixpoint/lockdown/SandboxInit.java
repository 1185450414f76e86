package dev.fixpoint.lockdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The first program bubblewrap runs in a worker's sandbox, with CAP_SYS_ADMIN in the sandbox's own user namespace
 * only. Bubblewrap cannot mount a tmpfs noexec, and its mounts are locked to the namespace it made them in, so this step
 * takes a mount namespace of its own and mounts the worker's scratch folders there as new tmpfs, size-bounded, noexec,
 * nosuid and nodev. It then clears its ambient capabilities and replaces itself with the worker, which runs as an
 * unprivileged user with no file capabilities: the kernel gives it no capabilities at all.
 *
 * <p>Usage: {@code SandboxInit --tmpfs DIR BYTES [--tmpfs DIR BYTES]... -- COMMAND...}. Any failure ends it with status 1
 * and a reason on standard error before the worker would start: a sandbox that cannot be set up is never used.
 */
public final class SandboxInit {

    private SandboxInit() {
    }

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        int separator = arguments.indexOf("--");
        if (separator < 0 || separator == args.length - 1) {
            fail("usage: SandboxInit --tmpfs DIR BYTES... -- COMMAND...");
        }
        if (Libc.unshare(Libc.CLONE_NEWNS) != 0) {
            fail("cannot make a mount namespace for the worker");
        }
        for (int i = 0; i < separator; i += 3) {
            if (!arguments.get(i).equals("--tmpfs") || i + 2 >= separator || !arguments.get(i + 2).matches("[0-9]+")) {
                fail("usage: SandboxInit --tmpfs DIR BYTES... -- COMMAND...");
            }
            String dir = arguments.get(i + 1);
            int result = Libc.mountTmpfs(dir, Libc.MS_NOSUID | Libc.MS_NODEV | Libc.MS_NOEXEC, "size=" + arguments.get(i + 2) + ",mode=1777");
            if (result != 0) {
                fail("cannot mount a noexec tmpfs at " + dir + " (errno " + -result + ")");
            }
        }
        if (Libc.prctl(Libc.PR_CAP_AMBIENT, Libc.PR_CAP_AMBIENT_CLEAR_ALL) != 0) {
            fail("cannot clear the ambient capabilities");
        }
        if (Libc.prctl(Libc.PR_SET_NO_NEW_PRIVS, 1) != 0) {
            fail("cannot set no_new_privs");
        }
        List<String> command = arguments.subList(separator + 1, args.length);
        List<String> environment = new ArrayList<>();
        for (Map.Entry<String, String> variable : System.getenv().entrySet()) {
            environment.add(variable.getKey() + "=" + variable.getValue());
        }
        int result = Libc.execve(command, environment);
        fail("cannot start " + command.getFirst() + " (errno " + -result + ")");
    }

    private static void fail(String reason) {
        System.err.println("sandbox set-up failed: " + reason);
        System.exit(1);
    }
}
