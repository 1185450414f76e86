package dev.fixpoint.server.load;

import java.util.Map;

/**
 * What a simulated learner submits to a lab, and the verdict the server must answer.
 *
 * @param files   the lab's editable files as the learner finally types them
 * @param verdict the verdict this code deserves, e.g. SECURE for the reference solution
 */
record Fix(String labId, Map<String, String> files, String verdict) {
}
