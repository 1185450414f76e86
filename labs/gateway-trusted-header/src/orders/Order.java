package orders;

/** An order of a user. */
public record Order(long id, String userId, String item, int quantity, String note) {
}
