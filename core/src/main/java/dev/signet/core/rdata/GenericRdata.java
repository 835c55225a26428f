package dev.signet.core.rdata;

/**
 * The RFC 3597 §5 generic presentation form {@code \# <length> <hex>}, written as BIND 9.18
 * writes it: upper-case hex in words of 56 characters, and just {@code \# 0} for empty rdata.
 */
final class GenericRdata {

    private GenericRdata() {
    }

    static void append(StringBuilder sb, byte[] wire) {
        sb.append("\\# ").append(wire.length);
        if (wire.length > 0) {
            sb.append(' ');
            HexText.appendSplit(sb, wire, 0, wire.length);
        }
    }
}
