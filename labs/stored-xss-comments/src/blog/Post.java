package blog;

/** A blog post, written by Acme's engineers. */
public record Post(long id, String title, String author, String body) {
}
