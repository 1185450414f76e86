package dev.fixpoint.cli;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code fixpoint labs}: the catalog. */
@Command(name = "labs", description = "List the labs.")
final class LabsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Lab> labs = Workspace.catalog(spec.commandLine().getErr()).labs();
        if (json) {
            JsonMapper mapper = JsonMapper.builder().build();
            ArrayNode array = mapper.createArrayNode();
            for (Lab lab : labs) {
                LabManifest manifest = lab.manifest();
                ObjectNode node = array.addObject().put("id", lab.id()).put("title", manifest.title()).put("summary", manifest.summary());
                manifest.tracks().forEach(node.putArray("tracks")::add);
                node.put("difficulty", manifest.difficulty());
                manifest.cwe().forEach(node.putArray("cwe")::add);
                node.put("runtime", manifest.runtime()).put("minutes", manifest.minutes());
                ObjectNode owasp = node.putObject("owasp");
                manifest.owasp2021().forEach(owasp.putArray("top10-2021")::add);
                manifest.owasp2025().forEach(owasp.putArray("top10-2025")::add);
                manifest.api2023().forEach(owasp.putArray("api-2023")::add);
                node.put("services", manifest.services().size());
            }
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        } else {
            out.printf("%-32s %-5s %-10s %-14s %s%n", "ID", "LEVEL", "CWE", "TRACKS", "TITLE");
            for (Lab lab : labs) {
                LabManifest manifest = lab.manifest();
                out.printf("%-32s %-5s %-10s %-14s %s%n", lab.id(), manifest.difficulty(),
                        String.join(",", manifest.cwe().stream().map(id -> "CWE-" + id).toList()),
                        String.join(",", manifest.tracks()), manifest.title());
            }
        }
        out.flush();
        return 0;
    }
}
