package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * named-checkzone's checks of a loaded zone (BIND 9.18 zone.c, zone_postload and
 * integrity_checks), with BIND's messages and its choice of what is fatal:
 * <ol>
 *   <li>in-zone targets of the apex NS records must have addresses, not be a CNAME or lie below
 *       a DNAME — always checked, errors;
 *   <li>exactly one SOA and at least one NS at the apex — errors;
 *   <li>with {@code -i} (not {@code none}), walking the names in canonical order and skipping
 *       occluded ones: delegation NS targets (missing glue, no addresses, CNAME, DNAME — reported,
 *       never fatal, like BIND), MX targets ({@code -m}/{@code -M}), SRV targets ({@code -S}),
 *       and SPF records without an SPF TXT record ({@code -T}).
 * </ol>
 * Only names inside the zone are checked: BIND's {@code full} mode also queries the DNS for
 * outside names, which Signet never does.
 */
public final class IntegrityChecks {

    private final Zone zone;
    private final CheckOptions options;
    private final Consumer<Diagnostic> sink;
    private final String file;
    private final ZoneLookup lookup;
    private boolean errors;

    /** @param file the zone file, named in each finding (they concern the zone, not one line) */
    public IntegrityChecks(Zone zone, CheckOptions options, String file, Consumer<Diagnostic> sink) {
        this.zone = zone;
        this.options = options;
        this.file = file;
        this.sink = sink;
        this.lookup = new ZoneLookup(zone);
    }

    /** Runs the checks; returns true if the zone passes (no error reported). */
    public boolean run() {
        ZoneNode apex = zone.apexNode();
        RRset apexNs = apex == null ? null : apex.rrset(RrType.NS);
        if (apexNs != null) {
            for (Rdata r : apexNs.rdataList()) {
                checkApexNsTarget(Name.fromWire(r.wireUnsafe(), 0));
            }
        }
        int soaCount = apex == null || apex.rrset(RrType.SOA) == null ? 0 : apex.rrset(RrType.SOA).size();
        if (soaCount != 1) {
            error("SOA_COUNT", "has " + soaCount + " SOA records");
        }
        if (apexNs == null) {
            error("NO_NS", "has no NS records");
        }
        if (errors || !options.integrity().enabled()) {
            return !errors;
        }
        for (ZoneNode node : zone.nodes()) {
            switch (node.kind()) {
                case DELEGATION -> checkDelegation(node);
                case APEX, AUTHORITATIVE -> checkTargets(node);
                default -> {
                }
            }
        }
        return !errors;
    }

    private void checkApexNsTarget(Name target) {
        if (!target.isSubdomainOf(zone.apex())) {
            return;
        }
        ZoneLookup.Result found = findAddress(target, false);
        String what = "NS '" + BindText.name(target) + "'";
        switch (found.outcome()) {
            case NO_TYPE, NO_NAME, EMPTY_NAME -> error("NS_NO_ADDRESS", what + " has no address records (A or AAAA)");
            case CNAME -> error("NS_IS_CNAME", what + " is a CNAME (illegal)");
            case DNAME -> error("NS_BELOW_DNAME", what + " is below a DNAME '" + BindText.name(found.at()) + "' (illegal)");
            default -> {
            }
        }
    }

    /** BIND's zone_check_glue: reported at error level but, as its source says, not yet fatal. */
    private void checkDelegation(ZoneNode node) {
        RRset ns = node.rrset(RrType.NS);
        for (Rdata r : ns.rdataList()) {
            Name target = Name.fromWire(r.wireUnsafe(), 0);
            if (!target.isSubdomainOf(zone.apex())) {
                continue;
            }
            ZoneLookup.Result found = findAddress(target, true);
            String what = BindText.name(node.name()) + "/NS '" + BindText.name(target) + "'";
            switch (found.outcome()) {
                case NO_TYPE, NO_NAME, EMPTY_NAME, DELEGATION -> {
                    boolean required = target.isSubdomainOf(node.name());
                    boolean sibling = !required && found.outcome() == ZoneLookup.Outcome.DELEGATION;
                    if (sibling && !options.integrity().checksSiblingGlue()) {
                        break;
                    }
                    String code = required ? "GLUE_MISSING" : sibling ? "SIBLING_GLUE_MISSING" : "NS_NO_ADDRESS";
                    String kind = required ? "REQUIRED GLUE " : sibling ? "SIBLING GLUE " : "";
                    warning(code, what + " has no " + kind + "address records (A or AAAA)");
                }
                case CNAME -> warning("NS_IS_CNAME", what + " is a CNAME (illegal)");
                case DNAME -> warning("NS_BELOW_DNAME", what + " is below a DNAME '" + BindText.name(found.at()) + "' (illegal)");
                default -> {
                }
            }
        }
    }

    private void checkTargets(ZoneNode node) {
        RRset mx = node.rrset(RrType.MX);
        if (mx != null) {
            for (Rdata r : mx.rdataList()) {
                checkTarget(node.name(), "MX", Name.fromWire(r.wireUnsafe(), 2),
                        options.mxAddress() == CheckOptions.Mode.FAIL ? CheckOptions.Mode.FAIL : CheckOptions.Mode.WARN,
                        options.mxCname());
            }
        }
        if (!zone.rrClass().equals(RrClass.IN)) {
            return;
        }
        RRset srv = node.rrset(RrType.SRV);
        if (srv != null) {
            for (Rdata r : srv.rdataList()) {
                Name target = nameAt(r, 6);
                if (target != null) {
                    checkTarget(node.name(), "SRV", target, CheckOptions.Mode.WARN, options.srvCname());
                }
            }
        }
        if (options.spf() && node.has(RrType.SPF) && !hasSpfTxt(node.rrset(RrType.TXT))) {
            warning("SPF_WITHOUT_TXT", "'" + BindText.name(node.name())
                    + "' found type SPF record but no SPF TXT record found, add matching type TXT record");
        }
    }

    /** BIND's zone_check_mx / zone_check_srv for a target inside the zone ("." means no service). */
    private void checkTarget(Name owner, String type, Name target, CheckOptions.Mode noAddress, CheckOptions.Mode cname) {
        if (target.isRoot() || !target.isSubdomainOf(zone.apex())) {
            return;
        }
        ZoneLookup.Result found = findAddress(target, false);
        String what = BindText.name(owner) + "/" + type + " '" + BindText.name(target) + "'";
        switch (found.outcome()) {
            case NO_TYPE, NO_NAME, EMPTY_NAME ->
                    report(noAddress, type + "_NO_ADDRESS", what + " has no address records (A or AAAA)");
            case CNAME -> report(cname, type + "_IS_CNAME", what + " is a CNAME (illegal)");
            case DNAME -> report(cname, type + "_BELOW_DNAME", what + " is below a DNAME '" + BindText.name(found.at()) + "' (illegal)");
            default -> {
            }
        }
    }

    /** The name at {@code offset} of the rdata, or null for rdata too malformed to hold one (given as \\#). */
    private static Name nameAt(Rdata r, int offset) {
        try {
            return Name.fromWire(r.wireUnsafe(), offset);
        } catch (TextException malformed) {
            return null;
        }
    }

    /** An A lookup, and AAAA when the name exists without A (BIND asks in that order). */
    private ZoneLookup.Result findAddress(Name target, boolean glueOk) {
        ZoneLookup.Result a = lookup.find(target, RrType.A, glueOk);
        if (a.outcome() == ZoneLookup.Outcome.NO_TYPE
                || (glueOk && a.outcome() == ZoneLookup.Outcome.DELEGATION)) {
            ZoneLookup.Result aaaa = lookup.find(target, RrType.AAAA, glueOk);
            if (aaaa.outcome() == ZoneLookup.Outcome.FOUND || aaaa.outcome() == ZoneLookup.Outcome.GLUE) {
                return aaaa;
            }
        }
        return a;
    }

    /** RFC 7208 §4.5: a TXT record whose strings, joined, start with "v=spf1" then a space or the end. */
    private static boolean hasSpfTxt(RRset txt) {
        if (txt == null) {
            return false;
        }
        for (Rdata r : txt.rdataList()) {
            byte[] w = r.wireUnsafe();
            StringBuilder joined = new StringBuilder();
            for (int p = 0; p < w.length && joined.length() < 8; p += 1 + (w[p] & 0xFF)) {
                int len = Math.min(w[p] & 0xFF, w.length - p - 1);
                joined.append(new String(w, p + 1, len, StandardCharsets.ISO_8859_1));
            }
            String s = joined.toString();
            if (s.startsWith("v=spf1") && (s.length() == 6 || s.charAt(6) == ' ')) {
                return true;
            }
        }
        return false;
    }

    private void report(CheckOptions.Mode mode, String code, String message) {
        if (mode == CheckOptions.Mode.FAIL) {
            error(code, message);
        } else if (mode == CheckOptions.Mode.WARN) {
            warning(code, message);
        }
    }

    private void error(String code, String message) {
        errors = true;
        sink.accept(new Diagnostic(Diagnostic.Severity.ERROR, file, 0, 0, code, message));
    }

    private void warning(String code, String message) {
        sink.accept(new Diagnostic(Diagnostic.Severity.WARNING, file, 0, 0, code, message));
    }
}
