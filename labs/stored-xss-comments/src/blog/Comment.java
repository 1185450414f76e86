package blog;

import java.time.LocalDate;

/**
 * A reader's comment, stored as the reader typed it.
 *
 * @param website the commenter's home page, or an empty string
 */
public record Comment(long id, long postId, String author, String website, String text, LocalDate date) {
}
