package dev.signet.core.key;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.rr.RrClass;
import dev.signet.core.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Key generation with collision avoidance, and the collision rule itself. */
class KeyGeneratorTest {

    private static final Name OWNER = Name.of("Example.Test.");
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path dir;

    private static KeyGenerator.Request request(int flags, boolean v13) {
        KeyMetadata md = KeyMetadata.EMPTY.with(KeyTime.CREATED, NOW).with(KeyTime.PUBLISH, NOW)
                .with(KeyTime.ACTIVATE, NOW);
        return new KeyGenerator.Request(OWNER, RrClass.IN, Algorithm.ECDSAP256SHA256, 0, flags, 3600, v13, md);
    }

    private List<String> files(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void tagsAreTheKeysOwnAndItsRevokedOne() {
        // BIND's revoked fixture: flags 385, tag 25590 computed with the bit set.
        Dnskey revoked = KeyFiles.readPublic(TestData.path("keys/bind/Kexample.test.+015+25590")).dnskey();
        assertEquals(25590, revoked.keyTag());
        Dnskey unrevoked = revoked.withFlags(257);
        assertEquals(Set.of(unrevoked.keyTag(), 25590), KeyCollisions.tags(revoked));
        assertEquals(KeyCollisions.tags(revoked), KeyCollisions.tags(unrevoked));
        // The REVOKE bit adds 0x80 to the low-octet sum of RFC 4034 Appendix B.
        assertEquals((unrevoked.keyTag() + 0x80) & 0xFFFF, 25590);
    }

    @Test
    void aKeyCollidesByTagRevokedTagOrTheRevokedTagOfAnExistingKey() throws IOException {
        Path fixture = TestData.path("keys/bind/Kexample.test.+013+53776");
        for (String ext : new String[] {".key", ".private"}) {
            Files.copy(Path.of(fixture + ext), dir.resolve(fixture.getFileName() + ext));
        }
        Dnskey existing = KeyFiles.readPublic(fixture).dnskey();
        Name owner = Name.of("example.test.");
        assertTrue(KeyCollisions.find(dir, owner, 13, existing).isPresent(), "same key, same tag");
        assertTrue(KeyCollisions.find(dir, Name.of("EXAMPLE.test."), 13, existing).isPresent(), "owner case does not matter");
        assertTrue(KeyCollisions.find(dir, owner, 13, existing.withFlags(existing.flags() | Dnskey.FLAG_REVOKE)).isPresent(),
                "the new key's tag is the existing key's revoked tag");
        assertFalse(KeyCollisions.find(dir, owner, 14, existing).isPresent(), "another algorithm never collides");
        assertFalse(KeyCollisions.find(dir, Name.of("other.test."), 13, existing).isPresent(), "nor another owner");

        // A key whose *revoked* tag is the existing key's tag: take one octet at an odd rdata
        // offset down by 0x80, which the REVOKE bit (also 0x80 at an odd offset) gives back.
        byte[] pk = existing.publicKey();
        int i = 1;
        while ((pk[i] & 0x80) == 0) {
            i += 2;
        }
        pk[i] -= (byte) 0x80;
        Dnskey sneaky = Dnskey.create(existing.flags(), 3, 13, pk);
        assertNotEquals(existing.keyTag(), sneaky.keyTag());
        assertEquals(existing.keyTag(), sneaky.withFlags(sneaky.flags() | Dnskey.FLAG_REVOKE).keyTag());
        Optional<KeyCollisions.Collision> c = KeyCollisions.find(dir, owner, 13, sneaky);
        assertEquals(Optional.of(new KeyCollisions.Collision(dir.resolve(fixture.getFileName()), existing.keyTag())), c);
    }

    @Test
    void anUnreadableKeyFileStillHoldsTheTagInItsName() throws IOException {
        Dnskey k = KeyFiles.readPublic(TestData.path("keys/bind/Kexample.test.+013+53776")).dnskey();
        Files.writeString(dir.resolve(String.format("Kexample.test.+013+%05d.key", k.keyTag())), "garbage\n");
        assertTrue(KeyCollisions.find(dir, Name.of("example.test."), 13, k).isPresent());
    }

    @Test
    void aCollidingKeyIsThrownAwayAndAnotherGenerated() throws IOException {
        Path first = Files.createDirectory(dir.resolve("first"));
        ZoneKey k1 = KeyGenerator.generate(request(257, true), first, GeneratedKeysTest.seeded(5), ZoneOffset.UTC,
                (rejected, with) -> { throw new AssertionError("empty directory"); });
        Path second = Files.createDirectory(dir.resolve("second"));
        for (String f : files(first)) {
            Files.copy(first.resolve(f), second.resolve(f), StandardCopyOption.COPY_ATTRIBUTES);
        }
        List<Integer> rejected = new ArrayList<>();
        // The same seed makes the same key first: it collides with its own copy.
        ZoneKey k2 = KeyGenerator.generate(request(257, true), second, GeneratedKeysTest.seeded(5), ZoneOffset.UTC,
                (key, with) -> {
                    rejected.add(key.keyTag());
                    assertEquals(k1.keyTag(), with.tag());
                });
        assertEquals(List.of(k1.keyTag()), rejected);
        assertNotEquals(k1.keyTag(), k2.keyTag());
        assertEquals(4, files(second).size());
        ZoneKey read = KeyFiles.read(Path.of(k2.privateKey().location()));
        assertEquals(k2.dnskey(), read.dnskey());
        assertEquals(3600, read.ttl());
        assertEquals(request(257, true).metadata(), read.metadata());
        if (Files.getFileStore(second).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(KeyFiles.privateFile(second.resolve(k2.fileName().base())))));
        }
    }

    @Test
    void aV12KeyHasNoMetadataAnywhere() throws IOException {
        ZoneKey k = KeyGenerator.generate(request(256, false), dir, GeneratedKeysTest.seeded(9), ZoneOffset.UTC,
                (key, with) -> { });
        Path base = dir.resolve(k.fileName().base());
        String priv = Files.readString(KeyFiles.privateFile(base));
        assertTrue(priv.startsWith("Private-key-format: v1.2\nAlgorithm: 13 (ECDSAP256SHA256)\nPrivateKey: "), priv);
        assertEquals(3, priv.split("\n").length);
        List<String> pub = Files.readAllLines(KeyFiles.keyFile(base));
        assertEquals(2, pub.size(), "a comment and the record: " + pub);
        assertTrue(pub.get(1).startsWith("Example.Test. 3600 IN DNSKEY 256 3 13 "), pub.get(1));
    }
}
