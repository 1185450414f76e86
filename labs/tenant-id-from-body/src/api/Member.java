package api;

/**
 * A user as the API knows them after log-in: every user belongs to exactly one workspace (tenant).
 *
 * @param username the user name
 * @param tenantId the id of their workspace, such as {@code acme}
 * @param role     {@code admin} (manages the workspace's users) or {@code member}
 */
public record Member(String username, String tenantId, String role) {

    public boolean isAdmin() {
        return role.equals("admin");
    }
}
