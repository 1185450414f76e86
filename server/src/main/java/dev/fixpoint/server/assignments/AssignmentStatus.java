package dev.fixpoint.server.assignments;

/** Where an assignment stands: open until its developer solves the lab, whether or not it is past due. */
public enum AssignmentStatus {
    OPEN, COMPLETED
}
