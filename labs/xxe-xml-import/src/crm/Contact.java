package crm;

/** A contact of the address book; {@code externalId} is the id the contact had in the system it came from. */
public record Contact(String externalId, String name, String email, String company, String notes) {
}
