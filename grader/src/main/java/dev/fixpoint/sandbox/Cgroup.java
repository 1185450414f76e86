package dev.fixpoint.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A control group limiting one worker's memory and number of tasks (cgroup v1 or v2). Made only where the
 * process may write to the cgroup file system, typically as root; elsewhere workers rely on JVM flags and
 * rlimits, and the sandbox says so.
 */
final class Cgroup {

    private static final Path ROOT = Path.of("/sys/fs/cgroup");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final List<Path> dirs;

    private Cgroup(List<Path> dirs) {
        this.dirs = dirs;
    }

    /** Whether control groups can be made on this machine. */
    static boolean available() {
        return v1Parents().isPresent() || v2Parent().isPresent();
    }

    /**
     * Removes the groups that earlier graders left behind when they were killed before cleaning up: groups named
     * after a process that no longer runs.
     */
    static void removeStale() {
        List<Path> parents = new ArrayList<>(v1Parents().orElse(List.of()));
        v2Parent().ifPresent(parents::add);
        for (Path parent : parents) {
            try (var groups = Files.list(parent)) {
                groups.filter(group -> group.getFileName().toString().matches("fixpoint-\\d+-\\d+"))
                        .filter(group -> ProcessHandle.of(Long.parseLong(group.getFileName().toString().split("-")[1])).isEmpty())
                        .forEach(group -> new Cgroup(List.of(group)).remove());
            } catch (IOException | RuntimeException ignored) {
                // Stale groups cost nothing but a directory; the next start tries again.
            }
        }
    }

    /** Makes a group with the given limits, or empty when this machine does not allow it. */
    static Optional<Cgroup> create(long memoryBytes, int maxTasks) {
        String name = "fixpoint-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        try {
            Optional<List<Path>> v1 = v1Parents();
            if (v1.isPresent()) {
                Path pids = Files.createDirectories(v1.get().get(0).resolve(name));
                Path memory = Files.createDirectories(v1.get().get(1).resolve(name));
                Files.writeString(pids.resolve("pids.max"), Integer.toString(maxTasks));
                Files.writeString(memory.resolve("memory.limit_in_bytes"), Long.toString(memoryBytes));
                return Optional.of(new Cgroup(List.of(pids, memory)));
            }
            Optional<Path> v2 = v2Parent();
            if (v2.isPresent()) {
                Path group = Files.createDirectories(v2.get().resolve(name));
                Files.writeString(group.resolve("pids.max"), Integer.toString(maxTasks));
                Files.writeString(group.resolve("memory.max"), Long.toString(memoryBytes));
                Files.writeString(group.resolve("memory.swap.max"), "0");
                return Optional.of(new Cgroup(List.of(group)));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The shell words that move the starting shell into this group before it executes the worker. */
    List<String> joinCommand() {
        StringBuilder script = new StringBuilder();
        for (Path dir : dirs) {
            script.append("echo $$ > ").append(dir.resolve("cgroup.procs")).append(" && ");
        }
        script.append("exec \"$0\" \"$@\"");
        return List.of("/bin/sh", "-c", script.toString());
    }

    /** Whether the group's memory limit was hit, which explains a worker that died. */
    boolean memoryLimitHit() {
        for (Path dir : dirs) {
            for (String file : new String[] {"memory.failcnt", "memory.events"}) {
                Path path = dir.resolve(file);
                try {
                    if (Files.isReadable(path)) {
                        String text = Files.readString(path);
                        if (file.equals("memory.failcnt") ? !text.trim().equals("0") : text.matches("(?s).*\\boom_kill [1-9].*")) {
                            return true;
                        }
                    }
                } catch (IOException ignored) {
                    // An unreadable counter only means we cannot explain the death.
                }
            }
        }
        return false;
    }

    /** Removes the group; retried briefly because the kernel frees it only once its tasks are gone. */
    void remove() {
        for (Path dir : dirs) {
            for (int attempt = 0; attempt < 20 && Files.exists(dir); attempt++) {
                try {
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    private static Optional<List<Path>> v1Parents() {
        Path pids = ROOT.resolve("pids");
        Path memory = ROOT.resolve("memory");
        if (Files.isWritable(pids) && Files.isWritable(memory) && Files.exists(memory.resolve("memory.limit_in_bytes"))) {
            return Optional.of(new ArrayList<>(List.of(pids, memory)));
        }
        return Optional.empty();
    }

    private static Optional<Path> v2Parent() {
        try {
            Path controllers = ROOT.resolve("cgroup.subtree_control");
            if (Files.isWritable(ROOT) && Files.exists(controllers)) {
                String enabled = Files.readString(controllers);
                if (enabled.contains("pids") && enabled.contains("memory")) {
                    return Optional.of(ROOT);
                }
            }
        } catch (IOException ignored) {
            // Unreadable: treat as unavailable.
        }
        return Optional.empty();
    }
}
