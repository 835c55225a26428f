package dev.signet.core.crypto;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.Provider;

/**
 * The one Bouncy Castle JCA provider object Signet uses. It is passed to {@code getInstance}
 * calls and never added to the JVM-wide provider list, so the application's global
 * provider list is untouched.
 */
public final class BouncyCastle {

    private BouncyCastle() {
    }

    private static final class Holder {
        static final Provider PROVIDER = new BouncyCastleProvider();
    }

    public static Provider provider() {
        return Holder.PROVIDER;
    }
}
