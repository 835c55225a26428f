package dev.signet.hsm;

import dev.signet.core.spi.KeyException;
import sun.security.pkcs11.wrapper.CK_C_INITIALIZE_ARGS;
import sun.security.pkcs11.wrapper.CK_TOKEN_INFO;
import sun.security.pkcs11.wrapper.PKCS11;
import sun.security.pkcs11.wrapper.PKCS11Constants;
import sun.security.pkcs11.wrapper.PKCS11Exception;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the slot of the token a URI names. SunPKCS11's configuration only takes a slot id or a
 * slot list index, never a token label (OpenJDK 17 and 25), and its public API does not show
 * token labels; so the slot list is read here through the JDK's own PKCS#11 wrapper (which needs
 * {@code --add-exports jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED}).
 *
 * <p>The wrapper keeps one initialised instance per library path text, shared with every
 * SunPKCS11 provider configured with the same text, so the module is initialised once per
 * process, with the same multi-threading flag SunPKCS11 asks for.
 */
final class TokenDirectory {

    /** What a slot's token says about itself (CK_TOKEN_INFO, padding removed). */
    /**
     * @param listIndex the slot's index in the full slot list, which is what SunPKCS11's
     *     {@code slotListIndex} counts (its {@code slot=} is read as an int; slot ids need not fit)
     */
    record TokenInfo(long slotId, int listIndex, String label, String manufacturer, String model, String serial,
            long flags) {
        boolean pinLocked() {
            return (flags & PKCS11Constants.CKF_USER_PIN_LOCKED) != 0;
        }

        /** No PIN to give here: the token needs no login, or takes the PIN on its own keypad. */
        boolean needsNoPin() {
            return (flags & PKCS11Constants.CKF_LOGIN_REQUIRED) == 0
                    || (flags & PKCS11Constants.CKF_PROTECTED_AUTHENTICATION_PATH) != 0;
        }
    }

    private TokenDirectory() {
    }

    /** Whether this JVM lets Signet read the slot list (the launcher and the build arrange it). */
    static boolean wrapperAccessible() {
        Module cryptoki = PKCS11.class.getModule();
        return cryptoki.isExported("sun.security.pkcs11.wrapper", TokenDirectory.class.getModule());
    }

    /**
     * The tokens present in the module's slots.
     *
     * @throws KeyException {@code PKCS11_MODULE_UNUSABLE} when the library cannot be loaded or
     *     initialised
     */
    static List<TokenInfo> tokens(String module) {
        if (!wrapperAccessible()) {
            throw new KeyException("PKCS11_UNAVAILABLE", module, null, "this JVM does not let Signet read the"
                    + " PKCS#11 slot list: run it with --add-exports"
                    + " jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED (bin/signet and the signet"
                    + " jar do this)");
        }
        try {
            CK_C_INITIALIZE_ARGS init = new CK_C_INITIALIZE_ARGS();
            init.flags = PKCS11Constants.CKF_OS_LOCKING_OK;
            PKCS11 p11 = PKCS11.getInstance(module, "C_GetFunctionList", init, false);
            List<TokenInfo> out = new ArrayList<>();
            long[] slots = p11.C_GetSlotList(false);
            for (int i = 0; i < slots.length; i++) {
                CK_TOKEN_INFO t;
                try {
                    t = p11.C_GetTokenInfo(slots[i]);
                } catch (PKCS11Exception e) {
                    continue; // an empty slot (CKR_TOKEN_NOT_PRESENT)
                }
                out.add(new TokenInfo(slots[i], i, trim(t.label), trim(t.manufacturerID), trim(t.model),
                        trim(t.serialNumber), t.flags));
            }
            return out;
        } catch (IOException | PKCS11Exception | RuntimeException e) {
            throw new KeyException("PKCS11_MODULE_UNUSABLE", module, null, "cannot use this PKCS#11 module: "
                    + Pkcs11Errors.describe(e));
        }
    }

    /**
     * The one token matching the URI's token attributes (token, serial, manufacturer, model,
     * slot-id).
     *
     * @throws KeyException {@code PKCS11_NO_TOKEN} when none matches, {@code PKCS11_AMBIGUOUS_TOKEN}
     *     when several do
     */
    static TokenInfo find(String module, Pkcs11Uri uri) {
        List<TokenInfo> all = tokens(module);
        List<TokenInfo> match = new ArrayList<>();
        for (TokenInfo t : all) {
            if (matches(uri.token(), t.label()) && matches(uri.serial(), t.serial())
                    && matches(uri.manufacturer(), t.manufacturer()) && matches(uri.model(), t.model())
                    && (uri.slotId().isEmpty() || uri.slotId().getAsLong() == t.slotId())) {
                match.add(t);
            }
        }
        if (match.isEmpty()) {
            String what = uri.token().map(l -> "no token labelled '" + l + "'")
                    .orElse("no token matching " + uri);
            throw new KeyException("PKCS11_NO_TOKEN", uri.toString(), null, what + " in " + module
                    + " (tokens present: " + labels(all) + ")");
        }
        if (match.size() > 1) {
            throw new KeyException("PKCS11_AMBIGUOUS_TOKEN", uri.toString(), null, match.size()
                    + " tokens match (" + labels(match) + "); name one with token= or slot-id=");
        }
        return match.get(0);
    }

    private static boolean matches(Optional<String> wanted, String actual) {
        return wanted.isEmpty() || wanted.get().equals(actual);
    }

    private static String labels(List<TokenInfo> tokens) {
        if (tokens.isEmpty()) {
            return "none";
        }
        List<String> l = new ArrayList<>();
        for (TokenInfo t : tokens) {
            l.add("'" + t.label() + "' in slot " + t.slotId());
        }
        return String.join(", ", l);
    }

    /** CK_TOKEN_INFO strings are blank-padded to their fixed length (PKCS#11 2.40 §3.2). */
    private static String trim(char[] padded) {
        int end = padded.length;
        while (end > 0 && (padded[end - 1] == ' ' || padded[end - 1] == '\0')) {
            end--;
        }
        return new String(padded, 0, end);
    }
}
