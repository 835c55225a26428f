package dev.signet.core.crypto;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.rdata.Ds;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrType;
import dev.signet.core.testutil.TestData;
import dev.signet.core.zone.ParseOptions;
import dev.signet.core.zone.ZoneParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Reads the RFC vector files under testdata/vectors for the crypto, ds and key tests. */
public final class VectorFiles {

    private VectorFiles() {
    }

    /**
     * The records of a vector file that this branch can parse (record collections, not zones;
     * types without a codec here, such as RRSIG, are skipped).
     */
    public static List<Record> records(String relative) {
        List<Record> out = new ArrayList<>();
        try (ZoneParser p = ZoneParser.open(TestData.path(relative),
                ParseOptions.forRecords(Name.ROOT).withMaxErrors(1000))) {
            Record r;
            while ((r = p.next()) != null) {
                out.add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static Dnskey dnskey(String relative) {
        return records(relative).stream().filter(r -> r.type().equals(RrType.DNSKEY)).findFirst()
                .map(r -> Dnskey.of(r.rdata())).orElseThrow();
    }

    public static Record dnskeyRecord(String relative) {
        return records(relative).stream().filter(r -> r.type().equals(RrType.DNSKEY)).findFirst().orElseThrow();
    }

    public static Ds ds(String relative) {
        return records(relative).stream().filter(r -> r.type().equals(RrType.DS)).findFirst()
                .map(r -> Ds.of(r.rdata())).orElseThrow();
    }

    /** A hex file: '#' lines are comments; the hex may be split over lines. */
    public static byte[] hex(String relative) {
        try {
            StringBuilder sb = new StringBuilder();
            for (String l : Files.readAllLines(TestData.path(relative))) {
                if (!l.startsWith("#")) {
                    sb.append(l.strip());
                }
            }
            return HexFormat.of().parseHex(sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
