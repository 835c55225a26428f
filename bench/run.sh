#!/usr/bin/env bash
# Signs generated zones with signet signzone, dnssec-signzone and ldns-signzone, alternating the
# tools, and prints a markdown table of medians. See bench/README.md.
#
# usage: bench/run.sh [-s "sizes"] [-a "algorithms"] [-d "denials"] [-r runs] [-n threads]
#                     [-t "tools"] [-w workdir]
# Every flag has an environment twin (SIZES ALGS DENIALS RUNS THREADS TOOLS WORK). Tools:
#   signet         signet signzone -n THREADS (with SIGNET_ARGS; SIGNET_CRYPTO, SIGNET_JAVA_OPTS,
#                  JAVA_HOME and the rest of the environment reach bin/signet unchanged)
#   signet-resign  signet signzone re-signing its own signed output with nothing due (which
#                  it writes again without signing: see SIGNATURE CACHE in signet-signzone(1))
#   signet-resign-serial  the same with -N increment: one new SOA signature, so the zone is
#                  parsed, signed (the rest kept), checked and written in full
#   bind           dnssec-signzone -n THREADS (post-signing check included, as by default)
#   bind-P         dnssec-signzone -n THREADS -P (no post-signing check)
#   bind-resign    dnssec-signzone re-signing its own signed output with nothing due
#   ldns           ldns-signzone (single-threaded; skipped when not installed)
set -euo pipefail

here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
root=$(dirname "$here")
SIZES=${SIZES:-"1000 10000 100000"}
ALGS=${ALGS:-"ECDSAP256SHA256 ED25519 RSASHA256"}
DENIALS=${DENIALS:-"nsec nsec3"}
RUNS=${RUNS:-3}
THREADS=${THREADS:-1}
TOOLS=${TOOLS:-"signet bind bind-P ldns signet-resign signet-resign-serial bind-resign"}
WORK=${WORK:-"$root/bench/work"}
SIGNET=${SIGNET:-"$root/bin/signet"}
SIGNET_ARGS=${SIGNET_ARGS:-}

while getopts "s:a:d:r:n:t:w:h" opt; do
    case $opt in
        s) SIZES=$OPTARG ;;
        a) ALGS=$OPTARG ;;
        d) DENIALS=$OPTARG ;;
        r) RUNS=$OPTARG ;;
        n) THREADS=$OPTARG ;;
        t) TOOLS=$OPTARG ;;
        w) WORK=$OPTARG ;;
        *) sed -n '2,/^set -e/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 2 ;;
    esac
done

zone=bench.example
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
log="$WORK/run.log"
: > "$log"

have() { command -v "$1" >/dev/null 2>&1; }
for t in $TOOLS; do
    case $t in
        signet|signet-resign|signet-resign-serial) ;;
        bind|bind-P|bind-resign) have dnssec-signzone || { echo "dnssec-signzone is not installed" >&2; exit 1; } ;;
        ldns) have ldns-signzone || { echo "bench: ldns-signzone not installed: no ldns rows" >&2; TOOLS=${TOOLS//ldns/}; } ;;
        *) echo "bench: unknown tool $t" >&2; exit 2 ;;
    esac
done
have dnssec-keygen || { echo "bench: dnssec-keygen is needed to make the keys" >&2; exit 1; }

# Fixed validity for the whole run, so that every tool signs the same thing and a re-sign of
# an output finds nothing due.
START=$(date -u -d '-1 day' +%Y%m%d000000)
END=$(date -u -d '+60 days' +%Y%m%d000000)

# GNU time gives wall, user, sys and peak RSS; without it, bash's time (no RSS).
if /usr/bin/time -f '%e' true >/dev/null 2>&1; then
    measure() { local out=$1; shift; /usr/bin/time -f '%e %U %S %M' -o "$out" "$@"; }
else
    echo "bench: GNU time (/usr/bin/time) not found: no peak RSS" >&2
    measure() {
        local out=$1; shift
        local TIMEFORMAT='%R %U %S'
        # The command's own stderr goes to fd 3 (the caller's stderr); time's line to $out.t.
        { time "$@" 2>&3 ; } 3>&2 2>"$out.t" && { echo "$(cat "$out.t") 0" > "$out"; }
    }
fi

keys() { # $1 algorithm -> directory with one KSK and one ZSK, made once
    local dir="$WORK/keys/$1"
    if [ ! -d "$dir" ]; then
        mkdir -p "$dir"
        local bits=()
        [ "$1" = RSASHA256 ] && bits=(-b 2048)
        (cd "$dir" && dnssec-keygen -q -a "$1" "${bits[@]}" -f KSK $zone >/dev/null &&
            dnssec-keygen -q -a "$1" "${bits[@]}" $zone >/dev/null)
    fi
    echo "$dir"
}

zonefile() { # $1 size -> generated zone file, made once
    local f="$WORK/zones/db.$1"
    if [ ! -f "$f" ]; then
        mkdir -p "$WORK/zones"
        "$here/make-zone" "$1" "$zone." > "$f"
    fi
    echo "$f"
}

# The command line of one tool; $1 tool, $2 key dir, $3 denial, $4 input, $5 output.
command_for() {
    local tool=$1 kdir=$2 denial=$3 in=$4 out=$5 nsec3=()
    [ "$denial" = nsec3 ] && nsec3=(-3 - -H 0)
    case $tool in
        signet|signet-resign|signet-resign-serial)
            local serial=()
            [ "$tool" = signet-resign-serial ] && serial=(-N increment)
            # shellcheck disable=SC2086
            echo "$SIGNET" signzone -v 1 -q -n "$THREADS" -S -K "$kdir" -s "$START" -e "$END" "${nsec3[@]}" \
                "${serial[@]}" -O full $SIGNET_ARGS -o $zone -f "$out" "$in" ;;
        bind|bind-resign)
            echo dnssec-signzone -q -n "$THREADS" -S -K "$kdir" -s "$START" -e "$END" "${nsec3[@]}" \
                -O full -o $zone -f "$out" "$in" ;;
        bind-P)
            echo dnssec-signzone -P -q -n "$THREADS" -S -K "$kdir" -s "$START" -e "$END" "${nsec3[@]}" \
                -O full -o $zone -f "$out" "$in" ;;
        ldns)
            local ks=() n3=()
            [ "$denial" = nsec3 ] && n3=(-n -t 0)
            for k in "$kdir"/*.private; do ks+=("${k%.private}"); done
            echo ldns-signzone "${n3[@]}" -i "$START" -e "$END" -o $zone -f "$out" "$in" "${ks[@]}" ;;
    esac
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

results="$WORK/results.tsv"
: > "$results"
: > "$WORK/runtimes"

for size in $SIZES; do
    in=$(zonefile "$size")
    for alg in $ALGS; do
        kdir=$(keys "$alg")
        for denial in $DENIALS; do
            cell="$WORK/out/$size-$alg-$denial"
            rm -rf "$cell"; mkdir -p "$cell"
            # Rotate the order of the tools from one run to the next, so that no tool always
            # runs right after the same other one (or first, on a cold cache).
            read -r -a order <<< "$TOOLS"
            for ((run = 1; run <= RUNS; run++)); do
                for ((i = 0; i < ${#order[@]}; i++)); do
                    tool=${order[$(( (i + run - 1) % ${#order[@]} ))]}
                    input=$in
                    case $tool in
                        signet-resign|signet-resign-serial) input="$cell/signet.signed" ;;
                        bind-resign) input="$cell/bind.signed" ;;
                    esac
                    if [ "$input" != "$in" ] && [ ! -f "$input" ]; then
                        continue # its fresh signing has not run yet; the next run has it
                    fi
                    out="$cell/$tool.out"
                    [ "$tool" = signet ] || [ "$tool" = bind ] && out="$cell/$tool.signed"
                    read -r -a cmd <<< "$(command_for "$tool" "$kdir" "$denial" "$input" "$out")"
                    echo "# $size $alg $denial $tool run $run: ${cmd[*]}" >> "$log"
                    (cd "$kdir" && measure "$cell/time" "${cmd[@]}" >"$cell/stdout" 2>"$cell/stderr") || {
                        echo "bench: $tool failed on $size $alg $denial (see $cell/stderr)" >&2
                        cat "$cell/stderr" >&2; exit 1; }
                    cat "$cell/stderr" >> "$log"
                    if [[ $tool == signet* ]]; then
                        sed -n 's/.*signzone: \(Java .*\)$/\1/p' "$cell/stderr" | head -1 >> "$WORK/runtimes"
                    fi
                    # One dnssec-verify per signed output (not timed), and its signature count.
                    if [ ! -f "$cell/$tool.sigs" ]; then
                        if ! dnssec-verify -q -o $zone "$out" >"$cell/verify" 2>&1; then
                            echo "bench: dnssec-verify rejects the $tool output $out:" >&2
                            cat "$cell/verify" >&2; exit 1
                        fi
                        awk '$4 == "RRSIG" { n++ } END { print n + 0 }' "$out" > "$cell/$tool.sigs"
                    fi
                    # Signet's -v 1 says how much of its run was spent inside the signers.
                    share=$(sed -n 's/.* of it in the signers (\([0-9.]*\) %)$/\1/p' "$cell/stderr" | tail -1)
                    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$alg" "$denial" "$tool" "$run" \
                        "$(cat "$cell/time")" "${share:--}" >> "$results"
                done
            done
        done
    done
done

# The table: one row per size, algorithm, denial and tool, with medians over the runs.
echo
echo "Threads: $THREADS; runs: $RUNS (medians); $(dnssec-signzone -V 2>&1 | head -1); ldns $(ldns-signzone -v 2>/dev/null | head -1 || echo -)"
echo "$(nproc) CPUs, $(uname -m), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| names | algorithm | denial | tool | wall s | CPU s | peak RSS MB | signatures | sig/s (wall) | wall / BIND | in signers |"
echo "| ---: | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for size in $SIZES; do
    for alg in $ALGS; do
        for denial in $DENIALS; do
            cell="$WORK/out/$size-$alg-$denial"
            sel() { awk -F'\t' -v s="$size" -v a="$alg" -v d="$denial" -v t="$1" \
                '$1 == s && $2 == a && $3 == d && $4 == t { print $6 }' "$results"; }
            bind_wall=$(sel bind | awk '{ print $1 }' | median)
            for tool in $TOOLS; do
                [ -n "$(sel "$tool")" ] || continue
                wall=$(sel "$tool" | awk '{ print $1 }' | median)
                cpu=$(sel "$tool" | awk '{ print $2 + $3 }' | median)
                rss=$(sel "$tool" | awk '{ print $4 / 1024 }' | median)
                share=$(awk -F'\t' -v s="$size" -v a="$alg" -v d="$denial" -v t="$tool" \
                    '$1 == s && $2 == a && $3 == d && $4 == t && $7 != "-" { print $7 }' "$results" | median)
                [ "$share" = nan ] && share=- || share="$share %"
                sigs=$(cat "$cell/$tool.sigs" 2>/dev/null || echo 0)
                label=$tool
                case $tool in signet*) label="$tool -n $THREADS" ;; bind*) label="dnssec-signzone${tool#bind} -n $THREADS" ;; esac
                awk -v n="$size" -v a="$alg" -v d="$denial" -v t="$label" -v w="$wall" -v c="$cpu" -v r="$rss" \
                    -v s="$sigs" -v b="$bind_wall" -v resign="$([[ $tool == *resign* ]] && echo 1 || echo 0)" \
                    -v share="$share" 'BEGIN {
                    ratio = (b > 0 && b != "nan") ? sprintf("%.2f", w / b) : "-"
                    rate = resign ? "-" : sprintf("%.0f", s / w)
                    printf "| %s | %s | %s | %s | %.2f | %.2f | %.0f | %d | %s | %s | %s |\n", n, a, d, t, w, c, r, s, rate, ratio, share
                }'
            done
        done
    done
done
echo
echo "Signet ran on: $(sort -u "$WORK/runtimes" | sed 's/, crypto /; crypto /' | paste -sd '|' | sed 's/|/ -- /g')"
