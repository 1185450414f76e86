package dev.fixpoint.server.load;

/** What a timed step of a simulated learner was; latencies are reported per kind. */
enum Kind {
    SIGN_IN("sign-in (POST /login)"),
    PAGE("page (dashboard, catalog, lab)"),
    DRAFT("draft save (PUT draft)"),
    SUBMIT("submit (POST Run checks)"),
    POLL("result (GET result, held while grading)"),
    HISTORY("history check (GET API)"),
    VERDICT("submit to verdict, seen by the learner"),
    GRADER("grading, as the server reports it");

    final String label;

    Kind(String label) {
        this.label = label;
    }
}
