/**
 * Outbound connections to addresses that came from outside: {@link org.salus.net.AddressGuard} keeps
 * the source watch and the CDS Hooks FHIR client off the server's own networks. Shared plumbing: it
 * depends on no feature.
 */
package org.salus.net;
