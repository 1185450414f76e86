/**
 * The service kit of the {@code java} runtime: what lab services share so that a lab's code is its feature and its flaw,
 * not plumbing. A {@link dev.fixpoint.kit.Router} maps methods and path templates to handlers that take an
 * {@link dev.fixpoint.kit.Incoming} request and return an {@link dev.fixpoint.kit.Answer}; {@link dev.fixpoint.kit.HttpError}
 * ends a request with a status; {@link dev.fixpoint.kit.Accounts} keeps users with bcrypt hashes and bearer sessions;
 * {@link dev.fixpoint.kit.Database} opens an in-memory H2 database; {@link dev.fixpoint.kit.net} simulates a network of
 * hosts for labs that fetch URLs. A lab names it under {@code libraries: [kit]}; it is
 * library code, never editable and never scanned by the bytecode policy.
 */
package dev.fixpoint.kit;
