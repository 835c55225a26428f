#!/bin/sh
# Checks every case's "; expect:" header against BIND's named-checkzone.
# Run from anywhere; BIND runs in this directory because $INCLUDE paths are relative to the
# working directory. An error case passes when BIND rejects the zone and the first line its
# error messages name is the expected one (a few BIND errors name no line: then only the
# rejection is checked).
cd "$(dirname "$0")" || exit 2
command -v named-checkzone >/dev/null || { echo "named-checkzone not found"; exit 2; }
fail=0
for f in *.db; do
    zone=$(sed -n 's/^; zone: *//p' "$f" | head -1)
    expect=$(sed -n 's/^; expect: *//p' "$f" | head -1)
    out=$(named-checkzone "$zone" "$f" 2>&1); rc=$?
    # Error lines only: drop BIND's warnings and summary lines.
    line=$(printf '%s\n' "$out" | grep -v -e 'MAXTTL' -e 'MINTTL' -e 'RFC1035 TTL' -e 'out-of-zone' \
        -e 'does not end with newline' -e 'loading from master file' -e 'not loaded due' \
        | grep -o "$f:[0-9]*:" | head -1 | tr -dc 0-9)
    case "$expect" in
        ok) [ $rc -eq 0 ] && verdict=ok || verdict="FAIL (BIND rejects)";;
        "error "*) want=${expect#error }
            if [ $rc -eq 0 ]; then verdict="FAIL (BIND accepts)"
            elif [ -z "$line" ] || [ "$line" = "$want" ]; then verdict=ok
            else verdict="FAIL (BIND names line $line)"; fi;;
        *) verdict="FAIL (bad header)";;
    esac
    [ "$verdict" = ok ] || { fail=1; printf '%s\n' "$out" | sed 's/^/    /'; }
    printf '%-28s %-10s %s\n' "$f" "$expect" "$verdict"
done
exit $fail
