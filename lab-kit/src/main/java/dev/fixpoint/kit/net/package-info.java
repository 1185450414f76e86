/**
 * A simulated network for labs that need hosts: a {@link dev.fixpoint.kit.net.Network} built from DNS zone entries
 * (names, wildcards, answers that change from one lookup to the next) and the lab services that answer at each address
 * and port, its {@link dev.fixpoint.kit.net.Dns} resolver, which reads every spelling of an address, and an
 * {@link dev.fixpoint.kit.net.HttpFetcher} that sends one GET to a host or to an address already resolved and returns
 * the {@link dev.fixpoint.kit.net.FetchResponse}. Only the loopback address ever carries traffic.
 */
package dev.fixpoint.kit.net;
