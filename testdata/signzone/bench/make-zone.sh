#!/bin/sh
# Writes the benchmark zone bench.example. to standard output: N names (default 100000) with an
# A record, every tenth with a TXT record too, and every fiftieth an insecure delegation with
# glue -- about 102000 names and 212000 RRsets to sign. See README.md.
n=${1:-100000}
awk -v n="$n" 'BEGIN {
    print "$TTL 3600"
    print "$ORIGIN bench.example."
    print "@ IN SOA ns1 hostmaster 1 7200 900 1209600 300"
    print "@ IN NS ns1"
    print "@ IN NS ns2"
    print "ns1 IN A 192.0.2.1"
    print "ns2 IN A 192.0.2.2"
    for (i = 0; i < n; i++) {
        printf "h%d IN A 10.%d.%d.%d\n", i, int(i / 65536) % 256, int(i / 256) % 256, i % 256
        if (i % 10 == 0) printf "h%d IN TXT \"host %d\"\n", i, i
        if (i % 50 == 0) printf "d%d IN NS ns1.d%d\nns1.d%d IN A 192.0.2.3\n", i, i, i
    }
}'
