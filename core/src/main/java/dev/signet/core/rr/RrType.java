package dev.signet.core.rr;

import dev.signet.core.text.TextException;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An RR type code (0–65535) with its mnemonic. Types without a mnemonic here are written as
 * {@code TYPEnnn} (RFC 3597 §5) and round-trip that way. The mnemonic table is the one BIND 9.18
 * prints (checked with {@code named-compilezone} on an NSEC bitmap of types 1–270, 32768, 32769),
 * so type bitmaps and RRSIG covered types read the same as BIND's output.
 */
public final class RrType implements Comparable<RrType> {

    private static final Map<String, RrType> BY_NAME = new HashMap<>();
    private static final RrType[] KNOWN = new RrType[65536];
    private static final Map<Integer, RrType> UNNAMED = new ConcurrentHashMap<>();

    public static final RrType A = define(1, "A");
    public static final RrType NS = define(2, "NS");
    public static final RrType MD = define(3, "MD");
    public static final RrType MF = define(4, "MF");
    public static final RrType CNAME = define(5, "CNAME");
    public static final RrType SOA = define(6, "SOA");
    public static final RrType MB = define(7, "MB");
    public static final RrType MG = define(8, "MG");
    public static final RrType MR = define(9, "MR");
    public static final RrType NULL = define(10, "NULL");
    public static final RrType WKS = define(11, "WKS");
    public static final RrType PTR = define(12, "PTR");
    public static final RrType HINFO = define(13, "HINFO");
    public static final RrType MINFO = define(14, "MINFO");
    public static final RrType MX = define(15, "MX");
    public static final RrType TXT = define(16, "TXT");
    public static final RrType RP = define(17, "RP");
    public static final RrType AFSDB = define(18, "AFSDB");
    public static final RrType X25 = define(19, "X25");
    public static final RrType ISDN = define(20, "ISDN");
    public static final RrType RT = define(21, "RT");
    public static final RrType NSAP = define(22, "NSAP");
    public static final RrType NSAP_PTR = define(23, "NSAP-PTR");
    public static final RrType SIG = define(24, "SIG");
    public static final RrType KEY = define(25, "KEY");
    public static final RrType PX = define(26, "PX");
    public static final RrType GPOS = define(27, "GPOS");
    public static final RrType AAAA = define(28, "AAAA");
    public static final RrType LOC = define(29, "LOC");
    public static final RrType NXT = define(30, "NXT");
    public static final RrType EID = define(31, "EID");
    public static final RrType NIMLOC = define(32, "NIMLOC");
    public static final RrType SRV = define(33, "SRV");
    public static final RrType ATMA = define(34, "ATMA");
    public static final RrType NAPTR = define(35, "NAPTR");
    public static final RrType KX = define(36, "KX");
    public static final RrType CERT = define(37, "CERT");
    public static final RrType A6 = define(38, "A6");
    public static final RrType DNAME = define(39, "DNAME");
    public static final RrType SINK = define(40, "SINK");
    public static final RrType OPT = define(41, "OPT");
    public static final RrType APL = define(42, "APL");
    public static final RrType DS = define(43, "DS");
    public static final RrType SSHFP = define(44, "SSHFP");
    public static final RrType IPSECKEY = define(45, "IPSECKEY");
    public static final RrType RRSIG = define(46, "RRSIG");
    public static final RrType NSEC = define(47, "NSEC");
    public static final RrType DNSKEY = define(48, "DNSKEY");
    public static final RrType DHCID = define(49, "DHCID");
    public static final RrType NSEC3 = define(50, "NSEC3");
    public static final RrType NSEC3PARAM = define(51, "NSEC3PARAM");
    public static final RrType TLSA = define(52, "TLSA");
    public static final RrType SMIMEA = define(53, "SMIMEA");
    public static final RrType HIP = define(55, "HIP");
    public static final RrType NINFO = define(56, "NINFO");
    public static final RrType RKEY = define(57, "RKEY");
    public static final RrType TALINK = define(58, "TALINK");
    public static final RrType CDS = define(59, "CDS");
    public static final RrType CDNSKEY = define(60, "CDNSKEY");
    public static final RrType OPENPGPKEY = define(61, "OPENPGPKEY");
    public static final RrType CSYNC = define(62, "CSYNC");
    public static final RrType ZONEMD = define(63, "ZONEMD");
    public static final RrType SVCB = define(64, "SVCB");
    public static final RrType HTTPS = define(65, "HTTPS");
    public static final RrType DSYNC = define(66, "DSYNC");
    public static final RrType HHIT = define(67, "HHIT");
    public static final RrType BRID = define(68, "BRID");
    public static final RrType SPF = define(99, "SPF");
    public static final RrType UINFO = define(100, "UINFO");
    public static final RrType UID = define(101, "UID");
    public static final RrType GID = define(102, "GID");
    public static final RrType UNSPEC = define(103, "UNSPEC");
    public static final RrType NID = define(104, "NID");
    public static final RrType L32 = define(105, "L32");
    public static final RrType L64 = define(106, "L64");
    public static final RrType LP = define(107, "LP");
    public static final RrType EUI48 = define(108, "EUI48");
    public static final RrType EUI64 = define(109, "EUI64");
    public static final RrType TKEY = define(249, "TKEY");
    public static final RrType TSIG = define(250, "TSIG");
    public static final RrType IXFR = define(251, "IXFR");
    public static final RrType AXFR = define(252, "AXFR");
    public static final RrType MAILB = define(253, "MAILB");
    public static final RrType MAILA = define(254, "MAILA");
    public static final RrType ANY = define(255, "ANY");
    public static final RrType URI = define(256, "URI");
    public static final RrType CAA = define(257, "CAA");
    public static final RrType AVC = define(258, "AVC");
    public static final RrType DOA = define(259, "DOA");
    public static final RrType AMTRELAY = define(260, "AMTRELAY");
    public static final RrType RESINFO = define(261, "RESINFO");
    public static final RrType WALLET = define(262, "WALLET");
    public static final RrType TA = define(32768, "TA");
    public static final RrType DLV = define(32769, "DLV");

    private final int code;
    private final String mnemonic;

    private RrType(int code, String mnemonic) {
        this.code = code;
        this.mnemonic = mnemonic;
    }

    private static RrType define(int code, String mnemonic) {
        RrType t = new RrType(code, mnemonic);
        KNOWN[code] = t;
        BY_NAME.put(mnemonic, t);
        return t;
    }

    /** The type for a numeric code; codes without a mnemonic print as {@code TYPEnnn}. */
    public static RrType of(int code) {
        if (code < 0 || code > 0xFFFF) {
            throw new IllegalArgumentException("RR type out of range: " + code);
        }
        RrType t = KNOWN[code];
        if (t != null) {
            return t;
        }
        return UNNAMED.computeIfAbsent(code, c -> new RrType(c, "TYPE" + c));
    }

    /**
     * Parses a mnemonic (case-insensitive) or {@code TYPEnnn}.
     *
     * @throws TextException {@code UNKNOWN_TYPE}
     */
    public static RrType parse(String text) {
        RrType t = lookup(text);
        if (t == null) {
            throw new TextException("UNKNOWN_TYPE", "unknown RR type '" + text + "'");
        }
        return t;
    }

    /** Like {@link #parse} but returns {@code null} for a word that is not a type. */
    public static RrType lookup(String text) {
        RrType t = BY_NAME.get(text);
        if (t != null) {
            return t;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        t = BY_NAME.get(upper);
        if (t != null) {
            return t;
        }
        int n = GenericMnemonic.number(upper, "TYPE");
        return n >= 0 ? of(n) : null;
    }

    public int code() {
        return code;
    }

    public String mnemonic() {
        return mnemonic;
    }

    /** RFC 4034 §4.1.2 / RFC 5155 meta and pseudo types that never appear in a zone's data. */
    public boolean isMetaOrQuestionOnly() {
        return code == 41 || (code >= 128 && code <= 255);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RrType t && t.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    @Override
    public int compareTo(RrType o) {
        return Integer.compare(code, o.code);
    }

    @Override
    public String toString() {
        return mnemonic;
    }
}
