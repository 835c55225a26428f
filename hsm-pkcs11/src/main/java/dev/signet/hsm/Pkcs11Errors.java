package dev.signet.hsm;

import sun.security.pkcs11.wrapper.PKCS11Exception;

/** Short texts for what SunPKCS11 and the PKCS#11 module throw (never containing a PIN: none is passed to them as text). */
final class Pkcs11Errors {

    private Pkcs11Errors() {
    }

    /** The PKCS#11 return code (e.g. {@code CKR_PIN_INCORRECT}) in a cause chain, or null. */
    static String returnCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PKCS11Exception p) {
                String m = p.getMessage();
                return m == null ? null : m.trim();
            }
        }
        return null;
    }

    /** The return code when there is one, else the innermost message. */
    static String describe(Throwable e) {
        String code = returnCode(e);
        if (code != null) {
            return code;
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return m == null ? root.getClass().getSimpleName() : m;
    }
}
