package shop;

/**
 * Something the shop sells: a gift card or a voucher, shipped as a code the moment it is paid.
 *
 * @param id    the catalog id customers order by
 * @param name  what the customer sees
 * @param price in cents
 */
public record Item(String id, String name, long price) {
}
