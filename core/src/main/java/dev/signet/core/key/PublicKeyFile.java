package dev.signet.core.key;

import dev.signet.core.time.BindTime;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.rdata.RdataCodecs;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;
import dev.signet.core.spi.KeyException;
import dev.signet.core.zone.Diagnostic;
import dev.signet.core.zone.ParseOptions;
import dev.signet.core.zone.ZoneParser;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * A BIND {@code .key} file: comment lines, then one DNSKEY record in master-file syntax.
 *
 * <p>BIND 9.18 writes {@code ; This is a [revoked ]key|zone-signing key, keyid N, for NAME},
 * then {@code ; Created: YYYYMMDDHHMMSS (ctime)} and the other dates it has (not DSPublish),
 * then {@code NAME [TTL ]IN DNSKEY flags 3 alg base64}, the base64 in 56-character chunks. The
 * TTL is printed only when set ({@code -L}); BIND treats TTL 0 as unset, and so does Signet.
 *
 * @param owner the DNSKEY owner, case as written
 * @param rrClass the record's class
 * @param ttl the TTL, or -1 when the file gives none (or 0)
 * @param dnskey the key
 */
public record PublicKeyFile(Name owner, RrClass rrClass, long ttl, Dnskey dnskey) {

    /**
     * Reads {@code .key} text (any master-file form: ldns puts a comment after the record,
     * hand-edited files may use parentheses).
     *
     * @param source the file as the user named it
     * @throws KeyException the first problem, naming file, line and code: a parse error's own
     *     code, {@code KEY_FILE_TRUNCATED} (no record), {@code BAD_KEY_RECORD} (not exactly one
     *     DNSKEY)
     */
    public static PublicKeyFile parse(String text, String source) {
        // BIND stores "no TTL" as 0, and a key file needs no $TTL: supply that default on a line
        // of its own before the text (so parser line numbers are one too high).
        String withDefault = "$TTL 0\n" + text;
        Record found = null;
        int foundLine = 0;
        try (ZoneParser p = ZoneParser.fromReader(new StringReader(withDefault), source,
                ParseOptions.forRecords(Name.ROOT).withMaxErrors(1))) {
            Record r;
            while ((r = p.next()) != null) {
                if (found != null) {
                    throw new KeyException("BAD_KEY_RECORD", source, p.currentLine() - 1, null,
                            "more than one record in a key file");
                }
                found = r;
                foundLine = p.currentLine() - 1;
            }
            for (Diagnostic d : p.diagnostics()) {
                if (d.isError()) {
                    throw new KeyException(d.code(), source, Math.max(0, d.line() - 1), "DNSKEY", d.message());
                }
            }
        }
        if (found == null) {
            throw new KeyException("KEY_FILE_TRUNCATED", source, 0, "DNSKEY", "no DNSKEY record in the file");
        }
        if (!found.type().equals(RrType.DNSKEY)) {
            throw new KeyException("BAD_KEY_RECORD", source, foundLine, "DNSKEY",
                    "expected a DNSKEY record, found " + found.type());
        }
        Dnskey key;
        try {
            key = Dnskey.of(found.rdata());
        } catch (IllegalArgumentException e) {
            throw new KeyException("BAD_KEY_RECORD", source, foundLine, "DNSKEY", e.getMessage());
        }
        return new PublicKeyFile(found.owner(), found.rrClass(), found.ttl() == 0 ? -1 : found.ttl(), key);
    }

    /**
     * The file text as BIND 9.18 writes it.
     *
     * @param metadata dates to print as comments (those BIND prints in {@code .key} files)
     * @param zone time zone of the ctime text (BIND uses the process's local zone)
     */
    public String format(KeyMetadata metadata, ZoneId zone) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("; This is a ").append(dnskey.isRevoked() ? "revoked " : "")
                .append(dnskey.isSep() ? "key" : "zone").append("-signing key, keyid ")
                .append(dnskey.keyTag()).append(", for ").append(owner).append('\n');
        for (Map.Entry<KeyTime, Instant> e : metadata.times().entrySet()) {
            if (e.getKey().inPublicFile()) {
                sb.append("; ").append(e.getKey().tag()).append(": ").append(BindTime.stamp(e.getValue()))
                        .append(" (").append(BindTime.ctime(e.getValue(), zone)).append(")\n");
            }
        }
        sb.append(owner).append(' ');
        if (ttl > 0) {
            sb.append(ttl).append(' ');
        }
        sb.append(rrClass).append(" DNSKEY ");
        RdataCodecs.format(RrType.DNSKEY, dnskey.rdata(), sb);
        sb.append('\n');
        return sb.toString();
    }
}
