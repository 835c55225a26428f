package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * SVCB and HTTPS (RFC 9460 §2): priority, target name, SvcParams ({@link SvcParams}). Params are
 * sorted by key on input and printed in that order; BIND 9.18 checks the params in AliasMode
 * (priority 0) as well, and so does this codec. The target name is not lower-cased in canonical
 * form (SVCB is not in the RFC 4034 §6.2 list).
 *
 * <p>A parameter may arrive as one word {@code key=value}, {@code key="quoted value"} (the
 * tokenizer kept the quotes inside the word, like BIND's lexer), or as a word {@code key=}
 * immediately followed, with no space, by a quoted word.
 */
final class SvcbCodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        int priority = TextFields.u16(tokens.next("SvcPriority"), "SvcPriority");
        Name target = NameFields.parse(tokens.next("TargetName"), origin);
        Token first = tokens.peek();
        List<SvcParams.Param> params = new ArrayList<>();
        while (tokens.hasNext()) {
            params.add(parseParam(tokens));
        }
        SvcParams.Param[] sorted = params.toArray(new SvcParams.Param[0]);
        java.util.Arrays.sort(sorted, Comparator.comparingInt(SvcParams.Param::key));
        SvcParams.checkSet(first != null ? first : tokens.endPosition(), sorted);
        WireBuffer w = new WireBuffer(2 + target.wireLength() + 32).u16(priority).name(target);
        for (SvcParams.Param p : sorted) {
            if (p.value().length > 0xFFFF) {
                throw first.error("BAD_SVCPARAM", "SvcParamValue longer than 65535 octets");
            }
            w.u16(p.key()).u16(p.value().length).bytes(p.value());
        }
        return w.toByteArray();
    }

    private static SvcParams.Param parseParam(TokenSource tokens) {
        Token t = tokens.next("SvcParam");
        if (t.quoted()) {
            throw t.error("BAD_SVCPARAM", "a SvcParam cannot be one quoted string");
        }
        String text = t.text();
        int eq = text.indexOf('=');
        if (eq < 0) {
            return SvcParams.parse(t, text, null);
        }
        String key = text.substring(0, eq);
        String value = text.substring(eq + 1);
        Token next = tokens.peek();
        if (value.isEmpty() && next != null && next.quoted() && next.line() == t.line()
                && next.column() == t.column() + text.length()) {
            tokens.next("SvcParamValue");
            value = next.text();
        } else if (value.startsWith("\"")) {
            value = unquote(t, value);
        }
        return SvcParams.parse(t, key, value);
    }

    /** Strips the quotes of {@code "..."} kept inside a word; an unescaped quote inside is an error. */
    private static String unquote(Token t, String value) {
        boolean closed = false;
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                if (i != value.length() - 1) {
                    break;
                }
                closed = true;
            }
        }
        if (!closed) {
            throw t.error("BAD_SVCPARAM", "badly quoted SvcParamValue in '" + t.text() + "'");
        }
        return value.substring(1, value.length() - 1);
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        out.append(WireBuffer.readU16(wire, 0)).append(' ').append(Name.fromWire(wire, 2));
        int p = 2 + NameFields.wireLength(wire, 2);
        while (p < wire.length) {
            int key = WireBuffer.readU16(wire, p);
            int len = WireBuffer.readU16(wire, p + 2);
            out.append(' ');
            SvcParams.append(out, key, wire, p + 4, len);
            p += 4 + len;
        }
    }

    @Override
    public void validate(byte[] wire) {
        if (wire.length < 3) {
            throw TextFields.badWire("SVCB priority and target are truncated");
        }
        SvcParams.validateWire(wire, 2 + NameFields.wireLength(wire, 2), wire.length);
    }
}
