package dev.fixpoint.cli;

import dev.fixpoint.catalog.Lab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Trains the server's AOT cache (JDK 25 and later), which {@code ./fixpoint serve} then starts from: classes loaded and
 * linked, and the methods' profiles, of a server that started, was set up, signed a learner in, showed the catalog and a
 * lab and graded its reference solution. The launcher runs it in the background at the lowest priority when the server
 * has none for this build and JDK; the server starts without one meanwhile. The cache is written to a temporary file
 * and moved into place whole, so that no server ever starts from half a cache.
 */
@Command(name = "train-server-cache", hidden = true, description = "Train the server's AOT cache (internal, for the launcher).")
final class ServerCacheCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Where the cache goes.")
    Path cache;

    @Parameters(index = "1..*", paramLabel = "SETTING", description = "--fixpoint.sandbox.*=... settings of the server being started, "
            + "so that the training server can grade where it can (a machine without bubblewrap, say).")
    List<String> sandboxSettings = List.of();

    @Override
    public Integer call() throws Exception {
        Path labs = Workspace.labsDir().toAbsolutePath();
        Lab lab = Workspace.catalog(spec.commandLine().getErr()).labs().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no labs in " + labs + " to train the server's cache with"));
        Path training = cache.resolveSibling(cache.getFileName() + ".training");
        Files.createDirectories(cache.toAbsolutePath().getParent());
        Files.deleteIfExists(training);
        // Writing the cache when the server stops takes seconds to a minute on a busy machine.
        FreshServer.Launch launch = new FreshServer.Launch(List.of("-XX:AOTCacheOutput=" + training.toAbsolutePath()), null,
                Duration.ofMinutes(10), sandboxSettings);
        try (FreshServer server = FreshServer.start(labs, launch)) {
            server.setUpAndSignIn();
            server.openLab(lab.id());
            server.runChecks(lab.id(), lab.solutionFiles());
        }
        if (!Files.isRegularFile(training)) {
            spec.commandLine().getErr().println("fixpoint: the server wrote no AOT cache to " + training);
            return 1;
        }
        Files.move(training, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        spec.commandLine().getOut().println("trained the server's AOT cache: " + cache);
        return 0;
    }
}
