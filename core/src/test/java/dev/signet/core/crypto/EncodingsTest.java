package dev.signet.core.crypto;

import dev.signet.core.text.TextException;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DNSKEY public-key encodings, ECDSA signature conversion, algorithm and digest names. */
class EncodingsTest {

    /** DER -> r|s -> DER, against the JDK's own IEEE P1363 (= r|s) output, seeded. */
    @Test
    void ecdsaDerAndRawAgreeWithTheJdk() throws Exception {
        SecureRandom rnd = SecureRandom.getInstance("SHA1PRNG");
        rnd.setSeed(6605);
        for (Algorithm alg : new Algorithm[] {Algorithm.ECDSAP256SHA256, Algorithm.ECDSAP384SHA384}) {
            KeyPair kp = KeyGeneration.generate(alg, 0, rnd);
            String p1363 = alg.jcaSignatureName() + "inP1363Format";
            for (int i = 0; i < 200; i++) {
                byte[] data = new byte[i];
                rnd.nextBytes(data);
                Signature der = Signature.getInstance(alg.jcaSignatureName());
                der.initSign(kp.getPrivate(), rnd);
                der.update(data);
                byte[] d = der.sign();
                byte[] raw = EcdsaSignatureFormat.derToRaw(d, alg.fieldLength());
                assertEquals(2 * alg.fieldLength(), raw.length);
                Signature check = Signature.getInstance(p1363);
                check.initVerify(kp.getPublic());
                check.update(data);
                assertTrue(check.verify(raw));
                assertArrayEquals(d, EcdsaSignatureFormat.rawToDer(raw));
            }
        }
    }

    @Test
    void ecdsaShortIntegersArePadded() {
        byte[] raw = new byte[64];
        raw[31] = 1; // r = 1
        raw[32] = (byte) 0x80; // s with the top bit set needs a DER sign octet
        byte[] der = EcdsaSignatureFormat.rawToDer(raw);
        assertEquals("3026020101022100" + "80" + "00".repeat(31), java.util.HexFormat.of().formatHex(der));
        assertArrayEquals(raw, EcdsaSignatureFormat.derToRaw(der, 32));
        assertThrows(IllegalArgumentException.class, () -> EcdsaSignatureFormat.derToRaw(der, 16));
        assertThrows(IllegalArgumentException.class,
                () -> EcdsaSignatureFormat.derToRaw(Arrays.copyOf(der, der.length - 1), 32));
    }

    /** RFC 3110 §2: exponents longer than 255 octets use a zero octet and a two-octet length. */
    @Test
    void rsaLongExponentForm() {
        BigInteger n = BigInteger.ONE.shiftLeft(4095).add(BigInteger.valueOf(12345));
        BigInteger n3072 = BigInteger.ONE.shiftLeft(3071).add(BigInteger.valueOf(12345));
        BigInteger longE = BigInteger.ONE.shiftLeft(8 * 300).add(BigInteger.ONE);
        byte[] enc = DnskeyPublicKeys.encodeRsa(longE, n);
        assertEquals(0, enc[0]);
        assertEquals(301, ((enc[1] & 0xFF) << 8) | (enc[2] & 0xFF));
        BigInteger[] f = DnskeyPublicKeys.rsaFields(enc);
        assertEquals(longE, f[0]);
        assertEquals(n, f[1]);
        byte[] shortForm = DnskeyPublicKeys.encodeRsa(BigInteger.valueOf(65537), n);
        assertEquals(3, shortForm[0]);
        assertEquals(1 + 3 + 512, shortForm.length);
        for (BigInteger modulus : new BigInteger[] {n, n3072}) {
            byte[] e = DnskeyPublicKeys.encodeRsa(longE, modulus);
            RSAPublicKey k = (RSAPublicKey) DnskeyPublicKeys.decode(Algorithm.RSASHA256, e);
            assertEquals(longE, k.getPublicExponent());
            assertEquals(modulus, k.getModulus());
            assertArrayEquals(e, DnskeyPublicKeys.encode(Algorithm.RSASHA256, k));
        }
    }

    @Test
    void publicKeysRoundTrip() {
        Random seeds = new Random(3110);
        for (Algorithm alg : Algorithm.values()) {
            SecureRandom rnd = new SecureRandom(new byte[] {(byte) seeds.nextInt()});
            KeyPair kp = KeyGeneration.generate(alg, 1024, rnd);
            byte[] enc = DnskeyPublicKeys.encode(alg, kp.getPublic());
            PublicKey back = DnskeyPublicKeys.decode(alg, enc);
            assertArrayEquals(enc, DnskeyPublicKeys.encode(alg, back));
            if (alg.family() != Algorithm.Family.RSA) {
                assertEquals(alg.family() == Algorithm.Family.ECDSA ? 2 * alg.fieldLength() : alg.fieldLength(),
                        enc.length);
            }
        }
    }

    @Test
    void badPublicKeys() {
        assertEquals("BAD_PUBLIC_KEY", assertThrows(TextException.class,
                () -> DnskeyPublicKeys.decode(Algorithm.ECDSAP256SHA256, new byte[63])).code());
        byte[] offCurve = new byte[64];
        offCurve[31] = 1;
        offCurve[63] = 1;
        assertEquals("BAD_PUBLIC_KEY", assertThrows(TextException.class,
                () -> DnskeyPublicKeys.decode(Algorithm.ECDSAP256SHA256, offCurve)).code());
        assertEquals("BAD_PUBLIC_KEY", assertThrows(TextException.class,
                () -> DnskeyPublicKeys.decode(Algorithm.ED448, new byte[32])).code());
        assertEquals("BAD_PUBLIC_KEY", assertThrows(TextException.class,
                () -> DnskeyPublicKeys.decode(Algorithm.RSASHA256, new byte[] {3, 1, 0, 1})).code());
        assertEquals("BAD_PUBLIC_KEY", assertThrows(TextException.class,
                () -> DnskeyPublicKeys.decode(Algorithm.RSASHA256, new byte[0])).code());
    }

    /** Names and numbers as BIND's dnssec-keygen -a and dnssec-dsfromkey -a accept them. */
    @Test
    void algorithmAndDigestNames() {
        assertEquals(Algorithm.ECDSAP256SHA256, Algorithm.parse("13"));
        assertEquals(Algorithm.ECDSAP256SHA256, Algorithm.parse("013"));
        assertEquals(Algorithm.ECDSAP256SHA256, Algorithm.parse("ecdsap256sha256"));
        assertEquals(Algorithm.ECDSAP256SHA256, Algorithm.parse("ECDSA256"));
        assertEquals(Algorithm.ECDSAP384SHA384, Algorithm.parse("ecdsa384"));
        assertEquals(Algorithm.NSEC3RSASHA1, Algorithm.parse("NSEC3RSASHA1"));
        assertEquals(Algorithm.ED448, Algorithm.parse("16"));
        assertEquals("UNKNOWN_ALGORITHM", assertThrows(TextException.class, () -> Algorithm.parse("RSA")).code());
        assertEquals("UNKNOWN_ALGORITHM", assertThrows(TextException.class, () -> Algorithm.parse("0x0d")).code());
        assertEquals("UNKNOWN_ALGORITHM", assertThrows(TextException.class,
                () -> Algorithm.parse("RSASHA1-NSEC3-SHA1")).code());
        assertEquals("UNSUPPORTED_ALGORITHM", assertThrows(TextException.class, () -> Algorithm.parse("DSA")).code());
        assertEquals("UNSUPPORTED_ALGORITHM", assertThrows(TextException.class, () -> Algorithm.parse("ECCGOST")).code());
        assertNull(Algorithm.fromNumber(12));
        for (Algorithm a : Algorithm.values()) {
            assertEquals(a.name(), a.mnemonic(), "the rdata table's name for " + a.number());
        }
        assertEquals(DigestType.SHA256, DigestType.parse("sha-256"));
        assertEquals(DigestType.SHA1, DigestType.parse("SHA1"));
        assertEquals(DigestType.SHA384, DigestType.parse("4"));
        assertEquals("UNSUPPORTED_DIGEST", assertThrows(TextException.class, () -> DigestType.parse("GOST")).code());
        assertEquals("UNKNOWN_DIGEST", assertThrows(TextException.class, () -> DigestType.parse("MD5")).code());
    }
}
