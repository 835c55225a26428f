package dev.signet.hsm;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.spi.Signer;

/** Signs with an EdDSA key on the token; thread-safe (each call takes a pooled session). */
final class EdDsaSigner implements Signer {

    private final Dnskey dnskey;
    private final Algorithm algorithm;
    private final EdDsaTokenKeys keys;
    private final long privateKey;
    private final String source;

    EdDsaSigner(Dnskey dnskey, Algorithm algorithm, EdDsaTokenKeys keys, long privateKey, String source) {
        this.dnskey = dnskey;
        this.algorithm = algorithm;
        this.keys = keys;
        this.privateKey = privateKey;
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
        byte[] input = off == 0 && len == data.length ? data : java.util.Arrays.copyOfRange(data, off, off + len);
        return keys.sign(privateKey, input, source);
    }
}
