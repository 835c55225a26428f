package dev.signet.core.rr;

/** The RFC 3597 §5 generic mnemonics {@code TYPEnnn} and {@code CLASSnnn}. */
final class GenericMnemonic {

    private GenericMnemonic() {
    }

    /**
     * The number after {@code prefix} in an upper-cased word ({@code TYPE65280} → 65280), or -1
     * when the word is not the prefix followed by 1–5 decimal digits with a value up to 65535.
     */
    static int number(String upper, String prefix) {
        int digits = upper.length() - prefix.length();
        if (!upper.startsWith(prefix) || digits < 1 || digits > 5) {
            return -1;
        }
        int v = 0;
        for (int i = prefix.length(); i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v <= 0xFFFF ? v : -1;
    }
}
