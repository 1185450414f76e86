/**
 * The check SDK: what most checks need besides {@link dev.fixpoint.lab.CheckContext}. A {@link dev.fixpoint.lab.check.Client}
 * per service builds requests (paths with encoded parts, query strings, JSON and form bodies) and returns
 * {@link dev.fixpoint.lab.check.Reply replies} that read as JSON; {@link dev.fixpoint.lab.check.Accounts} signs users up
 * and logs them in as {@link dev.fixpoint.lab.check.Session sessions}; a {@link dev.fixpoint.lab.check.Canary} is a
 * per-run value planted by one user and looked for in another's answers; {@link dev.fixpoint.lab.check.Parallel} sends
 * requests at the same instant for race checks. A step that a check needs before it can attack throws
 * {@link dev.fixpoint.lab.SetupFailedException}, which the platform reports as the lab's fault, never as a pass.
 */
package dev.fixpoint.lab.check;
