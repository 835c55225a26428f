package dev.signet.core.key;

import dev.signet.core.crypto.CryptoBackendProvider;
import dev.signet.core.crypto.JavaCryptoProvider;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.spi.KeyException;
import dev.signet.core.spi.KeyRef;
import dev.signet.core.spi.KeySource;
import dev.signet.core.spi.Signer;
import dev.signet.core.spi.SoftwareSigner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code file} key source: private keys in BIND {@code .private} files, signed in software
 * by the chosen crypto backend. Closing it closes every signer it made, which frees a native
 * backend's copies of the keys.
 */
public final class FileKeySource implements KeySource {

    private final CryptoBackendProvider crypto;
    private final List<SoftwareSigner> signers = new ArrayList<>();

    /** Signs with the java backend. */
    public FileKeySource() {
        this(new JavaCryptoProvider());
    }

    public FileKeySource(CryptoBackendProvider crypto) {
        this.crypto = crypto;
    }

    @Override
    public String scheme() {
        return KeyRef.FILE;
    }

    /** The crypto backend the signers use. */
    public CryptoBackendProvider crypto() {
        return crypto;
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
        SoftwareSigner s = SoftwareSigner.create(dnskey, priv.privateKey(p.toString()), p.toString(), crypto);
        synchronized (signers) {
            signers.add(s);
        }
        return s;
    }

    @Override
    public void close() {
        List<SoftwareSigner> all;
        synchronized (signers) {
            all = new ArrayList<>(signers);
            signers.clear();
        }
        for (SoftwareSigner s : all) {
            s.close();
        }
    }
}
