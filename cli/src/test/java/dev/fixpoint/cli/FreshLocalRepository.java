package dev.fixpoint.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A local Maven repository as on a machine that never built Fixpoint: the plugins and libraries of {@code source},
 * but no dev.fixpoint artifact and none of the artifacts a pulled project ships. Jars and poms are links (Maven only
 * reads them); the small files Maven rewrites in place (_remote.repositories, resolver status) are copies, so nothing a
 * build writes reaches {@code source}.
 */
record FreshLocalRepository(Path path) implements AutoCloseable {

    static FreshLocalRepository create(Path source, Path target, Path shippedRepository) throws IOException {
        Set<Path> shipped;
        try (Stream<Path> files = Files.walk(shippedRepository)) {
            shipped = files.filter(file -> file.toString().endsWith(".jar"))
                    .map(jar -> shippedRepository.relativize(jar.getParent())).collect(Collectors.toSet());
        }
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Path relative = source.relativize(dir);
                if (relative.equals(Path.of("dev", "fixpoint")) || shipped.contains(relative)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(relative.toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path copy = target.resolve(source.relativize(file).toString());
                String name = file.getFileName().toString();
                if (name.endsWith(".jar") || name.endsWith(".pom")) {
                    Files.createSymbolicLink(copy, file.toAbsolutePath());
                } else {
                    Files.copy(file, copy);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return new FreshLocalRepository(target);
    }

    /** Removes the repository, its links and not what they point to. */
    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
