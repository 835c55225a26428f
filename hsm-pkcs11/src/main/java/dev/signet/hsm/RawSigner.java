package dev.signet.hsm;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.spi.Signer;

import java.util.Arrays;

/** Signs with a token key through the PKCS#11 wrapper ({@link RawTokenKeys}); thread-safe. */
final class RawSigner implements Signer {

    private final Dnskey dnskey;
    private final Algorithm algorithm;
    private final RawTokenKeys keys;
    private final long privateKey;
    private final RawTokenKeys.Method method;
    private final String source;

    RawSigner(Dnskey dnskey, Algorithm algorithm, RawTokenKeys keys, long privateKey, String source) {
        this.dnskey = dnskey;
        this.algorithm = algorithm;
        this.keys = keys;
        this.privateKey = privateKey;
        this.method = keys.method(algorithm, source);
        this.source = source;
    }

    @Override
    public Dnskey dnskey() {
        return dnskey;
    }

    @Override
    public Algorithm algorithm() {
        return algorithm;
    }

    @Override
    public byte[] sign(byte[] data, int off, int len) {
        byte[] input = off == 0 && len == data.length ? data : Arrays.copyOfRange(data, off, off + len);
        return keys.sign(privateKey, method, input, source);
    }
}
