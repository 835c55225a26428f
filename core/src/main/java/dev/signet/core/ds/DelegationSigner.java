package dev.signet.core.ds;

import dev.signet.core.crypto.DigestType;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.rdata.Ds;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;

import java.security.MessageDigest;

/**
 * DS, CDS and CDNSKEY records for a DNSKEY: RFC 4034 §5.1.4 (digest over the canonical owner name
 * and the DNSKEY rdata), RFC 7344 §3 (CDS/CDNSKEY have DS/DNSKEY rdata) and the RFC 8078 §4
 * delete signals (erratum 5049 form).
 */
public final class DelegationSigner {

    private DelegationSigner() {
    }

    /** The DS rdata for {@code key} at {@code owner}: {@code digest = H(lowercase owner wire | rdata)}. */
    public static Ds ds(Name owner, Dnskey key, DigestType type) {
        MessageDigest md = type.newDigest();
        byte[] ownerWire = new byte[owner.wireLength()];
        owner.writeWire(ownerWire, 0, true);
        md.update(ownerWire);
        md.update(key.wireUnsafe());
        return Ds.create(key.keyTag(), key.algorithm(), type.number(), md.digest());
    }

    public static Record dsRecord(Name owner, RrClass rrClass, long ttl, Dnskey key, DigestType type) {
        return new Record(owner, RrType.DS, rrClass, ttl, ds(owner, key, type).rdata());
    }

    /** A CDS record (RFC 7344 §3.1): the DS rdata the child wants at the parent. */
    public static Record cdsRecord(Name owner, RrClass rrClass, long ttl, Dnskey key, DigestType type) {
        return new Record(owner, RrType.CDS, rrClass, ttl, ds(owner, key, type).rdata());
    }

    /** A CDNSKEY record (RFC 7344 §3.2): the DNSKEY rdata unchanged. */
    public static Record cdnskeyRecord(Name owner, RrClass rrClass, long ttl, Dnskey key) {
        return new Record(owner, RrType.CDNSKEY, rrClass, ttl, key.rdata());
    }

    /** {@code CDS 0 0 0 00}: remove every DS (RFC 8078 §4, erratum 5049). */
    public static Record cdsDelete(Name owner, RrClass rrClass, long ttl) {
        return new Record(owner, RrType.CDS, rrClass, ttl, Ds.DELETE.rdata());
    }

    /** {@code CDNSKEY 0 3 0 AA==}: remove every DS (RFC 8078 §4, erratum 5049). */
    public static Record cdnskeyDelete(Name owner, RrClass rrClass, long ttl) {
        return new Record(owner, RrType.CDNSKEY, rrClass, ttl, Dnskey.DELETE.rdata());
    }
}
