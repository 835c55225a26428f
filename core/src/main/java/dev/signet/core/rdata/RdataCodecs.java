package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The registry of rdata codecs, and the entry points every other package uses: parse (including
 * RFC 3597 {@code \#} for any type), format, canonical form and canonical comparison.
 */
public final class RdataCodecs {

    private static final Map<Integer, RdataCodec> CODECS = new HashMap<>();

    static {
        register(RrType.A, new ACodec());
        register(RrType.AAAA, new AaaaCodec());
        SingleNameCodec singleName = new SingleNameCodec();
        for (RrType t : new RrType[] {RrType.NS, RrType.CNAME, RrType.DNAME, RrType.PTR,
                RrType.MD, RrType.MF, RrType.MB, RrType.MG, RrType.MR}) {
            register(t, singleName);
        }
        register(RrType.SOA, new SoaCodec());
        PreferenceNameCodec prefName = new PreferenceNameCodec();
        for (RrType t : new RrType[] {RrType.MX, RrType.AFSDB, RrType.RT, RrType.KX}) {
            register(t, prefName);
        }
        TxtCodec txt = new TxtCodec();
        register(RrType.TXT, txt);
        register(RrType.SPF, txt);
        register(RrType.HINFO, new HinfoCodec());
        TwoNameCodec twoNames = new TwoNameCodec();
        register(RrType.RP, twoNames);
        register(RrType.MINFO, twoNames);
        register(RrType.SRV, new SrvCodec());
        register(RrType.NAPTR, new NaptrCodec());
        register(RrType.LOC, new LocCodec());
        register(RrType.CAA, new CaaCodec());
        register(RrType.URI, new UriCodec());
        register(RrType.SSHFP, new SshfpCodec());
        TlsaCodec tlsa = new TlsaCodec();
        register(RrType.TLSA, tlsa);
        register(RrType.SMIMEA, tlsa);
        Base64Codec base64 = new Base64Codec();
        register(RrType.OPENPGPKEY, base64);
        register(RrType.DHCID, base64);
        SvcbCodec svcb = new SvcbCodec();
        register(RrType.SVCB, svcb);
        register(RrType.HTTPS, svcb);
        register(RrType.CSYNC, new CsyncCodec());
        register(RrType.ZONEMD, new ZonemdCodec());
        register(RrType.RRSIG, new RrsigCodec());
        register(RrType.NSEC, new NsecCodec());
        register(RrType.NSEC3, new Nsec3Codec());
        register(RrType.NSEC3PARAM, new Nsec3ParamCodec());
        register(RrType.EUI48, new EuiCodec(6));
        register(RrType.EUI64, new EuiCodec(8));
        register(RrType.L32, new IlnpCodec(true));
        IlnpCodec locator64 = new IlnpCodec(false);
        register(RrType.L64, locator64);
        register(RrType.NID, locator64);
        // LP (RFC 6742 §2.4) is a preference and a name like MX, but its name is not in the
        // RFC 4034 §6.2 list, so RdataCodecs.canonical never lower-cases it.
        register(RrType.LP, prefName);
        register(RrType.CERT, new CertCodec());
        register(RrType.IPSECKEY, new IpseckeyCodec());
        register(RrType.APL, new AplCodec());
        DnskeyCodec dnskey = new DnskeyCodec();
        register(RrType.DNSKEY, dnskey);
        register(RrType.CDNSKEY, dnskey);
        DsCodec ds = new DsCodec();
        register(RrType.DS, ds);
        register(RrType.CDS, ds);
    }

    private RdataCodecs() {
    }

    private static void register(RrType type, RdataCodec codec) {
        CODECS.put(type.code(), codec);
    }

    /** The codec for a type, or {@code null} when the type is only known in {@code \#} form. */
    public static RdataCodec codec(RrType type) {
        return CODECS.get(type.code());
    }

    /** True if presentation format other than {@code \#} is understood for this type. */
    public static boolean hasCodec(RrType type) {
        return CODECS.containsKey(type.code());
    }

    /**
     * Parses the rdata words of one record.
     *
     * @throws TextException located at the offending token
     */
    public static Rdata parse(RrType type, TokenSource tokens, Name origin) {
        RdataCodec codec = CODECS.get(type.code());
        Token first = tokens.peek();
        if (first != null && !first.quoted() && first.text().equals("\\#")) {
            byte[] wire = parseGeneric(tokens);
            if (codec != null) {
                try {
                    codec.validate(wire);
                } catch (TextException e) {
                    throw e.at(first);
                }
            }
            return Rdata.ofOwned(wire);
        }
        if (codec == null) {
            Token at = first != null ? first : tokens.endPosition();
            throw at.error("UNKNOWN_RDATA_SYNTAX", "type " + type + " rdata must use the \\# form (RFC 3597)");
        }
        return Rdata.ofOwned(codec.parse(tokens, origin));
    }

    /** RFC 3597 §5: {@code \# <length> <hex words...>}. */
    private static byte[] parseGeneric(TokenSource tokens) {
        tokens.next("\\#");
        Token lenTok = tokens.next("rdata length after \\#");
        int len = (int) TextFields.unsigned(lenTok, 0xFFFF, "\\# rdata length");
        byte[] wire = HexText.readRemaining(tokens, "\\# data", true);
        if (wire.length != len) {
            throw lenTok.error("GENERIC_LENGTH", "\\# says " + len + " octets but " + wire.length + " follow");
        }
        return wire;
    }

    /**
     * Checks that wire rdata is well formed for the type, so that format, canonical form and the
     * typed views can rely on its structure. Types without a codec (known only in {@code \#}
     * form) accept any octets.
     *
     * @throws IllegalArgumentException naming the type, with the {@code BAD_RDATA_WIRE}
     *     {@link TextException} as its cause
     */
    public static void requireWellFormed(RrType type, Rdata rdata) {
        RdataCodec codec = CODECS.get(type.code());
        if (codec == null) {
            return;
        }
        try {
            codec.validate(rdata.wireUnsafe());
        } catch (TextException e) {
            throw new IllegalArgumentException("malformed " + type + " rdata: " + e.detail(), e);
        }
    }

    /** Appends the presentation form of the rdata; {@code \#} for types without a codec. */
    public static void format(RrType type, Rdata rdata, StringBuilder out) {
        RdataCodec codec = CODECS.get(type.code());
        if (codec == null) {
            GenericRdata.append(out, rdata.wireUnsafe());
        } else {
            codec.format(rdata.wireUnsafe(), out);
        }
    }

    public static String format(RrType type, Rdata rdata) {
        StringBuilder sb = new StringBuilder(rdata.length() * 2 + 16);
        format(type, rdata, sb);
        return sb.toString();
    }

    /**
     * The canonical wire form of RFC 4034 §6.2 (names lower-cased only for the types listed in
     * {@link CanonicalForm}). May return the stored array itself: do not modify the result.
     */
    public static byte[] canonical(RrType type, Rdata rdata) {
        byte[] wire = rdata.wireUnsafe();
        if (!CanonicalForm.lowercasesNames(type)) {
            return wire;
        }
        RdataCodec codec = CODECS.get(type.code());
        return codec == null ? wire : codec.canonical(wire);
    }

    /** RFC 4034 §6.3: canonical forms compared as left-justified unsigned octet sequences. */
    public static int compareCanonical(RrType type, Rdata a, Rdata b) {
        return Arrays.compareUnsigned(canonical(type, a), canonical(type, b));
    }
}
