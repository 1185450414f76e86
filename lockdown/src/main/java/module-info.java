/**
 * Locks a sandbox worker down from the inside: {@link dev.fixpoint.lockdown.Lockdown} installs the kernel filter,
 * {@link dev.fixpoint.lockdown.SandboxInit} is the set-up step bubblewrap runs before the worker. The only module a worker
 * grants native access; what it exports can only ever take rights away.
 */
module dev.fixpoint.lockdown {
    exports dev.fixpoint.lockdown;
}
