package dev.fixpoint.catalog;

import java.util.List;

/** A lab folder that does not follow the lab format; every problem names the file and the field. */
public class LabFormatException extends RuntimeException {

    private final List<String> problems;

    public LabFormatException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code labs/<id>/<file>: <field>: <what is wrong>}. */
    public List<String> problems() {
        return problems;
    }
}
