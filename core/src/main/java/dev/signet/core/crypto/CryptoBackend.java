package dev.signet.core.crypto;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * One implementation of DNSSEC signing and verification: a JCA provider, or Bouncy Castle's
 * low-level API. {@link SoftwareCrypto} chooses among them per algorithm.
 */
public interface CryptoBackend {

    /** Short name for reports and benchmarks, e.g. {@code JDK}, {@code BC-JCA}, {@code BC-lowlevel}. */
    String name();

    boolean supports(Algorithm alg);

    /**
     * A signing function for one key pair.
     *
     * @param publicKey the matching public key (some implementations need it to sign)
     */
    SignFunction signer(Algorithm alg, PrivateKey privateKey, PublicKey publicKey) throws GeneralSecurityException;

    VerifyFunction verifier(Algorithm alg, PublicKey publicKey) throws GeneralSecurityException;
}
