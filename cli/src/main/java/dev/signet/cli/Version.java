package dev.signet.cli;

import dev.signet.core.crypto.CryptoSelection;
import dev.signet.core.text.TextException;
import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven wrote into {@code version.properties} at build time. */
final class Version implements IVersionProvider {

    static String number() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Fall through to "unknown": the version is informational.
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"signet " + number()};
    }

    /**
     * {@code signet --version}: the version, then the crypto backend commands would use (BIND's
     * tools print only a version, so the subcommands' {@code -V} stay one line).
     */
    static final class WithCrypto implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"signet " + number(), crypto(System.getenv(CryptoSelection.ENV))};
        }
    }

    /**
     * Which crypto backend a command would use with {@code SIGNET_CRYPTO} = {@code requested}
     * and no {@code --crypto}, what it is, and why it was chosen.
     */
    static String crypto(String requested) {
        try {
            CryptoSelection.Choice c = CryptoSelection.choose(requested);
            return "crypto: " + c.name() + ", " + c.provider().description() + " (" + c.reason() + ")";
        } catch (TextException e) {
            return "crypto: none usable with " + CryptoSelection.ENV + "=" + requested + ": " + e.getMessage();
        }
    }
}
