package dev.signet.core.rdata;

import dev.signet.core.rr.RrType;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * Seeded generator of random, well-formed wire rdata for every type with a codec. With
 * {@code lowercaseNames} the same random stream yields the same rdata with the letters of its
 * embedded domain names lower-cased (and nothing else changed), which the canonical-form test
 * relies on.
 */
final class RandomRdata {

    private final Random r;
    private final boolean lowercaseNames;

    RandomRdata(long seed, boolean lowercaseNames) {
        this.r = new Random(seed);
        this.lowercaseNames = lowercaseNames;
    }

    /** Types the generator covers: must be every type with a codec. */
    static final List<RrType> TYPES = List.of(RrType.A, RrType.AAAA, RrType.NS, RrType.CNAME, RrType.DNAME,
            RrType.PTR, RrType.MD, RrType.MF, RrType.MB, RrType.MG, RrType.MR, RrType.SOA, RrType.MX, RrType.AFSDB,
            RrType.RT, RrType.KX, RrType.LP, RrType.TXT, RrType.SPF, RrType.HINFO, RrType.RP, RrType.MINFO,
            RrType.SRV, RrType.NAPTR, RrType.LOC, RrType.CAA, RrType.URI, RrType.SSHFP, RrType.TLSA, RrType.SMIMEA,
            RrType.OPENPGPKEY, RrType.DHCID, RrType.SVCB, RrType.HTTPS, RrType.CSYNC, RrType.ZONEMD, RrType.RRSIG,
            RrType.NSEC, RrType.NSEC3, RrType.NSEC3PARAM, RrType.EUI48, RrType.EUI64, RrType.L32, RrType.L64,
            RrType.NID, RrType.CERT, RrType.IPSECKEY, RrType.APL, RrType.DS, RrType.CDS, RrType.DNSKEY,
            RrType.CDNSKEY);

    byte[] generate(RrType type) {
        WireBuffer w = new WireBuffer();
        switch (type.mnemonic()) {
            case "A" -> w.bytes(bytes(4));
            case "AAAA" -> w.bytes(ipv6());
            case "NS", "CNAME", "DNAME", "PTR", "MD", "MF", "MB", "MG", "MR" -> name(w);
            case "SOA" -> {
                name(w);
                name(w);
                for (int i = 0; i < 5; i++) {
                    w.u32(u32());
                }
            }
            case "MX", "AFSDB", "RT", "KX", "LP" -> {
                w.u16(r.nextInt(65536));
                name(w);
            }
            case "TXT", "SPF" -> {
                int n = 1 + r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    characterString(w, r.nextInt(4) == 0 ? 255 : 40);
                }
            }
            case "HINFO" -> {
                characterString(w, 30);
                characterString(w, 30);
            }
            case "RP", "MINFO" -> {
                name(w);
                name(w);
            }
            case "SRV" -> {
                w.u16(r.nextInt(65536)).u16(r.nextInt(65536)).u16(r.nextInt(65536));
                name(w);
            }
            case "NAPTR" -> naptr(w);
            case "LOC" -> loc(w);
            case "CAA" -> {
                w.u8(r.nextBoolean() ? 0 : r.nextInt(256));
                String alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
                int tagLen = 1 + r.nextInt(15);
                w.u8(tagLen);
                for (int i = 0; i < tagLen; i++) {
                    w.u8(alnum.charAt(r.nextInt(alnum.length())));
                }
                w.bytes(text(r.nextInt(300)));
            }
            case "URI" -> w.u16(r.nextInt(65536)).u16(r.nextInt(65536)).bytes(text(r.nextInt(300)));
            case "SSHFP" -> {
                int fpType = r.nextInt(4);
                w.u8(r.nextInt(256)).u8(fpType);
                w.bytes(bytes(fpType == 1 ? 20 : fpType == 2 ? 32 : r.nextInt(70)));
            }
            case "TLSA", "SMIMEA" -> w.u8(r.nextInt(256)).u8(r.nextInt(256)).u8(r.nextInt(256))
                    .bytes(bytes(1 + r.nextInt(100)));
            case "OPENPGPKEY", "DHCID" -> w.bytes(bytes(1 + r.nextInt(300)));
            case "SVCB", "HTTPS" -> svcb(w);
            case "CSYNC" -> {
                w.u32(u32()).u16(r.nextInt(65536));
                bitmap(true).writeTo(w);
            }
            case "ZONEMD" -> {
                int alg = r.nextInt(4);
                w.u32(u32()).u8(r.nextInt(256)).u8(alg);
                w.bytes(bytes(alg == 1 ? 48 : alg == 2 ? 64 : 12 + r.nextInt(60)));
            }
            case "RRSIG" -> rrsig(w);
            case "NSEC" -> {
                name(w);
                bitmap(false).writeTo(w);
            }
            case "NSEC3" -> {
                int alg = r.nextInt(3);
                nsec3Parameters(w, alg);
                int hashLen = alg == 1 ? 20 : 1 + r.nextInt(Nsec3Codec.MAX_HASH_LENGTH);
                w.u8(hashLen).bytes(bytes(hashLen));
                bitmap(true).writeTo(w);
            }
            case "NSEC3PARAM" -> nsec3Parameters(w, r.nextInt(256));
            case "EUI48" -> w.bytes(bytes(6));
            case "EUI64" -> w.bytes(bytes(8));
            case "L32" -> w.u16(r.nextInt(65536)).bytes(bytes(4));
            case "L64", "NID" -> w.u16(r.nextInt(65536)).bytes(bytes(8));
            case "CERT" -> w.u16(r.nextInt(3) == 0 ? 65535 - r.nextInt(300) : r.nextInt(12)).u16(r.nextInt(65536))
                    .u8(r.nextInt(256)).bytes(bytes(1 + r.nextInt(200)));
            case "IPSECKEY" -> {
                int gatewayType = r.nextInt(4);
                w.u8(r.nextInt(256)).u8(gatewayType).u8(r.nextInt(256));
                if (gatewayType == 1) {
                    w.bytes(bytes(4));
                } else if (gatewayType == 2) {
                    w.bytes(ipv6());
                } else if (gatewayType == 3) {
                    name(w);
                }
                w.bytes(bytes(1 + r.nextInt(200)));
            }
            case "APL" -> {
                int items = r.nextInt(4);
                for (int i = 0; i < items; i++) {
                    boolean v4 = r.nextBoolean();
                    byte[] addr = v4 ? bytes(4) : ipv6();
                    int len = r.nextInt(addr.length + 1);
                    while (len > 0 && addr[len - 1] == 0) {
                        len--;
                    }
                    w.u16(v4 ? 1 : 2).u8(r.nextInt(v4 ? 33 : 129)).u8((r.nextBoolean() ? 0x80 : 0) | len)
                            .bytes(addr, 0, len);
                }
            }
            case "DS" -> ds(w);
            case "CDS" -> {
                if (r.nextInt(8) == 0) {
                    w.bytes(Ds.DELETE.rdata().toWire()); // RFC 8078 §4 (erratum 5049): 0 0 0 00
                } else {
                    ds(w);
                }
            }
            case "DNSKEY" -> dnskey(w);
            case "CDNSKEY" -> {
                if (r.nextInt(8) == 0) {
                    w.bytes(Dnskey.DELETE.rdata().toWire()); // RFC 8078 §4 (erratum 5049): 0 3 0 AA==
                } else {
                    dnskey(w);
                }
            }
            default -> throw new IllegalArgumentException("no generator for " + type);
        }
        return w.toByteArray();
    }

    // ---------------------------------------------------------------- pieces

    private long u32() {
        return r.nextInt(3) == 0 ? r.nextInt(100) : r.nextLong() & 0xFFFF_FFFFL;
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    /** Text that is mostly printable, with quotes, backslashes, spaces and binary octets mixed in. */
    private byte[] text(int n) {
        byte[] b = new byte[n];
        String specials = "\"\\ ;()@$,=";
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(20);
            b[i] = (byte) (k < 14 ? 0x21 + r.nextInt(0x5E) : k < 18 ? specials.charAt(r.nextInt(specials.length()))
                    : r.nextInt(256));
        }
        return b;
    }

    private void characterString(WireBuffer w, int maxLen) {
        byte[] s = text(r.nextInt(maxLen + 1));
        w.u8(s.length).bytes(s);
    }

    private byte[] ipv6() {
        byte[] b = bytes(16);
        // Zero runs of random placement and length exercise "::" and the dotted-quad forms.
        int start = r.nextInt(8);
        int len = r.nextInt(9 - start);
        for (int g = start; g < start + len; g++) {
            b[2 * g] = 0;
            b[2 * g + 1] = 0;
        }
        if (r.nextInt(6) == 0) {
            java.util.Arrays.fill(b, 0, 10, (byte) 0);
            b[10] = b[11] = (byte) (r.nextBoolean() ? 0xFF : 0);
        }
        return b;
    }

    /** A random name of up to 5 labels with mixed case and octets that need escaping. */
    void name(WireBuffer w) {
        int labels = r.nextInt(6);
        int total = 1;
        String specials = ".;\\\"()@$ ";
        for (int i = 0; i < labels; i++) {
            int len = r.nextInt(10) == 0 ? 63 : 1 + r.nextInt(12);
            if (total + len + 1 > 255) {
                break;
            }
            total += len + 1;
            w.u8(len);
            for (int j = 0; j < len; j++) {
                int k = r.nextInt(24);
                int c = k < 10 ? 'a' + r.nextInt(26) : k < 18 ? 'A' + r.nextInt(26) : k < 20 ? '0' + r.nextInt(10)
                        : k < 22 ? specials.charAt(r.nextInt(specials.length())) : r.nextInt(256);
                if (lowercaseNames && c >= 'A' && c <= 'Z') {
                    c += 32;
                }
                w.u8(c);
            }
        }
        w.u8(0);
    }

    private int nameLabels(byte[] wire, int off) {
        int n = 0;
        while (wire[off] != 0) {
            off += wire[off] + 1;
            n++;
        }
        return n;
    }

    TypeBitmap bitmap(boolean allowEmpty) {
        int n = allowEmpty ? r.nextInt(8) : 1 + r.nextInt(8);
        List<RrType> types = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(10);
            types.add(RrType.of(k < 6 ? 1 + r.nextInt(70) : k < 8 ? r.nextInt(300) : r.nextInt(65536)));
        }
        return TypeBitmap.of(types);
    }

    private void nsec3Parameters(WireBuffer w, int alg) {
        w.u8(alg).u8(r.nextInt(256)).u16(r.nextInt(65536));
        int saltLen = r.nextInt(4) == 0 ? 0 : r.nextInt(r.nextInt(10) == 0 ? 256 : 20);
        w.u8(saltLen).bytes(bytes(saltLen));
    }

    private void rrsig(WireBuffer w) {
        WireBuffer signer = new WireBuffer();
        name(signer);
        byte[] signerWire = signer.toByteArray();
        int minLabels = nameLabels(signerWire, 0);
        w.u16(r.nextInt(65536)).u8(r.nextInt(256)).u8(minLabels + r.nextInt(256 - minLabels)).u32(u32())
                .u32(u32()).u32(u32()).u16(r.nextInt(65536)).bytes(signerWire).bytes(bytes(1 + r.nextInt(300)));
    }

    /**
     * DS / CDS: the digest types BIND checks (1, 2, 4) get exactly their digest length; GOST (3)
     * and unassigned types get any non-empty digest.
     */
    private void ds(WireBuffer w) {
        int[] checked = {1, 2, 4};
        int[] lengths = {20, 32, 48};
        w.u16(r.nextInt(65536)).u8(r.nextInt(256));
        int k = r.nextInt(5);
        if (k < 3) {
            w.u8(checked[k]).bytes(bytes(lengths[k]));
        } else {
            int type = k == 3 ? 3 : new int[] {0, 5, 6, 200, 255}[r.nextInt(5)];
            w.u8(type).bytes(bytes(1 + r.nextInt(70)));
        }
    }

    /**
     * DNSKEY / CDNSKEY: any flags and protocol; for the algorithms with a defined key format a
     * key of valid length in it (RFC 3110 RSA, RFC 2536 DSA, RFC 5933 GOST, RFC 6605 ECDSA,
     * RFC 8080 EdDSA, RFC 4034 A.1.1 PRIVATEDNS), for the others any non-empty key.
     */
    private void dnskey(WireBuffer w) {
        w.u16(r.nextInt(4) == 0 ? r.nextInt(65536) : new int[] {256, 257, 385}[r.nextInt(3)])
                .u8(r.nextInt(8) == 0 ? r.nextInt(256) : 3);
        int[] algorithms = {1, 3, 5, 6, 7, 8, 10, 12, 13, 14, 15, 16, 253, 254};
        int alg = r.nextInt(5) == 0 ? r.nextInt(256) : algorithms[r.nextInt(algorithms.length)];
        w.u8(alg);
        switch (alg) {
            case 1, 5, 7, 8, 10 -> {
                // RFC 3110 §2: exponent length octet (or 0 and two octets), exponent, modulus.
                byte[] exponent = r.nextBoolean() ? new byte[] {1, 0, 1} : new byte[] {3};
                if (r.nextInt(10) == 0) {
                    w.u8(0).u16(exponent.length);
                } else {
                    w.u8(exponent.length);
                }
                byte[] modulus = bytes(64 + 8 * r.nextInt(57));
                modulus[0] |= (byte) 0x80;
                w.bytes(exponent).bytes(modulus);
            }
            case 3, 6 -> {
                // RFC 2536 §2: T, Q (20 octets), P, G and Y (64 + 8T octets each).
                int t = r.nextInt(9);
                w.u8(t).bytes(bytes(20 + 3 * (64 + 8 * t)));
            }
            case 12, 13 -> w.bytes(bytes(64));
            case 14 -> w.bytes(bytes(96));
            case 15 -> w.bytes(bytes(32));
            case 16 -> w.bytes(bytes(57));
            case 253 -> {
                name(w);
                w.bytes(bytes(r.nextInt(100)));
            }
            default -> w.bytes(bytes(1 + r.nextInt(300)));
        }
    }

    private void loc(WireBuffer w) {
        w.u8(0);
        for (int i = 0; i < 3; i++) {
            w.u8(r.nextInt(8) == 0 ? 0 : (1 + r.nextInt(9)) << 4 | r.nextInt(10));
        }
        long equator = 0x8000_0000L;
        w.u32(equator + (long) ((r.nextDouble() * 2 - 1) * 90 * 3600_000));
        w.u32(r.nextInt(10) == 0 ? equator - 180L * 3600_000L : equator + (long) ((r.nextDouble() * 2 - 1) * 180 * 3600_000));
        w.u32(r.nextLong() & 0xFFFF_FFFFL);
    }

    private void naptr(WireBuffer w) {
        w.u16(r.nextInt(65536)).u16(r.nextInt(65536));
        characterString(w, 10);
        characterString(w, 30);
        byte[] regexp = r.nextInt(5) == 0 ? new byte[0] : naptrRegexp();
        w.u8(regexp.length).bytes(regexp);
        name(w);
    }

    /** {@code !ere!replacement!flags} built from a small grammar that is always valid. */
    private byte[] naptrRegexp() {
        String delims = "!/#|%";
        char d = delims.charAt(r.nextInt(delims.length()));
        StringBuilder ere = new StringBuilder();
        int groups = 0;
        if (r.nextBoolean()) {
            ere.append('^');
        }
        int atoms = 1 + r.nextInt(4);
        for (int i = 0; i < atoms; i++) {
            switch (r.nextInt(6)) {
                case 0 -> ere.append('.');
                case 1 -> ere.append("[a-z0-9]");
                case 2 -> {
                    ere.append("(x.*)");
                    groups++;
                }
                case 3 -> ere.append("\\.");
                default -> ere.append((char) ('a' + r.nextInt(26)));
            }
            if (r.nextInt(3) == 0) {
                ere.append("*+?".charAt(r.nextInt(3)));
            }
        }
        if (r.nextBoolean()) {
            ere.append('$');
        }
        StringBuilder repl = new StringBuilder("sip:");
        if (groups > 0) {
            repl.append('\\').append(1 + r.nextInt(groups));
        }
        repl.append("@example.com");
        String s = d + ere.toString() + d + repl + d + (r.nextBoolean() ? "i" : "");
        return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private void svcb(WireBuffer w) {
        w.u16(r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(65535));
        name(w);
        TreeMap<Integer, byte[]> params = new TreeMap<>();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            int key = switch (r.nextInt(9)) {
                case 0 -> SvcParams.ALPN;
                case 1 -> SvcParams.PORT;
                case 2 -> SvcParams.IPV4HINT;
                case 3 -> SvcParams.ECH;
                case 4 -> SvcParams.IPV6HINT;
                case 5 -> SvcParams.DOHPATH;
                case 6 -> SvcParams.NO_DEFAULT_ALPN;
                default -> 8 + r.nextInt(65528);
            };
            params.put(key, svcValue(key));
        }
        if (params.containsKey(SvcParams.NO_DEFAULT_ALPN)) {
            params.putIfAbsent(SvcParams.ALPN, svcValue(SvcParams.ALPN));
        }
        if (!params.isEmpty() && r.nextBoolean()) {
            WireBuffer m = new WireBuffer();
            for (int key : params.keySet()) {
                if (r.nextBoolean() || m.length() == 0) {
                    m.u16(key);
                }
            }
            params.put(SvcParams.MANDATORY, m.toByteArray());
        }
        params.forEach((k, v) -> w.u16(k).u16(v.length).bytes(v));
    }

    private byte[] svcValue(int key) {
        WireBuffer v = new WireBuffer();
        switch (key) {
            case SvcParams.ALPN -> {
                int ids = 1 + r.nextInt(3);
                for (int i = 0; i < ids; i++) {
                    byte[] id = text(1 + r.nextInt(8));
                    v.u8(id.length).bytes(id);
                }
            }
            case SvcParams.PORT -> v.u16(r.nextInt(65536));
            case SvcParams.IPV4HINT -> v.bytes(bytes(4 * (1 + r.nextInt(3))));
            case SvcParams.IPV6HINT -> {
                int k = 1 + r.nextInt(2);
                for (int i = 0; i < k; i++) {
                    v.bytes(ipv6());
                }
            }
            case SvcParams.ECH -> v.bytes(bytes(r.nextInt(60)));
            case SvcParams.DOHPATH -> v.bytes(("/dns" + (char) ('a' + r.nextInt(26)) + "{?dns}")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            case SvcParams.NO_DEFAULT_ALPN -> {
            }
            default -> v.bytes(text(r.nextInt(20)));
        }
        return v.toByteArray();
    }
}
