package dev.fixpoint.server.findings;

/** Where a finding stands in the leads' inbox. */
public enum FindingStatus {
    /** Its lab is assigned and not yet solved. */
    ASSIGNED,
    /** Its developer solved the lab assigned for it. */
    TRAINED,
    /** Its author matches no account: a lead assigns it. */
    UNASSIGNED,
    /** No lab teaches its CWE: a gap in the curriculum. */
    NO_LAB
}
