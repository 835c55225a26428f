package dev.signet.cli;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.SignatureTime;
import dev.signet.core.verify.Finding;
import dev.signet.core.verify.KeyCounts;
import dev.signet.core.verify.SignatureExpiry;
import dev.signet.core.verify.VerifyReport;
import dev.signet.core.zone.Diagnostic;

import java.util.List;

/**
 * {@code signet verify --json}: the report as one JSON object, for monitoring systems. Field names
 * are stable; times are given both as epoch seconds and as {@code YYYYMMDDHHMMSS} (UTC).
 */
final class VerifyJson {

    private VerifyJson() {
    }

    static String report(VerifyReport r, String file, long now, int exitCode, Long expireWithin, boolean expiring,
                         List<Diagnostic> load) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append('{');
        field(sb, "zone", r.apex().toString()).append(',');
        field(sb, "file", file).append(',');
        time(sb, "time", now).append(',');
        sb.append("\"valid\":").append(r.isValid()).append(',');
        sb.append("\"exitCode\":").append(exitCode).append(',');
        sb.append("\"algorithms\":[");
        for (int i = 0; i < r.algorithms().size(); i++) {
            sb.append(i > 0 ? "," : "");
            string(sb, VerifyCommand.algorithmName(r.algorithms().get(i)));
        }
        sb.append("],\"keys\":[");
        for (int i = 0; i < r.keyCounts().size(); i++) {
            KeyCounts c = r.keyCounts().get(i);
            sb.append(i > 0 ? "," : "").append('{');
            field(sb, "algorithm", VerifyCommand.algorithmName(c.algorithm())).append(',');
            sb.append("\"number\":").append(c.algorithm()).append(',');
            sb.append("\"ksk\":{\"active\":").append(c.kskActive()).append(",\"standby\":").append(c.kskStandby())
                    .append(",\"revoked\":").append(c.kskRevoked()).append("},");
            sb.append("\"zsk\":{\"active\":").append(c.zskActive()).append(",\"standby\":").append(c.zskStandby())
                    .append(",\"revoked\":").append(c.zskRevoked()).append("}}");
        }
        sb.append("],\"names\":").append(r.nameCount());
        sb.append(",\"signatures\":").append(r.signatureCount());
        sb.append(",\"earliestExpiry\":");
        SignatureExpiry e = r.earliestExpiry().orElse(null);
        if (e == null) {
            sb.append("null");
        } else {
            sb.append('{');
            field(sb, "owner", e.owner().toString()).append(',');
            field(sb, "type", e.covered().toString()).append(',');
            sb.append("\"keyTag\":").append(e.keyTag()).append(',');
            field(sb, "algorithm", VerifyCommand.algorithmName(e.algorithm())).append(',');
            time(sb, "expiration", e.expiration()).append(',');
            sb.append("\"secondsLeft\":").append(e.expiration() - now).append('}');
        }
        if (expireWithin != null) {
            sb.append(",\"expireWithin\":").append(expireWithin).append(",\"expiring\":").append(expiring);
        }
        sb.append(",\"zonemd\":").append(r.zonemdVerified().map(String::valueOf).orElse("null"));
        sb.append(",\"errors\":").append(r.errors().size());
        sb.append(",\"warnings\":").append(r.warnings().size());
        sb.append(",\"findings\":[");
        for (int i = 0; i < r.findings().size(); i++) {
            Finding f = r.findings().get(i);
            sb.append(i > 0 ? "," : "").append('{');
            field(sb, "severity", f.isError() ? "error" : "warning").append(',');
            field(sb, "code", f.code()).append(',');
            field(sb, "owner", f.owner().toString()).append(',');
            sb.append("\"type\":");
            if (f.type() == null) {
                sb.append("null");
            } else {
                string(sb, f.type().toString());
            }
            sb.append(",\"keyTag\":").append(f.keyTag() == Finding.NO_KEY ? "null" : Integer.toString(f.keyTag()));
            sb.append(',');
            field(sb, "message", f.message()).append('}');
        }
        sb.append("],");
        diagnostics(sb, load);
        sb.append('}');
        return sb.toString();
    }

    static String loadFailure(Name apex, String file, long now, List<Diagnostic> load) {
        StringBuilder sb = new StringBuilder(256);
        sb.append('{');
        field(sb, "zone", apex.toString()).append(',');
        field(sb, "file", file).append(',');
        time(sb, "time", now).append(',');
        sb.append("\"valid\":false,\"exitCode\":1,\"loaded\":false,");
        diagnostics(sb, load);
        sb.append('}');
        return sb.toString();
    }

    private static void diagnostics(StringBuilder sb, List<Diagnostic> load) {
        sb.append("\"loadDiagnostics\":[");
        for (int i = 0; i < load.size(); i++) {
            Diagnostic d = load.get(i);
            sb.append(i > 0 ? "," : "").append('{');
            field(sb, "severity", d.isError() ? "error" : "warning").append(',');
            field(sb, "code", d.code()).append(',');
            field(sb, "file", d.file()).append(',');
            sb.append("\"line\":").append(d.line()).append(',');
            field(sb, "message", d.message()).append('}');
        }
        sb.append(']');
    }

    private static StringBuilder time(StringBuilder sb, String name, long epoch) {
        sb.append('"').append(name).append("\":").append(epoch).append(',');
        return field(sb, name + "Text", SignatureTime.format(epoch));
    }

    private static StringBuilder field(StringBuilder sb, String name, String value) {
        sb.append('"').append(name).append("\":");
        string(sb, value);
        return sb;
    }

    /** A JSON string (RFC 8259 §7): quote, backslash and control characters escaped. */
    static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
