package dev.signet.core.sigcache;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.DnskeyPublicKeys;
import dev.signet.core.crypto.KeyGeneration;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.spi.SignatureVerifier;
import dev.signet.core.spi.SoftwareSignatureVerifier;
import dev.signet.core.spi.SoftwareSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The signature cache: what it trusts, what it must not, and a cache file that is damaged. */
class RememberingVerifierTest {

    @TempDir
    Path dir;

    private final Random random = new Random(7);

    /** Counts the cryptographic verifications it is asked for. */
    static final class CountingVerifier implements SignatureVerifier {
        final SignatureVerifier real = SoftwareSignatureVerifier.create();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public boolean verify(Dnskey dnskey, byte[] data, byte[] signature) {
            calls.incrementAndGet();
            return real.verify(dnskey, data, signature);
        }
    }

    static SoftwareSigner signer(long seed) throws Exception {
        SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
        r.setSeed(seed);
        KeyPair kp = KeyGeneration.generate(Algorithm.ED25519, 0, r);
        Dnskey dnskey = Dnskey.create(256, Dnskey.PROTOCOL, Algorithm.ED25519.number(),
                DnskeyPublicKeys.encode(Algorithm.ED25519, kp.getPublic()));
        return SoftwareSigner.create(dnskey, kp.getPrivate(), "test key " + seed);
    }

    private byte[] data() {
        byte[] d = new byte[100 + random.nextInt(100)];
        random.nextBytes(d);
        return d;
    }

    @Test
    void aSignatureFoundValidOnceIsTrustedAfterwardsAndAnyChangeIsVerifiedAgain() throws Exception {
        SoftwareSigner s = signer(1);
        CountingVerifier crypto = new CountingVerifier();
        RememberingVerifier v = new RememberingVerifier(crypto, new SignatureDigests());
        byte[] data = data();
        byte[] sig = s.sign(data);
        assertTrue(v.verify(s.dnskey(), data, sig));
        assertEquals(1, crypto.calls.get());
        assertTrue(v.verify(s.dnskey(), data.clone(), sig.clone()));
        assertEquals(1, crypto.calls.get(), "the second time comes from the set");

        byte[] otherData = data.clone();
        otherData[otherData.length - 1] ^= 1;
        assertFalse(v.verify(s.dnskey(), otherData, sig), "changed signed data");
        byte[] otherSig = sig.clone();
        otherSig[0] ^= 1;
        assertFalse(v.verify(s.dnskey(), data, otherSig), "changed signature");
        assertFalse(v.verify(signer(2).dnskey(), data, sig), "another key");
        assertEquals(4, crypto.calls.get());
        assertEquals(1, v.known().size(), "only valid signatures are remembered");
        // Flags are not in the signed data, so the signature is valid; but the DNSKEY rdata is
        // part of the digest, so it is verified anew rather than taken from the set.
        assertTrue(v.verify(s.dnskey().withFlags(257), data, sig), "the same key with other flags");
        assertEquals(5, crypto.calls.get());
    }

    @Test
    void theFirstSignatureOfEachKeyIsVerifiedBeforeTheKeysSignaturesAreTrusted() throws Exception {
        SoftwareSigner s = signer(3);
        CountingVerifier crypto = new CountingVerifier();
        RememberingVerifier v = new RememberingVerifier(crypto, new SignatureDigests());
        byte[] bad = data();
        byte[] badSig = s.sign(data()); // a signature over other data, as a broken signer would make
        byte[] padded = new byte[bad.length + 8];
        System.arraycopy(bad, 0, padded, 4, bad.length);
        v.signed(s.dnskey(), padded, 4, bad.length, badSig);
        assertEquals(0, v.known().size(), "a signature that does not verify is not trusted");
        assertFalse(v.verify(s.dnskey(), bad, badSig));

        byte[] good = data();
        byte[] goodSig = s.sign(good);
        v.signed(s.dnskey(), good, 0, good.length, goodSig);
        int afterProof = crypto.calls.get();
        byte[] next = data();
        byte[] nextSig = s.sign(next);
        v.signed(s.dnskey(), next, 0, next.length, nextSig);
        assertEquals(afterProof, crypto.calls.get(), "once a key has proven itself, its signatures are recorded as made");
        assertTrue(v.verify(s.dnskey(), next, nextSig));
        assertTrue(v.verify(s.dnskey(), good, goodSig));
        assertEquals(afterProof, crypto.calls.get());
    }

    @Test
    void theSetSurvivesAFileAndADamagedFileReadsAsEmpty() throws IOException {
        SignatureDigests set = new SignatureDigests();
        long[][] digests = new long[5000][];
        for (int i = 0; i < digests.length; i++) {
            digests[i] = new long[] {random.nextLong(), random.nextLong()};
            assertTrue(set.add(digests[i]));
        }
        assertFalse(set.add(digests[17].clone()), "already there");
        assertTrue(set.add(new long[] {0, 0}), "the free-slot value is stored too");
        assertTrue(set.contains(new long[] {0, 0}));
        Path file = dir.resolve("z.signed.sigcache");
        set.write(file);
        SignatureDigests back = SignatureDigests.read(file);
        assertEquals(set.size(), back.size());
        for (long[] d : digests) {
            assertTrue(back.contains(d));
        }
        assertFalse(back.contains(new long[] {digests[0][0], digests[0][1] + 1}));

        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 1));
        assertEquals(0, SignatureDigests.read(file).size(), "truncated");
        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 0x40;
        Files.write(file, flipped);
        assertEquals(0, SignatureDigests.read(file).size(), "checksum");
        Files.writeString(file, "something else entirely, long enough to hold a header and more");
        assertEquals(0, SignatureDigests.read(file).size(), "not a cache");
        assertEquals(0, SignatureDigests.read(dir.resolve("missing")).size());
        assertNull(SignatureDigests.readNote(dir.resolve("missing")));
    }

    @Test
    void aNoteTravelsWithTheSetAndIsCheckedLikeIt() throws IOException {
        SignatureDigests set = new SignatureDigests();
        long[][] digests = new long[300][];
        for (int i = 0; i < digests.length; i++) {
            digests[i] = new long[] {random.nextLong(), random.nextLong()};
            set.add(digests[i]);
        }
        byte[] note = "body-sha256 00ff\nwritten-at 1700000000\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Path file = dir.resolve("n.signed.sigcache");
        set.write(file, note);
        assertArrayEquals(note, SignatureDigests.readNote(file));
        assertEquals(300, SignatureDigests.read(file).size());

        set.write(file);
        assertArrayEquals(new byte[0], SignatureDigests.readNote(file), "no note");
        assertEquals(300, SignatureDigests.read(file).size());

        Path copy = dir.resolve("copy.sigcache");
        byte[] other = "another note".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        SignatureDigests.copy(file, copy, other);
        assertArrayEquals(other, SignatureDigests.readNote(copy), "the copy has the new note");
        SignatureDigests copied = SignatureDigests.read(copy);
        assertEquals(300, copied.size());
        for (long[] d : digests) {
            assertTrue(copied.contains(d));
        }
        SignatureDigests.copy(dir.resolve("missing"), copy, other);
        assertEquals(0, SignatureDigests.read(copy).size(), "nothing to copy: an empty cache");
        assertArrayEquals(other, SignatureDigests.readNote(copy));

        set.write(file, note);
        byte[] bytes = Files.readAllBytes(file);
        byte[] damaged = bytes.clone();
        damaged[30] ^= 0x01; // inside the note
        Files.write(file, damaged);
        assertNull(SignatureDigests.readNote(file), "a damaged note is no note");
        assertEquals(0, SignatureDigests.read(file).size());
        byte[] longNote = bytes.clone();
        longNote[28] = 0x7f; // a note length past the end of the file
        Files.write(file, longNote);
        assertNull(SignatureDigests.readNote(file));
        assertEquals(0, SignatureDigests.read(file).size());
    }
}
