package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

/**
 * IPSECKEY (RFC 4025 §2): precedence, gateway type (0 none, 1 IPv4, 2 IPv6, 3 name), algorithm,
 * gateway, base64 public key. Like BIND, the key may not be empty and gateway types above 3 are
 * rejected. The gateway name is not lower-cased in canonical form (not in RFC 4034 §6.2).
 */
final class IpseckeyCodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        int precedence = TextFields.u8(tokens.next("precedence"), "precedence");
        Token typeTok = tokens.next("gateway type");
        int gatewayType = TextFields.u8(typeTok, "gateway type");
        if (gatewayType > 3) {
            throw typeTok.error("NUMBER_RANGE", "gateway type " + gatewayType + " is not 0-3");
        }
        int algorithm = TextFields.u8(tokens.next("algorithm"), "algorithm");
        Token gw = tokens.next("gateway");
        WireBuffer w = new WireBuffer(64).u8(precedence).u8(gatewayType).u8(algorithm);
        switch (gatewayType) {
            case 0 -> {
                if (gw.quoted() || !gw.text().equals(".")) {
                    throw gw.error("BAD_GATEWAY", "gateway type 0 needs '.' as gateway");
                }
            }
            case 1, 2 -> {
                byte[] addr = gw.quoted() ? null : gatewayType == 1 ? IpAddressText.parseIpv4(gw.text())
                        : IpAddressText.parseIpv6(gw.text());
                if (addr == null) {
                    throw gw.error("BAD_ADDRESS", "bad gateway address '" + gw.text() + "'");
                }
                w.bytes(addr);
            }
            default -> w.name(NameFields.parse(gw, origin));
        }
        return w.bytes(Base64Text.readRemaining(tokens, "public key")).toByteArray();
    }

    private static int keyOffset(byte[] wire) {
        return switch (wire[1]) {
            case 0 -> 3;
            case 1 -> 7;
            case 2 -> 19;
            default -> 3 + NameFields.wireLength(wire, 3);
        };
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        out.append(wire[0] & 0xFF).append(' ').append(wire[1]).append(' ').append(wire[2] & 0xFF).append(' ');
        switch (wire[1]) {
            case 0 -> out.append('.');
            case 1 -> out.append(wire[3] & 0xFF).append('.').append(wire[4] & 0xFF).append('.').append(wire[5] & 0xFF)
                    .append('.').append(wire[6] & 0xFF);
            case 2 -> IpAddressText.appendIpv6(wire, 3, out);
            default -> out.append(Name.fromWire(wire, 3));
        }
        out.append(' ');
        int p = keyOffset(wire);
        Base64Text.appendSplit(out, wire, p, wire.length - p);
    }

    @Override
    public void validate(byte[] wire) {
        if (wire.length < 3) {
            throw TextFields.badWire("IPSECKEY header is truncated");
        }
        if ((wire[1] & 0xFF) > 3) {
            throw TextFields.badWire("IPSECKEY gateway type " + (wire[1] & 0xFF) + " is not 0-3");
        }
        if (wire[1] == 3 && wire.length < 4) {
            throw TextFields.badWire("IPSECKEY gateway name is missing");
        }
        if (keyOffset(wire) >= wire.length) {
            throw TextFields.badWire("IPSECKEY gateway or public key is missing");
        }
    }
}
