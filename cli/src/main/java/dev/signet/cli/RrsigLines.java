package dev.signet.cli;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Base64Text;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rdata.SignatureTime;
import dev.signet.core.rr.RrType;

import java.util.Arrays;

/**
 * RRSIG rdata in BIND's multi-line layout ({@link MultilineRdata}), printed straight from the
 * wire form (RFC 4034 §3.1): a signed zone writes one per signature, so no intermediate
 * single-line text, word list or joined base64 String is made. The layout is the same as
 * {@link MultilineRdata}'s general path produces:
 * <pre>
 * A 15 3 3600 (
 *         20270122000000 20261122000000 45630 bench.example.
 *         base64 in words of 36 characters, one per line )
 * </pre>
 * Not thread-safe: it remembers the last signer's name text (a zone has one signer).
 */
final class RrsigLines {

    /** Offset of the signer's name: type covered, algorithm, labels, TTL, two times, key tag. */
    private static final int SIGNER_OFFSET = 18;

    private byte[] lastSignerWire = new byte[0];
    private String lastSignerText = "";

    void append(Rdata rdata, String lineBreak, StringBuilder out) {
        byte[] w = rdata.wireUnsafe();
        out.append(RrType.of(u16(w, 0)).mnemonic()).append(' ').append(w[2] & 0xFF).append(' ')
                .append(w[3] & 0xFF).append(' ').append(u32(w, 4)).append(" (").append(lineBreak);
        SignatureTime.append(out, u32(w, 8));
        out.append(' ');
        SignatureTime.append(out, u32(w, 12));
        out.append(' ').append(u16(w, 16)).append(' ');
        int signatureAt = SIGNER_OFFSET;
        while (w[signatureAt] != 0) {
            signatureAt += (w[signatureAt] & 0xFF) + 1;
        }
        signatureAt++;
        out.append(signerText(w, signatureAt)).append(lineBreak);
        Base64Text.appendChunks(out, w, signatureAt, w.length - signatureAt, MultilineRdata.WORD, lineBreak);
        out.append(" )");
    }

    private String signerText(byte[] w, int end) {
        if (!Arrays.equals(w, SIGNER_OFFSET, end, lastSignerWire, 0, lastSignerWire.length)) {
            lastSignerWire = Arrays.copyOfRange(w, SIGNER_OFFSET, end);
            lastSignerText = Name.fromWire(w, SIGNER_OFFSET).toString();
        }
        return lastSignerText;
    }

    private static int u16(byte[] w, int p) {
        return (w[p] & 0xFF) << 8 | (w[p + 1] & 0xFF);
    }

    private static long u32(byte[] w, int p) {
        return ((long) u16(w, p) << 16) | u16(w, p + 2);
    }
}
