package dev.fixpoint.grading;

/**
 * A call or construct in submitted code that the lab's bytecode policy refuses.
 *
 * @param file   the source file, relative to the lab folder
 * @param line   the source line, or 0 when the class has no line information there
 * @param member what was used, such as {@code java.lang.Runtime.exec}
 * @param rule   which rule it breaks, such as {@code process creation}
 */
public record PolicyViolation(String file, int line, String member, String rule) {

    @Override
    public String toString() {
        return file + ":" + line + ": uses " + member + ", which this lab does not allow (" + rule + ")";
    }
}
