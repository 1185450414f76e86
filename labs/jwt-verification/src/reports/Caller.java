package reports;

/** Who sent a request, as the access token says: the username and the role in the reports application. */
public record Caller(String username, String role) {

    public boolean isAdmin() {
        return "admin".equals(role);
    }
}
