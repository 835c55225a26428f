package dev.signet.core.verify;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RrClass;
import dev.signet.core.testutil.TestData;
import dev.signet.core.zone.CheckOptions;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneLoader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Zones for the verifier tests: the signed RFC vector zones, as dnssec-verify loads them. */
final class VerifyFixtures {

    /** dnssec-verify's load: the master-file loader without named-checkzone's extra checks. */
    static final CheckOptions LOAD = new CheckOptions(CheckOptions.Mode.IGNORE, CheckOptions.Mode.IGNORE,
            CheckOptions.Mode.IGNORE, CheckOptions.Mode.IGNORE, CheckOptions.Mode.IGNORE, CheckOptions.Integrity.NONE,
            false, false, -1);

    /** A signed vector zone, its apex, and a time inside and times outside its signatures' window. */
    enum Vector {
        RFC4035("rfc4035/example.signed.oneline.zone", "example.", "20040420000000", "20040509183619"),
        RFC5155("rfc5155/example.signed.oneline.zone", "example.", "20100101000000", "20150420235959"),
        RFC8976_A4("rfc8976/a4-uri.arpa.zone", "uri.arpa.", "20210201000000", "20210217232440");

        final String file;
        final Name apex;
        final long inside;
        /** The expiration of the signatures (all expire together in these zones). */
        final long expiration;

        Vector(String file, String apex, String inside, String expiration) {
            this.file = file;
            this.apex = Name.of(apex);
            this.inside = epoch(inside);
            this.expiration = epoch(expiration);
        }

        String text() {
            try {
                return Files.readString(TestData.path("vectors/" + file), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Zone zone() {
            return load(text(), apex);
        }
    }

    private VerifyFixtures() {
    }

    static long epoch(String yyyymmddhhmmss) {
        return LocalDateTime.parse(yyyymmddhhmmss, java.time.format.DateTimeFormatter.ofPattern("uuuuMMddHHmmss"))
                .toEpochSecond(ZoneOffset.UTC);
    }

    static Zone load(String text, Name apex) {
        ZoneLoader.Result r = ZoneLoader.load(new StringReader(text), "test.zone", apex, RrClass.IN, LOAD);
        if (!r.loaded()) {
            throw new IllegalStateException("zone does not load: " + r.diagnostics());
        }
        return r.zone();
    }

    static VerifyReport verify(Zone zone, long now) {
        return ZoneVerifier.verify(zone, VerifyOptions.defaults(now).withThreads(2));
    }

    /** True if some finding has this code, owner and type (type null: any). */
    static boolean has(VerifyReport r, String code, String owner, String type) {
        return r.findings().stream().anyMatch(f -> f.code().equals(code) && f.owner().equals(Name.of(owner))
                && (type == null || (f.type() != null && f.type().toString().equals(type))));
    }
}
