/**
 * Zone signing as dnssec-signzone 9.18 does it: {@link dev.signet.core.sign.ZoneSigner} takes a
 * loaded zone, the key list ({@link dev.signet.core.sign.SigningKey}, with
 * {@link dev.signet.core.sign.KeyTiming} for {@code -S}) and {@link dev.signet.core.sign.SignOptions},
 * and returns a {@link dev.signet.core.sign.SignResult}: the signed RRsets in canonical order,
 * the counters of {@code -t}, and BIND's messages. {@link dev.signet.core.sign.DsSet} picks the
 * keys of the {@code dsset-} file.
 *
 * <p>Rules decided by BIND's behaviour rather than by an RFC (key roles under {@code -x}/{@code -z},
 * algorithms with only a KSK, which signatures survive re-signing, {@code -X} covering DNSKEY
 * only, RRSIG TTLs capped by the validity period) are documented on the classes that apply them,
 * with what was observed. The interop tests compare whole signed zones with dnssec-signzone.
 */
package dev.signet.core.sign;
