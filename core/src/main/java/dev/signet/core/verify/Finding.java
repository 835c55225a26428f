package dev.signet.core.verify;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RrType;

import java.util.Objects;

/**
 * One problem the verifier found: an error (the zone does not validate, as dnssec-verify would
 * reject it) or a warning (lint: the zone validates but something deserves attention).
 *
 * @param owner the name the finding is about (the apex for zone-wide findings)
 * @param type the RR type concerned, or {@code null} when the finding is about a name or the zone
 * @param keyTag the key tag concerned (of a signature or a DNSKEY), or {@link #NO_KEY}
 * @param code stable upper-case identifier, e.g. {@code SIGNATURE_EXPIRED}
 * @param message what is wrong, in words
 */
public record Finding(Severity severity, Name owner, RrType type, int keyTag, String code, String message) {

    /** {@link #keyTag} when no key is concerned. */
    public static final int NO_KEY = -1;

    public enum Severity { ERROR, WARNING }

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Finding error(Name owner, RrType type, int keyTag, String code, String message) {
        return new Finding(Severity.ERROR, owner, type, keyTag, code, message);
    }

    public static Finding warning(Name owner, RrType type, int keyTag, String code, String message) {
        return new Finding(Severity.WARNING, owner, type, keyTag, code, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@code [warning: ]owner[/TYPE][ key N]: message [CODE]}, the owner written as BIND writes names
     * in its messages (without the final dot).
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (severity == Severity.WARNING) {
            sb.append("warning: ");
        }
        sb.append(bindName(owner));
        if (type != null) {
            sb.append('/').append(type);
        }
        if (keyTag != NO_KEY) {
            sb.append(" key ").append(keyTag);
        }
        sb.append(": ").append(message).append(" [").append(code).append(']');
        return sb.toString();
    }

    /** A name as BIND prints it in messages: absolute, without the final dot (the root stays "."). */
    public static String bindName(Name n) {
        String s = n.toString();
        return n.isRoot() ? s : s.substring(0, s.length() - 1);
    }
}
