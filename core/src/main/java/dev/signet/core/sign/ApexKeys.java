package dev.signet.core.sign;

import dev.signet.core.crypto.DigestType;
import dev.signet.core.ds.DelegationSigner;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;

import java.util.ArrayList;
import java.util.List;

/**
 * The apex DNSKEY, CDS and CDNSKEY RRsets under smart signing ({@code -S}), as dnssec-signzone
 * 9.18 maintains them (observed with BIND 9.18.49):
 * <ul>
 * Messages go where BIND 9.18 prints them: key changes to {@code report} (stdout), TTL
 * conflicts to {@code warnings} (stderr).
 * <ul>
 *   <li>A published key missing from the DNSKEY RRset is added: "Fetching example.test/ED25519/
 *       49571 (ZSK) from key repository."
 *   <li>A key whose Delete time passed is taken out: "Removing expired key example.test/50739/
 *       ED25519 from DNSKEY RRset."
 *   <li>A key revoked now replaces its unrevoked DNSKEY: "Removing revoked key …" then
 *       "Fetching …/50180 (KSK) …" with the revoked key tag.
 *   <li>Keys that are neither published nor removed are left as they are in the RRset.
 *   <li>TTL: an existing DNSKEY RRset keeps its TTL (a different {@code -T} is reported, as
 *       BIND does); a new one takes the smallest TTL of the added keys' {@code .key} files,
 *       else {@code -T}, else the SOA TTL.
 *   <li>CDS (SHA-256 only) and CDNSKEY: added for every key in its sync-publish window, removed
 *       once its SyncDelete passed; a new RRset takes the DNSKEY TTL rule above without key files.
 * </ul>
 */
final class ApexKeys {

    private ApexKeys() {
    }

    /** The three RRsets after the update ({@code null} where none remains). */
    record Result(RRset dnskey, RRset cds, RRset cdnskey) {
    }

    static Result update(Name apex, RrClass rrClass, RRset dnskeys, RRset cds, RRset cdnskeys,
            List<SigningKey> keys, SignOptions options, long soaTtl, List<String> report, List<String> warnings) {
        long keyTtl = keyTtl(dnskeys, options, soaTtl, warnings);
        List<Rdata> keyRdata = dnskeys == null ? new ArrayList<>() : new ArrayList<>(dnskeys.rdataList());
        long addedTtl = -1;
        for (SigningKey k : keys) {
            if (!k.isManaged()) {
                continue;
            }
            Dnskey published = k.dnskey();
            Dnskey other = published.withFlags(published.flags() ^ Dnskey.FLAG_REVOKE);
            if (k.isRemoved()) {
                for (Dnskey form : new Dnskey[] {published, other}) {
                    if (keyRdata.remove(form.rdata())) {
                        report.add("Removing expired key " + describe(k, form) + " from DNSKEY RRset.");
                    }
                }
                continue;
            }
            if (!k.isPublished()) {
                continue;
            }
            if (published.isRevoked() && keyRdata.remove(other.rdata())) {
                report.add("Removing revoked key " + describe(k, other) + " from DNSKEY RRset.");
            }
            if (!keyRdata.contains(published.rdata())) {
                keyRdata.add(published.rdata());
                report.add("Fetching " + k.describe() + " (" + (published.isSep() ? "KSK" : "ZSK")
                        + ") from key repository.");
                long fileTtl = k.key().ttl();
                if (fileTtl >= 0) {
                    addedTtl = addedTtl < 0 ? fileTtl : Math.min(addedTtl, fileTtl);
                }
            }
        }
        long dnskeyTtl = dnskeys != null ? dnskeys.ttl() : addedTtl >= 0 ? addedTtl : keyTtl;
        if (options.maxTtl() >= 0) {
            dnskeyTtl = Math.min(dnskeyTtl, options.maxTtl());
        }
        RRset newKeys = keyRdata.isEmpty() ? null : RRset.of(apex, RrType.DNSKEY, rrClass, dnskeyTtl, keyRdata);

        List<Rdata> cdsRdata = cds == null ? new ArrayList<>() : new ArrayList<>(cds.rdataList());
        List<Rdata> cdnskeyRdata = cdnskeys == null ? new ArrayList<>() : new ArrayList<>(cdnskeys.rdataList());
        for (SigningKey k : keys) {
            Rdata ds = DelegationSigner.ds(apex, k.dnskey(), DigestType.SHA256).rdata();
            Rdata key = k.dnskey().rdata();
            if (k.publishesSync()) {
                addIfMissing(cdsRdata, ds);
                addIfMissing(cdnskeyRdata, key);
            }
            if (k.deletesSync()) {
                cdsRdata.remove(ds);
                cdnskeyRdata.remove(key);
            }
        }
        return new Result(newKeys, sync(apex, rrClass, RrType.CDS, cds, cdsRdata, keyTtl),
                sync(apex, rrClass, RrType.CDNSKEY, cdnskeys, cdnskeyRdata, keyTtl));
    }

    /**
     * BIND's key TTL: the existing DNSKEY RRset's TTL, else {@code -T}, else the SOA TTL, each
     * capped by {@code -M}; with its two warnings.
     */
    private static long keyTtl(RRset dnskeys, SignOptions options, long soaTtl, List<String> warnings) {
        long ttl = options.keyTtl();
        if (ttl >= 0 && options.maxTtl() >= 0 && ttl > options.maxTtl()) {
            warnings.add("warning: Specified key TTL " + ttl + " exceeds maximum zone TTL; reducing to "
                    + options.maxTtl());
            ttl = options.maxTtl();
        }
        if (ttl < 0) {
            ttl = soaTtl;
        }
        if (dnskeys != null) {
            if (options.keyTtl() >= 0 && ttl != dnskeys.ttl()) {
                warnings.add("User-specified TTL " + ttl + " conflicts with existing DNSKEY RRset TTL.");
                warnings.add("Imported keys will use the RRSet TTL " + dnskeys.ttl() + " instead.");
            }
            ttl = dnskeys.ttl();
        }
        return options.maxTtl() >= 0 ? Math.min(ttl, options.maxTtl()) : ttl;
    }

    private static RRset sync(Name apex, RrClass rrClass, RrType type, RRset existing, List<Rdata> rdata, long ttl) {
        if (rdata.isEmpty()) {
            return null;
        }
        return RRset.of(apex, type, rrClass, existing != null ? existing.ttl() : ttl, rdata);
    }

    private static void addIfMissing(List<Rdata> list, Rdata r) {
        if (!list.contains(r)) {
            list.add(r);
        }
    }

    /** {@code example.test/50739/ED25519}: BIND's order in its removal messages. */
    private static String describe(SigningKey k, Dnskey form) {
        return k.zoneText() + "/" + form.keyTag() + "/" + k.algorithmText();
    }
}
