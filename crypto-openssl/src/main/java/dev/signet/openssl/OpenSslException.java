package dev.signet.openssl;

import java.security.GeneralSecurityException;

/** A libcrypto call failed; the message is one line with OpenSSL's reason. */
final class OpenSslException extends GeneralSecurityException {

    private static final long serialVersionUID = 1L;

    OpenSslException(String message) {
        super(message);
    }
}
