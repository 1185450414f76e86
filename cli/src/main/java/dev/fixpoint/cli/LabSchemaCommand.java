package dev.fixpoint.cli;

import dev.fixpoint.catalog.LabSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code fixpoint lab schema}: the JSON Schema of lab.yaml, for editors; docs/lab.schema.json is its output. */
@Command(name = "schema", description = "Print the JSON Schema (draft 2020-12) of lab.yaml, for editors (docs/lab.schema.json).")
final class LabSchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(LabSchema.json());
        out.flush();
        return 0;
    }
}
