package dev.signet.cli;

import dev.signet.cli.ZoneLines.Line;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * The corruption suite's single faults. Each takes a BIND-signed zone (and its variants) and a
 * seeded {@link Random}, picks its target at random, and returns the damaged zone with the owner
 * and type a finding must name — or null when the fault does not apply to that zone.
 */
enum ZoneFaults {
    NONE((s, r) -> new Case(s.zone(), null, null)),
    DROP_RRSIG((s, r) -> {
        Line victim = pick(r, s.zone().matching(Line::isRrsig));
        return new Case(s.zone().without(victim::equals), victim.owner(), victim.covered());
    }),
    ALTER_SIGNED_RDATA((s, r) -> {
        Line victim = pick(r, s.zone().matching(l -> authoritative(s, l) && List.of("A", "AAAA", "TXT", "MX").contains(l.type())));
        return new Case(s.zone().replacing(victim, victim.withRdata(alter(victim))), victim.owner(), victim.type());
    }),
    CHANGE_TTL((s, r) -> {
        Line victim = pick(r, s.zone().matching(l -> authoritative(s, l) && !l.isRrsig()));
        ZoneLines z = s.zone();
        for (Line l : s.zone().matching(l -> l.ownedBy(victim.owner()) && l.type().equals(victim.type()))) {
            z = z.replacing(l, l.withTtl(l.ttl() + 1));
        }
        return new Case(z, victim.owner(), victim.type());
    }),
    DROP_DENIAL((s, r) -> {
        Line victim = pick(r, s.zone().matching(l -> isDenial(l.type())));
        return new Case(s.zone().without(l -> l.ownedBy(victim.owner()) && l.setType().equals(victim.type())),
                victim.owner(), victim.type());
    }),
    REORDER_DENIAL((s, r) -> {
        List<Line> chain = s.zone().matching(l -> isDenial(l.type()));
        Line a = pick(r, chain);
        Line b = pick(r, chain.stream().filter(l -> !l.equals(a) && !l.rdata().equals(a.rdata())).toList());
        return new Case(s.zone().replacing(a, a.withRdata(b.rdata())).replacing(b, b.withRdata(a.rdata())),
                a.owner(), a.type(), b.owner());
    }),
    BREAK_NEXT((s, r) -> {
        Line victim = pick(r, s.zone().matching(l -> isDenial(l.type())));
        String[] w = victim.words();
        if (victim.type().equals("NSEC")) {
            List<String> others = s.zone().matching(l -> l.type().equals("NSEC") && !l.ownedBy(w[0])).stream()
                    .map(Line::owner).toList();
            w[0] = pick(r, others);
        } else {
            int hash = 4;
            char[] c = w[hash].toCharArray();
            int i = r.nextInt(c.length - 1);
            c[i] = c[i] == '0' ? '1' : '0';
            w[hash] = new String(c);
        }
        return new Case(s.zone().replacing(victim, victim.withRdata(String.join(" ", w))), victim.owner(), victim.type());
    }),
    BREAK_BITMAP((s, r) -> {
        Line victim = pick(r, s.zone().matching(l -> isDenial(l.type())));
        String rd = victim.rdata();
        String changed = rd.contains(" TXT") ? rd.replace(" TXT", "") : rd + " TXT";
        return new Case(s.zone().replacing(victim, victim.withRdata(changed)), victim.owner(), victim.type());
    }),
    REMOVE_DNSKEY((s, r) -> {
        Line victim = pick(r, s.zone().matching(l -> l.type().equals("DNSKEY")));
        return new Case(s.zone().without(victim::equals), victim.owner(), "DNSKEY");
    }),
    ADD_UNSIGNED_AT_NAME((s, r) -> {
        Line at = pick(r, s.zone().matching(l -> authoritative(s, l) && !l.isRrsig() && !l.owner().startsWith("*")));
        Line extra = new Line(at.owner(), 3600, "IN", "SPF", "\"v=spf1 -all\"");
        return new Case(s.zone().plus(List.of(extra)), at.owner(), "SPF");
    }),
    ADD_UNSIGNED_NAME((s, r) -> {
        String owner = "new" + r.nextInt(1000) + "." + SignedFixtures.APEX;
        return new Case(s.zone().plus(List.of(new Line(owner, 3600, "IN", "TXT", "\"unsigned\""))), owner, "TXT");
    }),
    SIGN_GLUE((s, r) -> {
        List<Line> sigs = s.flat().matching(l -> l.isRrsig() && l.ownedBy("ns.insecure." + SignedFixtures.APEX)
                && l.covered().equals("A"));
        return new Case(s.zone().plus(sigs), "ns.insecure." + SignedFixtures.APEX, "A");
    }),
    DROP_ONE_ALGORITHM((s, r) -> {
        if (s.config().algorithms().length < 2) {
            return null;
        }
        int alg = s.config().algorithms()[r.nextInt(2)];
        Line victim = pick(r, s.zone().matching(l -> l.isRrsig() && l.algorithm() == alg && !l.covered().equals("DNSKEY")));
        return new Case(s.zone().without(l -> l.isRrsig() && l.algorithm() == alg && l.ownedBy(victim.owner())
                && l.covered().equals(victim.covered())), victim.owner(), victim.covered());
    }),
    EXPIRED_RRSET((s, r) -> swapSignatures(s, r, s.expired())),
    NOT_YET_VALID_RRSET((s, r) -> swapSignatures(s, r, s.future())),
    EXPIRED_ZONE((s, r) -> new Case(s.expired(), SignedFixtures.APEX, "DNSKEY")),
    NOT_YET_VALID_ZONE((s, r) -> new Case(s.future(), SignedFixtures.APEX, "DNSKEY")),
    NSEC3PARAM_MISMATCH((s, r) -> {
        // The NSEC3PARAM (and its signature) of a signing with other parameters: signed, but no chain.
        List<Line> param = s.otherParams().matching(l -> l.ownedBy(SignedFixtures.APEX) && l.setType().equals("NSEC3PARAM"));
        ZoneLines z = s.zone().without(l -> l.ownedBy(SignedFixtures.APEX) && l.setType().equals("NSEC3PARAM"));
        return new Case(z.plus(param), SignedFixtures.APEX, "NSEC3PARAM");
    }),
    NSEC3PARAM_ALTERED((s, r) -> {
        if (!s.config().nsec3()) {
            return null;
        }
        Line p = s.zone().matching(l -> l.type().equals("NSEC3PARAM")).get(0);
        String[] w = p.words();
        w[2] = Integer.toString(Integer.parseInt(w[2]) + 1 + r.nextInt(3));
        return new Case(s.zone().replacing(p, p.withRdata(String.join(" ", w))), SignedFixtures.APEX, "NSEC3PARAM");
    }),
    KSK_WITHOUT_SELF_SIGNATURE((s, r) -> {
        int tag = pick(r, new ArrayList<>(new TreeSet<>(s.kskTags())));
        return new Case(s.zone().without(l -> l.isRrsig() && l.covered().equals("DNSKEY") && l.keyTag() == tag),
                SignedFixtures.APEX, "DNSKEY");
    });

    /** A damaged zone and what the finding must name ({@code owner} null: the zone is undamaged). */
    record Case(ZoneLines zone, String owner, String type, String... alsoOwners) {
    }

    private final BiFunction<SignedFixtures.Signed, Random, Case> make;

    ZoneFaults(BiFunction<SignedFixtures.Signed, Random, Case> make) {
        this.make = make;
    }

    Case apply(SignedFixtures.Signed s, Random r) {
        return make.apply(s, r);
    }

    private static <T> T pick(Random r, List<T> from) {
        if (from.isEmpty()) {
            throw new IllegalStateException("nothing to pick from");
        }
        return from.get(r.nextInt(from.size()));
    }

    private static boolean isDenial(String type) {
        return type.equals("NSEC") || type.equals("NSEC3");
    }

    /** Authoritative, signed data: not below a zone cut, not the NS of a delegation. */
    private static boolean authoritative(SignedFixtures.Signed s, Line l) {
        String o = ZoneLines.lower(l.owner());
        boolean belowCut = o.endsWith(".secure." + SignedFixtures.APEX) || o.endsWith(".insecure." + SignedFixtures.APEX);
        boolean delegation = o.equals("secure." + SignedFixtures.APEX) || o.equals("insecure." + SignedFixtures.APEX)
                || o.equals("d.e.optout." + SignedFixtures.APEX);
        return !belowCut && (!delegation || l.setType().equals("DS")) && !isDenial(l.setType())
                && !l.setType().equals("NSEC3PARAM");
    }

    /** One changed octet of the rdata's presentation, still well formed. */
    private static String alter(Line l) {
        String rd = l.rdata();
        return switch (l.type()) {
            case "A" -> rd.substring(0, rd.lastIndexOf('.') + 1) + ((Integer.parseInt(rd.substring(rd.lastIndexOf('.') + 1)) + 1) % 256);
            case "AAAA" -> rd.endsWith("2") ? rd.substring(0, rd.length() - 1) + "3" : rd.substring(0, rd.length() - 1) + "2";
            case "TXT" -> rd.replace("\"", "\"x");
            case "MX" -> (Integer.parseInt(l.words()[0]) + 1) + rd.substring(rd.indexOf(' '));
            default -> throw new IllegalArgumentException(l.type());
        };
    }

    /** The signatures of one RRset replaced by those of a variant signing (expired or not yet valid). */
    private static Case swapSignatures(SignedFixtures.Signed s, Random r, ZoneLines variant) {
        Map<String, List<Line>> bySet = new LinkedHashMap<>();
        for (Line l : s.zone().matching(l -> l.isRrsig() && !isDenial(l.covered()))) {
            bySet.computeIfAbsent(ZoneLines.lower(l.owner()) + "/" + l.covered(), k -> new ArrayList<>()).add(l);
        }
        String key = pick(r, bySet.keySet().stream().sorted(Comparator.naturalOrder()).toList());
        Line one = bySet.get(key).get(0);
        List<Line> replacement = variant.matching(l -> l.isRrsig() && l.ownedBy(one.owner()) && l.covered().equals(one.covered()));
        ZoneLines z = s.zone().without(l -> l.isRrsig() && l.ownedBy(one.owner()) && l.covered().equals(one.covered()));
        return new Case(z.plus(replacement), one.owner(), one.covered());
    }
}
