package billing;

/** A signed-in user of the invoicing API. */
public record User(String username, Role role) {

    /** What a user may do: members manage their own company's invoices; accountants audit every invoice. */
    public enum Role { MEMBER, ACCOUNTANT }

    /** Accountants may read (not change) every invoice. */
    public boolean canReadAllInvoices() {
        return role == Role.ACCOUNTANT;
    }
}
