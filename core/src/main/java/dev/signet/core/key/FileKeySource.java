package dev.signet.core.key;

import dev.signet.core.rdata.Dnskey;
import dev.signet.core.spi.KeyException;
import dev.signet.core.spi.KeyRef;
import dev.signet.core.spi.KeySource;
import dev.signet.core.spi.Signer;
import dev.signet.core.spi.SoftwareSigner;

import java.nio.file.Path;

/** The {@code file} key source: private keys in BIND {@code .private} files, signed in software. */
public final class FileKeySource implements KeySource {

    @Override
    public String scheme() {
        return KeyRef.FILE;
    }

    /**
     * @throws KeyException {@code KEY_FILE_MISSING}, any {@code .private} parse error,
     *     {@code KEY_ON_TOKEN}, {@code BAD_PRIVATE_KEY} or {@code KEY_MISMATCH}, naming the file
     */
    @Override
    public Signer signer(KeyRef ref, Dnskey dnskey) {
        if (!KeyRef.FILE.equals(ref.scheme())) {
            throw new KeyException("WRONG_KEY_SOURCE", ref.toString(), null, "not a key file reference");
        }
        Path p = Path.of(ref.location());
        PrivateKeyFile priv = PrivateKeyFile.parse(KeyFiles.readText(p), p.toString(), dnskey.algorithm());
        return SoftwareSigner.create(dnskey, priv.privateKey(p.toString()), p.toString());
    }
}
