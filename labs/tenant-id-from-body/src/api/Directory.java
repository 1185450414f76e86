package api;

import dev.fixpoint.kit.Accounts;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Incoming;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The workspaces and their users: passwords and sessions in the kit's {@link Accounts}, membership here. */
public final class Directory {

    private final Accounts accounts = new Accounts("admin");
    private final Map<String, Member> members = new ConcurrentHashMap<>();
    private final Map<String, String> workspaces = new ConcurrentHashMap<>();

    /** Creates a workspace with its first user as its admin; false when the workspace or the user name is taken. */
    public synchronized boolean createWorkspace(String tenantId, String username, String password) {
        if (workspaces.containsKey(tenantId) || members.containsKey(username)) {
            return false;
        }
        workspaces.put(tenantId, username);
        return addMember(tenantId, username, password, "admin");
    }

    /** Adds a user to a workspace; false when the user name is taken. */
    public synchronized boolean addMember(String tenantId, String username, String password, String role) {
        if (!accounts.add(username, password, role)) {
            return false;
        }
        members.put(username, new Member(username, tenantId, role));
        return true;
    }

    public Optional<String> logIn(String username, String password) {
        return accounts.logIn(username, password);
    }

    /** The user whose bearer token the request carries; 401 when there is none or it is not valid. */
    public Member require(Incoming request) {
        return members.get(accounts.require(request).name());
    }

    /** The users of a workspace, by name. */
    public List<Member> membersOf(String tenantId) {
        return members.values().stream().filter(member -> member.tenantId().equals(tenantId))
                .sorted(java.util.Comparator.comparing(Member::username)).toList();
    }

    /** 403 unless the member is an admin of their workspace. */
    public static void requireAdmin(Member member) {
        if (!member.isAdmin()) {
            throw HttpError.forbidden("only the workspace's admins manage its users");
        }
    }
}
