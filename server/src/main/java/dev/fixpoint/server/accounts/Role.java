package dev.fixpoint.server.accounts;

/** What an account may do: learners take labs, leads follow teams, admins run the installation. */
public enum Role {
    LEARNER, LEAD, ADMIN
}
