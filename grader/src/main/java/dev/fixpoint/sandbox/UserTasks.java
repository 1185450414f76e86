package dev.fixpoint.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.stream.Stream;

/**
 * Without a cgroup, the only bound on a worker's threads is RLIMIT_NPROC, which counts every task of the
 * user. This finds a value that leaves the worker {@code maxTasks} more than the user runs now.
 */
final class UserTasks {

    private UserTasks() {
    }

    /** The RLIMIT_NPROC to set, or 0 when it must not be set (root ignores it; /proc is unreadable). */
    static long limitAllowing(int maxTasks) {
        Path proc = Path.of("/proc");
        try {
            Object owner = Files.readAttributes(Path.of("/proc/self"), PosixFileAttributes.class).owner();
            if ("root".equals(owner.toString())) {
                return 0;
            }
            long tasks = 0;
            try (Stream<Path> processes = Files.list(proc)) {
                for (Path process : processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                    try {
                        if (Files.readAttributes(process, PosixFileAttributes.class).owner().equals(owner)) {
                            try (Stream<Path> threads = Files.list(process.resolve("task"))) {
                                tasks += threads.count();
                            }
                        }
                    } catch (IOException gone) {
                        // The process ended while we counted.
                    }
                }
            }
            return tasks + maxTasks;
        } catch (IOException | UnsupportedOperationException e) {
            return 0;
        }
    }
}
