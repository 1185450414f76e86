package dev.fixpoint.grading;

/**
 * A compiler error in a submitted file.
 *
 * @param file   the file's path relative to the lab folder, such as {@code src/shop/ProductRepository.java}
 * @param line   1-based line, or 0 when the error has no position
 * @param column 1-based column, or 0 when the error has no position
 */
public record CompileError(String file, long line, long column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
