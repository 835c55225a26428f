package dev.signet.cli;

import dev.signet.core.key.KeyMetadata;
import dev.signet.core.key.KeyTime;
import dev.signet.core.text.TextException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The timing metadata {@code dnssec-keygen} 9.18 gives a new key, from its date options, as
 * BIND decides it (checked against {@code dnssec-keygen} case by case):
 * <ul>
 *   <li>Created is always now;</li>
 *   <li>Publish and Activate default to now, unless {@code -G}; a date of {@code none} leaves
 *       one unset; with only {@code -A}, Publish is Activate minus the pre-publication
 *       interval;</li>
 *   <li>a pre-publication interval {@code -i} without {@code -S} spreads Publish and Activate
 *       apart: none given, Publish now and Activate now + i; one given, the other i away;
 *       both given, they must be at least i apart;</li>
 *   <li>a successor ({@code -S}) is activated when its predecessor becomes inactive and
 *       published the interval (default 30 days) before;</li>
 *   <li>{@code -C} (v1.2 files) takes no dates at all.</li>
 * </ul>
 * Nothing here reads the clock: {@code now} comes from the command line's clock.
 */
final class KeygenTiming {

    /** A date option: not given; given as {@code none}; or given as a time. */
    record DateArg(boolean given, OptionalLong time) {
        static final DateArg ABSENT = new DateArg(false, OptionalLong.empty());

        static DateArg parse(String text, long now) {
            return text == null ? ABSENT : new DateArg(true, BindArgs.date(text, now));
        }

        boolean set() {
            return given && time.isPresent();
        }

        boolean unset() {
            return given && time.isEmpty();
        }

        long value() {
            return time.getAsLong();
        }
    }

    /** The date options of one command line, parsed against its {@code now}. */
    record Request(long now, DateArg publish, DateArg activate, DateArg revoke, DateArg inactive,
            DateArg delete, DateArg syncPublish, DateArg syncDelete, long prepublication,
            boolean generateOnly, boolean compat) {

        boolean anyDate() {
            return publish.given || activate.given || revoke.given || inactive.given || delete.given;
        }
    }

    /** The metadata to store and the warnings BIND prints about it. */
    record Plan(KeyMetadata metadata, List<String> warnings) {
    }

    /** Default pre-publication interval of a successor key: 30 days. */
    static final long SUCCESSOR_PREPUBLICATION = 30L * 86400;

    private KeygenTiming() {
    }

    /**
     * Dates of a key that succeeds none.
     *
     * @param prepublication {@code -i}, or -1 when not given
     * @param ksk whether the key has the SEP flag (a ZSK with a revocation date gets a warning)
     */
    static Plan forNewKey(Request r, boolean ksk) {
        long prepub = Math.max(r.prepublication(), 0);
        DateArg pub = r.publish();
        DateArg act = r.activate();
        if (!r.compat() && prepub > 0) {
            if (pub.set() && act.set() && act.value() - prepub < pub.value()) {
                throw new TextException("PREPUBLICATION", "activation and publication dates are closer together"
                        + " than the prepublication interval");
            }
            if (!pub.set() && !act.set()) {
                pub = at(r.now());
                act = at(r.now() + prepub);
            } else if (pub.set() && !act.set()) {
                act = at(pub.value() + prepub);
            } else if (act.set() && !pub.set()) {
                pub = at(act.value() - prepub);
            }
            if (act.value() - prepub < r.now()) {
                throw new TextException("PREPUBLICATION", "time until activation is shorter than the"
                        + " prepublication interval");
            }
        }
        return plan(r, pub, act, prepub, ksk);
    }

    /**
     * Dates of a successor: Activate = the predecessor's Inactive, Publish = that minus the
     * interval, which must not be in the past.
     *
     * @param predecessor the predecessor as BIND's messages name it
     */
    static Plan forSuccessor(Request r, long predecessorInactive, String predecessor, boolean ksk) {
        long prepub = r.prepublication() < 0 ? SUCCESSOR_PREPUBLICATION : r.prepublication();
        long publish = predecessorInactive - prepub;
        if (publish < r.now()) {
            throw new TextException("PREPUBLICATION", "Key " + predecessor + " becomes inactive sooner than the"
                    + " prepublication period for the new key ends; change its inactivation date"
                    + " (dnssec-settime -I) or give a shorter interval with -i");
        }
        return plan(r, at(publish), at(predecessorInactive), prepub, ksk);
    }

    private static DateArg at(long t) {
        return new DateArg(true, OptionalLong.of(t));
    }

    private static Plan plan(Request r, DateArg pub, DateArg act, long prepub, boolean ksk) {
        if (r.compat()) {
            if (r.anyDate() || r.generateOnly() || r.syncPublish().set() || r.syncDelete().set()) {
                throw new TextException("COMPAT_DATES", "cannot use -C together with -P, -A, -R, -I, -D, or -G options");
            }
            return new Plan(KeyMetadata.EMPTY, List.of());
        }
        List<String> warnings = new ArrayList<>();
        KeyMetadata md = KeyMetadata.EMPTY.with(KeyTime.CREATED, instant(r.now()));
        if (r.generateOnly() && (pub.set() || act.set())) {
            throw new TextException("GENERATE_ONLY_DATES", "cannot use -G together with -P or -A options");
        }
        if (pub.set()) {
            md = md.with(KeyTime.PUBLISH, instant(pub.value()));
        } else if (act.set() && !pub.unset()) {
            md = md.with(KeyTime.PUBLISH, instant(act.value() - prepub));
        } else if (!r.generateOnly() && !pub.unset()) {
            md = md.with(KeyTime.PUBLISH, instant(r.now()));
        }
        if (act.set()) {
            md = md.with(KeyTime.ACTIVATE, instant(act.value()));
        } else if (!r.generateOnly() && !act.unset()) {
            md = md.with(KeyTime.ACTIVATE, instant(r.now()));
        }
        if (r.revoke().set()) {
            if (!ksk) {
                warnings.add("Key is not flagged as a KSK, but -R was used. Revoking a ZSK is legal, but undefined.");
            }
            md = md.with(KeyTime.REVOKE, instant(r.revoke().value()));
        }
        if (r.inactive().set()) {
            md = md.with(KeyTime.INACTIVE, instant(r.inactive().value()));
        }
        if (r.delete().set()) {
            if (r.inactive().set() && r.delete().value() < r.inactive().value()) {
                warnings.add("Key is scheduled to be deleted before it is scheduled to be made inactive.");
            }
            md = md.with(KeyTime.DELETE, instant(r.delete().value()));
        }
        if (r.syncPublish().set()) {
            md = md.with(KeyTime.SYNC_PUBLISH, instant(r.syncPublish().value()));
        }
        if (r.syncDelete().set()) {
            md = md.with(KeyTime.SYNC_DELETE, instant(r.syncDelete().value()));
        }
        return new Plan(md, List.copyOf(warnings));
    }

    private static Instant instant(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond);
    }
}
