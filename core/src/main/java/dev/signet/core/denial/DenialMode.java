package dev.signet.core.denial;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Nsec3Param;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;

import java.util.Arrays;
import java.util.HexFormat;

/** How a signed zone proves non-existence: an NSEC chain (RFC 4034 §4) or an NSEC3 chain (RFC 5155). */
public sealed interface DenialMode permits DenialMode.Nsec, DenialMode.Nsec3 {

    /** The NSEC chain. */
    Nsec NSEC = new Nsec();

    /**
     * An NSEC3 chain with SHA-1.
     *
     * @throws TextException {@code NSEC3_ITERATIONS} above {@link Nsec3#MAX_ITERATIONS}
     */
    static Nsec3 nsec3(byte[] salt, int iterations, boolean optOut) {
        return new Nsec3(salt, iterations, optOut);
    }

    /** The NSEC chain. */
    final class Nsec implements DenialMode {
        private Nsec() {
        }

        @Override
        public String toString() {
            return "NSEC";
        }
    }

    /** NSEC3 parameters: SHA-1, additional iterations, salt, and whether insecure delegations opt out. */
    final class Nsec3 implements DenialMode {

        /**
         * BIND 9.18 refuses more ({@code dnssec-signzone -H 151}: "NSEC3 iterations too big.
         * Maximum iterations allowed 150."); RFC 9276 §3.1 recommends 0.
         */
        public static final int MAX_ITERATIONS = 150;

        private final byte[] salt;
        private final int iterations;
        private final boolean optOut;

        private Nsec3(byte[] salt, int iterations, boolean optOut) {
            if (iterations < 0) {
                throw new IllegalArgumentException("negative iterations");
            }
            if (iterations > MAX_ITERATIONS) {
                throw new TextException("NSEC3_ITERATIONS",
                        "NSEC3 iterations too big. Maximum iterations allowed " + MAX_ITERATIONS + ".");
            }
            if (salt.length > 255) {
                throw new TextException("NSEC3_SALT", "NSEC3 salt longer than 255 octets");
            }
            this.salt = salt.clone();
            this.iterations = iterations;
            this.optOut = optOut;
        }

        public byte[] salt() {
            return salt.clone();
        }

        public int iterations() {
            return iterations;
        }

        public boolean optOut() {
            return optOut;
        }

        /** The NSEC3 flags field: Opt-Out or nothing (RFC 5155 §3.1.2). */
        public int flags() {
            return optOut ? dev.signet.core.rdata.Nsec3.FLAG_OPT_OUT : 0;
        }

        /** A hasher for these parameters (one per thread). */
        public Nsec3Hash hasher() {
            return new Nsec3Hash(iterations, salt);
        }

        /**
         * The apex NSEC3PARAM RRset: flags 0 (RFC 5155 §4.1.2, the Opt-Out flag lives only in
         * NSEC3 records) and TTL 0, as dnssec-signzone writes it.
         */
        public RRset nsec3paramRRset(Name apex, RrClass rrClass) {
            return RRset.of(apex, RrType.NSEC3PARAM, rrClass, 0,
                    Nsec3Param.of(Nsec3Hash.SHA1, 0, iterations, salt).toRdata());
        }

        /** The salt in BIND's text form: upper-case hex, {@code -} when empty. */
        public String saltText() {
            return salt.length == 0 ? "-" : HexFormat.of().withUpperCase().formatHex(salt);
        }

        /** True if an NSEC3PARAM (or NSEC3) record carries these hash parameters. */
        public boolean sameHashParameters(int hashAlgorithm, int otherIterations, byte[] otherSalt) {
            return hashAlgorithm == Nsec3Hash.SHA1 && otherIterations == iterations && Arrays.equals(otherSalt, salt);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Nsec3 n && n.iterations == iterations && n.optOut == optOut
                    && Arrays.equals(n.salt, salt);
        }

        @Override
        public int hashCode() {
            return (Arrays.hashCode(salt) * 31 + iterations) * 2 + (optOut ? 1 : 0);
        }

        @Override
        public String toString() {
            return "NSEC3 1 " + flags() + " " + iterations + " " + saltText();
        }
    }
}
