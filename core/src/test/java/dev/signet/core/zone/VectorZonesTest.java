package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Nsec;
import dev.signet.core.rdata.Nsec3;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrType;
import dev.signet.core.testutil.TestData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every example zone under {@code testdata/vectors} parses, and in the two signed RFC example
 * zones the order our canonical comparison gives equals the order the RFC's own denial chain
 * states (RFC 4035 Appendix A: NSEC next names; RFC 5155 Appendix A: next hashed owners).
 */
class VectorZonesTest {

    /**
     * Files BIND rejects too, with the error code we must give: RFC 8976 A.3 as published has a
     * ZONEMD digest that is too short (erratum); the RFC 9276 §3.1 artwork is one record with no
     * TTL ({@code named-checkzone}: "no TTL specified; zone rejected").
     */
    private static final Map<String, String> KNOWN_BAD = Map.of(
            "a3-multiple-digests-example.zone", "DIGEST_LENGTH",
            "nsec3param-3.1-example.zone", "NO_TTL");

    private static List<Record> parse(Path file, List<Diagnostic> errors) throws IOException {
        List<Record> out = new ArrayList<>();
        try (ZoneParser p = ZoneParser.open(file, ParseOptions.forRecords(Name.ROOT))) {
            for (Record r = p.next(); r != null; r = p.next()) {
                out.add(r);
            }
            p.diagnostics().stream().filter(Diagnostic::isError).forEach(errors::add);
        }
        return out;
    }

    @Test
    void everyVectorZoneParses() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(TestData.path("vectors"))) {
            files = s.filter(p -> p.toString().endsWith(".zone")).sorted().collect(Collectors.toList());
        }
        assertTrue(files.size() >= 30, "vector zones found: " + files.size());
        for (Path f : files) {
            List<Diagnostic> errors = new ArrayList<>();
            List<Record> records = parse(f, errors);
            String expectedCode = KNOWN_BAD.get(f.getFileName().toString());
            if (expectedCode != null) {
                assertFalse(errors.isEmpty(), f + " must be rejected");
                assertEquals(expectedCode, errors.get(0).code(), f + ": " + errors);
            } else {
                assertEquals(List.of(), errors, f.toString());
                assertFalse(records.isEmpty(), f + " yielded no records");
            }
        }
    }

    @Test
    void rfc4035NsecChainIsOurCanonicalOrder() throws IOException {
        List<Diagnostic> errors = new ArrayList<>();
        List<Record> records = parse(TestData.path("vectors/rfc4035/example.signed.zone"), errors);
        assertEquals(List.of(), errors);
        Map<Name, Name> next = new LinkedHashMap<>();
        for (Record r : records) {
            if (r.type().equals(RrType.NSEC)) {
                next.put(r.owner(), Nsec.from(r.rdata()).nextName());
            }
        }
        assertChainIsSortedOrder(next, Name.of("example."));
    }

    @Test
    void rfc5155Nsec3ChainIsOurCanonicalOrder() throws IOException {
        List<Diagnostic> errors = new ArrayList<>();
        List<Record> records = parse(TestData.path("vectors/rfc5155/example.signed.zone"), errors);
        assertEquals(List.of(), errors);
        Name apex = Name.of("example.");
        Map<Name, Name> next = new LinkedHashMap<>();
        for (Record r : records) {
            if (r.type().equals(RrType.NSEC3)) {
                Name following = Name.parse(Nsec3.from(r.rdata()).nextHashedOwnerBase32(), apex);
                next.put(r.owner(), following);
            }
        }
        Name first = next.keySet().stream().sorted().findFirst().orElseThrow();
        assertChainIsSortedOrder(next, first);
    }

    /** Following the chain from {@code start} visits the owners in exactly their sorted order, then wraps. */
    private static void assertChainIsSortedOrder(Map<Name, Name> next, Name start) {
        List<Name> sorted = next.keySet().stream().sorted().collect(Collectors.toList());
        assertTrue(sorted.size() >= 10, "chain too short: " + sorted.size());
        assertEquals(start, sorted.get(0));
        Name at = start;
        for (int i = 0; i < sorted.size(); i++) {
            assertEquals(sorted.get(i), at, "position " + i);
            at = next.get(at);
            assertNotNull(at);
        }
        assertEquals(start, at, "the chain wraps to its start");
    }
}
