package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.IpAddressText;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The checks BIND's loader makes on each record as it reads it (master.c with named-checkzone's
 * options): host-name syntax ({@code -k}), MX and NS targets written as addresses ({@code -m},
 * {@code -n}), non-terminal wildcards ({@code -W}) and the TTL limit ({@code -l}). Messages are
 * BIND's; each finding carries the record's file and line.
 */
public final class LoadChecks {

    private static final Name IN_ADDR_ARPA = Name.of("in-addr.arpa.");
    private static final Name IP6_ARPA = Name.of("ip6.arpa.");
    private static final Name IP6_INT = Name.of("ip6.int.");

    private final CheckOptions options;
    private final Name origin;
    private final Consumer<Diagnostic> sink;
    private final HostNames hostNames = new HostNames();
    private boolean errors;

    /**
     * @param origin the origin relative names were completed with (the zone apex), used to tell
     *     how an address-like target was written
     */
    public LoadChecks(CheckOptions options, Name origin, Consumer<Diagnostic> sink) {
        this.options = Objects.requireNonNull(options);
        this.origin = Objects.requireNonNull(origin);
        this.sink = Objects.requireNonNull(sink);
    }

    /** True once a finding was reported as an error. */
    public boolean hasErrors() {
        return errors;
    }

    /** Checks one record; returns false if it is rejected (an error was reported). */
    public boolean check(Record r, String file, int line) {
        boolean ok = true;
        Name owner = r.owner();
        RrType type = r.type();
        if (options.maxTtl() >= 0 && r.ttl() > options.maxTtl()) {
            ok &= report(CheckOptions.Mode.FAIL, file, line, "TTL_ABOVE_MAX",
                    "TTL " + r.ttl() + " exceeds configured max-zone-ttl " + options.maxTtl());
        }
        if (options.nonTerminalWildcard() && hostNames.hasInnerWildcard(owner)) {
            report(CheckOptions.Mode.WARN, file, line, "NON_TERMINAL_WILDCARD",
                    "ownername '" + BindText.name(owner) + "' contains an non-terminal wildcard");
        }
        ok &= checkOwner(owner, type, file, line);
        if (type.equals(RrType.MX)) {
            ok &= checkAddressLike(options.mxAddress(), r.rdata(), 2, file, line, "MX_IS_ADDRESS", "'%s': MX is an address");
        } else if (type.equals(RrType.NS)) {
            ok &= checkAddressLike(options.nsAddress(), r.rdata(), 0, file, line, "NS_IS_ADDRESS", "NS record '%s' appears to be an address");
        }
        ok &= checkRdataNames(r, file, line);
        return ok;
    }

    /** check-names on owners: address and mail-exchanger owners must be host names. */
    private boolean checkOwner(Name owner, RrType type, String file, int line) {
        if (options.checkNames() == CheckOptions.Mode.IGNORE) {
            return true;
        }
        boolean good;
        CheckOptions.Mode mode = options.checkNames();
        if (type.equals(RrType.A) || type.equals(RrType.AAAA) || type.equals(RrType.A6)
                || type.equals(RrType.MX) || type.equals(RrType.WKS)) {
            good = hostNames.isHostname(owner, true);
        } else if (type.equals(RrType.NSEC3)) {
            good = hostNames.isNsec3Owner(owner);
            // BIND rejects a malformed NSEC3 owner even when check-names only warns.
            mode = CheckOptions.Mode.FAIL;
        } else {
            return true;
        }
        return good || report(mode, file, line, "BAD_OWNER_NAME", BindText.name(owner) + ": bad owner name (check-names)");
    }

    /** check-names on rdata: targets that must be host names, and the SOA mailbox. */
    private boolean checkRdataNames(Record r, String file, int line) {
        if (options.checkNames() == CheckOptions.Mode.IGNORE) {
            return true;
        }
        RrType type = r.type();
        byte[] w = r.rdata().wireUnsafe();
        try {
            if (type.equals(RrType.NS)) {
                return hostname(Name.fromWire(w, 0), file, line);
            }
            if (type.equals(RrType.MX) || type.equals(RrType.AFSDB) || type.equals(RrType.RT)) {
                return hostname(Name.fromWire(w, 2), file, line);
            }
            if (type.equals(RrType.SRV)) {
                return hostname(Name.fromWire(w, 6), file, line);
            }
            if (type.equals(RrType.PTR) && isReverse(r.owner())) {
                return hostname(Name.fromWire(w, 0), file, line);
            }
            if (type.equals(RrType.SOA)) {
                Name mname = Name.fromWire(w, 0);
                Name rname = Name.fromWire(w, mname.wireLength());
                boolean ok = hostname(mname, file, line);
                return (hostNames.isMailbox(rname) || badName(rname, file, line)) && ok;
            }
        } catch (TextException malformed) {
            // Rdata given as \# for a type without a codec: its syntax is not ours to judge here.
        }
        return true;
    }

    private boolean hostname(Name target, String file, int line) {
        return hostNames.isHostname(target, false) || badName(target, file, line);
    }

    private boolean badName(Name target, String file, int line) {
        return report(options.checkNames(), file, line, "BAD_NAME", BindText.name(target) + ": bad name (check-names)");
    }

    private static boolean isReverse(Name owner) {
        return owner.isSubdomainOf(IN_ADDR_ARPA) || owner.isSubdomainOf(IP6_ARPA) || owner.isSubdomainOf(IP6_INT);
    }

    /**
     * BIND checks the target word as written ({@code 192.0.2.1} or {@code 192.0.2.1.}). From the
     * parsed name we recover both spellings: all labels (written absolute) or the labels above
     * the origin (written relative).
     */
    private boolean checkAddressLike(CheckOptions.Mode mode, Rdata rdata, int offset, String file, int line,
                                     String code, String format) {
        if (mode == CheckOptions.Mode.IGNORE) {
            return true;
        }
        Name target;
        try {
            target = Name.fromWire(rdata.wireUnsafe(), offset);
        } catch (TextException malformed) {
            return true;
        }
        String written = null;
        String absolute = joinLabels(target, target.labelCount());
        if (IpAddressText.isAddress(absolute)) {
            written = absolute + ".";
        } else if (target.isSubdomainOf(origin) && !target.equals(origin)) {
            String relative = joinLabels(target, target.labelCount() - origin.labelCount());
            if (IpAddressText.isAddress(relative)) {
                written = relative;
            }
        }
        return written == null || report(mode, file, line, code, String.format(format, written));
    }

    private static String joinLabels(Name name, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append('.');
            }
            for (byte b : name.label(i)) {
                sb.append((char) (b & 0xFF));
            }
        }
        return sb.toString();
    }

    /** Reports a finding in the given mode; returns false if it was an error. */
    private boolean report(CheckOptions.Mode mode, String file, int line, String code, String message) {
        if (mode == CheckOptions.Mode.IGNORE) {
            return true;
        }
        boolean error = mode == CheckOptions.Mode.FAIL;
        errors |= error;
        sink.accept(new Diagnostic(error ? Diagnostic.Severity.ERROR : Diagnostic.Severity.WARNING,
                file, line, 0, code, message));
        return !error;
    }
}
