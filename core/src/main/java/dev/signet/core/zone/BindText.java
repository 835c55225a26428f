package dev.signet.core.zone;

import dev.signet.core.name.Name;

/** Names as BIND prints them inside messages (dns_name_format: no trailing dot but for the root). */
final class BindText {

    private BindText() {
    }

    static String name(Name n) {
        String s = n.toString();
        return n.isRoot() ? s : s.substring(0, s.length() - 1);
    }
}
