/**
 * Authenticated denial of existence: the NSEC chain (RFC 4034 §4), the NSEC3 chain and hash
 * (RFC 5155 §5, §7.1, with opt-out), NSEC3PARAM, the RFC 9077 TTL of both, and dnssec-signzone
 * 9.18's rules for a zone that already carries a chain ({@link dev.signet.core.denial.ExistingChain}).
 *
 * <p>The builders take {@link dev.signet.core.denial.ChainEntry} lists (or a loaded zone) and
 * return new records; they never change what they are given. Where the RFCs leave a choice
 * (bitmaps at zone cuts, which empty non-terminals an opt-out chain lists), BIND 9.18's
 * behaviour was observed and is matched; each class says what was checked.
 */
package dev.signet.core.denial;
