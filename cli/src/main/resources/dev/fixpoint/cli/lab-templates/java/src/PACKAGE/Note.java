package {{package}};

/**
 * A note.
 *
 * @param owner  the user name of whoever wrote it
 * @param shared whether its owner shared it: then anyone may read it
 */
public record Note(long id, String owner, String text, boolean shared) {
}
