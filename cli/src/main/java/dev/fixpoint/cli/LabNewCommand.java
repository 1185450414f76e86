package dev.fixpoint.cli;

import dev.fixpoint.catalog.ManifestFields;
import dev.fixpoint.grading.LabRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code fixpoint lab new ID}: a new lab folder that {@code fixpoint lab verify} passes from the start. */
@Command(name = "new", description = "Write a new lab (a small IDOR on the service kit, its solution, checks, a tempting "
        + "and an alternative fix) that 'fixpoint lab verify' passes from the start; then make it yours.")
final class LabNewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The new lab's id: lower-case words joined by '-', such as idor-notes.")
    String id;

    @Option(names = "--runtime", paramLabel = "NAME", defaultValue = "java",
            description = "The runtime of the lab's services (default: ${DEFAULT-VALUE}).")
    String runtime;

    @Option(names = "--labs", paramLabel = "DIR",
            description = "The labs folder to write into (default: the one Fixpoint uses, FIXPOINT_LABS or the bundled labs).")
    Path labs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!ManifestFields.isLabId(id)) {
            err.println("fixpoint lab new: '" + id + "' is not a lab id: lower-case letters and digits, words joined by"
                    + " single '-', such as idor-notes");
            return 2;
        }
        Set<String> runtimes = LabRuntime.available();
        if (!runtimes.contains(runtime) || !LabScaffold.runtimes().contains(runtime)) {
            err.println("fixpoint lab new: the runtime '" + runtime + "' is not available yet; the runtimes there are: "
                    + String.join(", ", runtimes.stream().filter(LabScaffold.runtimes()::contains).toList()));
            return 2;
        }
        Path labsDir = labs != null ? labs : Workspace.labsDir();
        Path folder = labsDir.resolve(id);
        if (Files.exists(folder)) {
            err.println("fixpoint lab new: " + folder + " already exists; nothing was written (choose another id, or move it away)");
            return 2;
        }
        List<String> files = LabScaffold.write(id, runtime, folder);
        out.println("Wrote the lab " + id + " to " + folder + ":");
        files.forEach(file -> out.println("  " + file));
        String labsSetting = labs == null ? "" : "FIXPOINT_LABS=" + labsDir.toAbsolutePath().normalize() + " ";
        out.println("Prove it:      " + labsSetting + "./fixpoint lab verify " + id);
        out.println("Make it yours: rewrite the service, the flaw, its fix and the checks; docs/writing-labs.md says how.");
        out.flush();
        return 0;
    }
}
