#!/usr/bin/env bash
# Signatures (and verifications) per second on one thread: every Java implementation Signet has
# (CryptoBenchmark: JDK, BC-JCA, BC-lowlevel, and any backend SoftwareCrypto.all() lists)
# next to `openssl speed` for the same algorithm, as one markdown table.
#
# usage: bench/crypto.sh [seconds-per-try [tries]]     (defaults: 3 s, 3 tries, best kept)
# JAVA_HOME picks the JDK (default: java on PATH).
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
seconds=${1:-3}
tries=${2:-3}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

(cd "$root" && mvn -B -q -Dstyle.color=never test-compile -pl core) >&2
# Bouncy Castle from the local Maven repository, at the version the parent pom names.
bc_version=$(sed -n 's:.*<bouncycastle.version>\(.*\)</bouncycastle.version>.*:\1:p' "$root/pom.xml")
cp="${MAVEN_REPO:-$HOME/.m2/repository}/org/bouncycastle/bcprov-jdk18on/$bc_version/bcprov-jdk18on-$bc_version.jar"
[ -f "$cp" ] || { echo "bench: $cp not found (build the project once with mvn)" >&2; exit 1; }
"$java" -cp "$root/core/target/classes:$root/core/target/test-classes:$cp" \
    dev.signet.core.crypto.CryptoBenchmark "$seconds" "$tries" > "$out/java"

# openssl speed -mr: "+F2:i:bits:sign/s:verify/s" (RSA), "+F4:..." (ECDSA), "+F6:i:bits:name:sign/s:verify/s" (EdDSA).
if command -v openssl >/dev/null; then
    openssl speed -seconds "$seconds" -mr rsa2048 ecdsap256 ecdsap384 ed25519 ed448 2>/dev/null | awk -F: '
        $1 == "+F2" && $3 == 2048 { print "RSASHA256/2048", $4, $5 }
        $1 == "+F4" && $3 == 256 { print "ECDSAP256SHA256", $4, $5 }
        $1 == "+F4" && $3 == 384 { print "ECDSAP384SHA384", $4, $5 }
        $1 == "+F6" && $4 == "Ed25519" { print "ED25519", $5, $6 }
        $1 == "+F6" && $4 == "Ed448" { print "ED448", $5, $6 }' > "$out/openssl"
    openssl_version=$(openssl version)
else
    : > "$out/openssl"
    openssl_version="openssl not installed"
fi

head -1 "$out/java"
echo "$openssl_version, openssl speed -seconds $seconds; $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
# One row per algorithm: sign/s (verify/s) of each Java backend, then OpenSSL, then the gap.
awk -v ossl="$out/openssl" '
    BEGIN { while ((getline line < ossl) > 0) { split(line, f, " "); os[f[1]] = f[2]; ov[f[1]] = f[3] } }
    NR <= 2 { next }
    {
        alg = $1; b = $2
        if (!(b in seen)) { seen[b] = 1; backends[++nb] = b }
        if (!(alg in algSeen)) { algSeen[alg] = 1; algs[++na] = alg }
        s[alg, b] = $3; v[alg, b] = $4
    }
    END {
        hdr = "| algorithm |"; sep = "| --- |"
        for (i = 1; i <= nb; i++) { hdr = hdr " " backends[i] " sign/s (verify/s) |"; sep = sep " ---: |" }
        print hdr " openssl speed sign/s (verify/s) | best Java / OpenSSL (sign) |"
        print sep " ---: | ---: |"
        for (j = 1; j <= na; j++) {
            a = algs[j]; row = "| " a " |"; best = 0
            for (i = 1; i <= nb; i++) {
                b = backends[i]
                if ((a, b) in s) { row = row sprintf(" %.0f (%.0f) |", s[a, b], v[a, b]); if (s[a, b] > best) best = s[a, b] }
                else row = row " - |"
            }
            if (a in os) row = row sprintf(" %.0f (%.0f) | %.2f |", os[a], ov[a], best / os[a])
            else row = row " - | - |"
            print row
        }
    }' "$out/java"
