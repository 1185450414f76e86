package helpdesk;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;

/** A signed-in agent, with the tenant (customer company) they work for. */
public class TenantUser extends User {

    private final String tenantId;

    public TenantUser(String username, String password, String tenantId) {
        super(username, password, AuthorityUtils.createAuthorityList("ROLE_AGENT"));
        this.tenantId = tenantId;
    }

    public String getTenantId() {
        return tenantId;
    }
}
