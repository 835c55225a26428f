package dev.signet.core.zone;

import java.util.Locale;

/**
 * Which of named-checkzone's checks run and whether a finding is an error, a warning or ignored.
 * Field names follow the BIND option letters (see {@code man named-checkzone}).
 *
 * @param checkNames {@code -k}: host and mailbox syntax of owners and of names in rdata
 * @param mxAddress {@code -m}: an MX exchange written as an IP address; in {@code FAIL} mode an
 *     in-zone MX target without address records becomes an error too (as in BIND)
 * @param mxCname {@code -M}: an MX target that is a CNAME
 * @param nsAddress {@code -n}: an NS target written as an IP address
 * @param srvCname {@code -S}: an SRV target that is a CNAME
 * @param integrity {@code -i}: post-load checks of NS, MX and SRV targets inside the zone
 * @param nonTerminalWildcard {@code -W}: warn about a {@code *} label that is not leftmost
 * @param spf {@code -T}: warn about an SPF record without a matching SPF TXT record
 * @param maxTtl {@code -l}: records with a larger TTL are errors; negative for no limit
 */
public record CheckOptions(Mode checkNames, Mode mxAddress, Mode mxCname, Mode nsAddress, Mode srvCname,
                           Integrity integrity, boolean nonTerminalWildcard, boolean spf, long maxTtl) {

    /** How a finding counts. */
    public enum Mode {
        FAIL, WARN, IGNORE;

        public static Mode parse(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * named-checkzone's {@code -i}. BIND's {@code full} modes also look names outside the zone up
     * in the DNS; Signet never makes DNS queries, so they check what {@code local} checks.
     */
    public enum Integrity {
        FULL(true, true), FULL_SIBLING(true, false), LOCAL(true, true), LOCAL_SIBLING(true, false), NONE(false, false);

        private final boolean enabled;
        private final boolean sibling;

        Integrity(boolean enabled, boolean sibling) {
            this.enabled = enabled;
            this.sibling = sibling;
        }

        /** True unless {@code none}. */
        public boolean enabled() {
            return enabled;
        }

        /** Whether a delegation's NS target under another delegation needs glue ("sibling glue"). */
        public boolean checksSiblingGlue() {
            return sibling;
        }

        /** {@code full}, {@code full-sibling}, {@code local}, {@code local-sibling}, {@code none}. */
        public static Integrity parse(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** named-checkzone's defaults. */
    public static CheckOptions checkzoneDefaults() {
        return new CheckOptions(Mode.WARN, Mode.WARN, Mode.WARN, Mode.WARN, Mode.WARN, Integrity.FULL, true, true, -1);
    }

    /** named-compilezone's defaults: host names and NS-as-address are errors (its output is loaded by named). */
    public static CheckOptions compilezoneDefaults() {
        return new CheckOptions(Mode.FAIL, Mode.WARN, Mode.WARN, Mode.FAIL, Mode.WARN, Integrity.FULL, true, true, -1);
    }
}
