package dev.fixpoint.grading;

import dev.fixpoint.catalog.LabManifest.CheckKind;
import dev.fixpoint.catalog.LabManifest.Visibility;
import dev.fixpoint.lab.host.Exchange;

import java.util.List;

/**
 * The result of one check.
 *
 * @param passed      for an exploit check: the attack was blocked; for a functional check: the feature works
 * @param explanation for an exploit check that got through: why the attack works; otherwise null
 * @param transcript  for an exploit check that got through: the requests and responses; otherwise empty
 * @param timedOut    whether the check failed because a service did not answer within the lab's limit
 * @param millis      how long the check took
 */
public record CheckReport(String name, CheckKind kind, Visibility visibility, boolean passed, String message,
                          String explanation, List<Exchange> transcript, boolean timedOut, long millis) {
}
