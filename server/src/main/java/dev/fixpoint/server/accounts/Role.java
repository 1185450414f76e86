package dev.fixpoint.server.accounts;

import java.util.List;

/**
 * What an account may do: learners take labs, leads follow teams and triage findings, admins run the
 * installation, and CI service accounts only upload scanner findings and ask the training gate.
 */
public enum Role {
    LEARNER, LEAD, ADMIN, CI;

    /** The roles of people, who sign in; CI service accounts are created on their own page. */
    static List<Role> people() {
        return List.of(LEARNER, LEAD, ADMIN);
    }
}
