package payroll;

/** Who sent a request to payroll, as the access token says: the employee and their role in the company directory. */
public record Caller(String username, String role) {
}
