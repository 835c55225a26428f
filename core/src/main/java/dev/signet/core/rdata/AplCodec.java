package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

/**
 * APL (RFC 3123 §4): zero or more {@code [!]afi:address/prefix} items. Addresses are stored
 * without trailing zero octets (§4.1) and printed padded again. As in BIND, only address
 * families 1 (IPv4) and 2 (IPv6) can be written in text; rdata with another family is accepted
 * on the wire and printed in the {@code \#} form.
 */
final class AplCodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        WireBuffer w = new WireBuffer();
        while (tokens.hasNext()) {
            Token t = tokens.next("APL item");
            String s = t.text();
            boolean negate = s.startsWith("!");
            int colon = s.indexOf(':');
            int slash = s.lastIndexOf('/');
            if (t.quoted() || colon < 0 || slash < colon) {
                throw t.error("BAD_APL", "APL item must be [!]afi:address/prefix, not '" + s + "'");
            }
            int family = digits(t, s.substring(negate ? 1 : 0, colon), 0xFFFF);
            if (family != 1 && family != 2) {
                throw t.error("BAD_APL", "APL address family " + family + " is not 1 or 2");
            }
            String address = s.substring(colon + 1, slash);
            byte[] addr = family == 1 ? IpAddressText.parseIpv4(address) : IpAddressText.parseIpv6(address);
            if (addr == null) {
                throw t.error("BAD_ADDRESS", "bad address '" + address + "' in APL item");
            }
            int prefix = digits(t, s.substring(slash + 1), family == 1 ? 32 : 128);
            int len = addr.length;
            while (len > 0 && addr[len - 1] == 0) {
                len--;
            }
            w.u16(family).u8(prefix).u8((negate ? 0x80 : 0) | len).bytes(addr, 0, len);
        }
        return w.toByteArray();
    }

    private static int digits(Token t, String s, int max) {
        if (s.isEmpty() || s.length() > 10 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw t.error("BAD_APL", "bad number '" + s + "' in APL item '" + t.text() + "'");
        }
        long v = Long.parseLong(s);
        if (v > max) {
            throw t.error("NUMBER_RANGE", s + " is above " + max + " in APL item '" + t.text() + "'");
        }
        return (int) v;
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        for (int p = 0; p < wire.length; p += 4 + (wire[p + 3] & 0x7F)) {
            int family = WireBuffer.readU16(wire, p);
            if (family != 1 && family != 2) {
                GenericRdata.append(out, wire); // BIND cannot print other families either
                return;
            }
        }
        int start = out.length();
        for (int p = 0; p < wire.length; ) {
            int family = WireBuffer.readU16(wire, p);
            int len = wire[p + 3] & 0x7F;
            byte[] addr = new byte[family == 1 ? 4 : 16];
            System.arraycopy(wire, p + 4, addr, 0, len);
            if (out.length() > start) {
                out.append(' ');
            }
            if ((wire[p + 3] & 0x80) != 0) {
                out.append('!');
            }
            out.append(family).append(':');
            if (family == 1) {
                out.append(addr[0] & 0xFF).append('.').append(addr[1] & 0xFF).append('.').append(addr[2] & 0xFF)
                        .append('.').append(addr[3] & 0xFF);
            } else {
                IpAddressText.appendIpv6(addr, 0, out);
            }
            out.append('/').append(wire[p + 2] & 0xFF);
            p += 4 + len;
        }
    }

    @Override
    public void validate(byte[] wire) {
        for (int p = 0; p < wire.length; ) {
            if (wire.length - p < 4) {
                throw TextFields.badWire("APL item header is truncated");
            }
            int family = WireBuffer.readU16(wire, p);
            int prefix = wire[p + 2] & 0xFF;
            int len = wire[p + 3] & 0x7F;
            if (p + 4 + len > wire.length) {
                throw TextFields.badWire("APL address runs past the end of the rdata");
            }
            if ((family == 1 && (prefix > 32 || len > 4)) || (family == 2 && (prefix > 128 || len > 16))) {
                throw TextFields.badWire("APL prefix or address length too long for its family");
            }
            if (len > 0 && wire[p + 3 + len] == 0) {
                throw TextFields.badWire("APL address ends in a zero octet (RFC 3123 §4.1)");
            }
            p += 4 + len;
        }
    }
}
