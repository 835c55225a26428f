package dev.signet.core.rdata;

/** The key tag of RFC 4034 Appendix B, computed over DNSKEY (or CDNSKEY) wire rdata. */
public final class KeyTag {

    private KeyTag() {
    }

    /** Key tag of DNSKEY rdata {@code flags | protocol | algorithm | public key}. */
    public static int of(byte[] rdata) {
        if (rdata.length < 4) {
            throw new IllegalArgumentException("DNSKEY rdata shorter than 4 octets");
        }
        if ((rdata[3] & 0xFF) == 1) {
            // Appendix B.1: RSA/MD5 keys use the most significant 16 of the least significant 24
            // bits of the modulus, i.e. the third-to-last and second-to-last octets of the rdata.
            int n = rdata.length;
            if (n < 7) {
                return 0;
            }
            return ((rdata[n - 3] & 0xFF) << 8) | (rdata[n - 2] & 0xFF);
        }
        long ac = 0;
        for (int i = 0; i < rdata.length; i++) {
            ac += (i & 1) == 0 ? (rdata[i] & 0xFF) << 8 : rdata[i] & 0xFF;
        }
        ac += (ac >> 16) & 0xFFFF;
        return (int) (ac & 0xFFFF);
    }
}
