package dev.signet.openssl;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.key.KeyFiles;
import dev.signet.core.rdata.Dnskey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.HexFormat;

/** The RFC vectors under testdata/vectors (the {@code signet.testdata} property Maven sets). */
final class Vectors {

    private Vectors() {
    }

    static Path path(String relative) {
        String root = System.getProperty("signet.testdata");
        if (root == null) {
            throw new IllegalStateException("system property signet.testdata is not set (run through Maven)");
        }
        return Path.of(root).resolve(relative);
    }

    static Dnskey dnskey(String key) {
        return KeyFiles.readPublic(path("vectors/" + key)).dnskey();
    }

    static PrivateKey privateKey(String key) {
        return KeyFiles.readPrivate(path("vectors/" + key), dnskey(key).algorithm()).privateKey(key);
    }

    static Algorithm algorithm(String key) {
        return Algorithm.require(dnskey(key).algorithm());
    }

    /** A hex file: '#' lines are comments; the hex may be split over lines. */
    static byte[] hex(String relative) {
        try {
            StringBuilder sb = new StringBuilder();
            for (String l : Files.readAllLines(path("vectors/" + relative))) {
                if (!l.startsWith("#")) {
                    sb.append(l.strip());
                }
            }
            return HexFormat.of().parseHex(sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
