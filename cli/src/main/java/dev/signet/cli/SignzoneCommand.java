package dev.signet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code signet signzone}: dnssec-signzone 9.18. Takes its options, defaults, date syntax,
 * files and messages; option values are checked in {@link SignzoneSettings} with BIND's wording.
 * Errors are one line and exit 1 with nothing written; only malformed command lines (unknown
 * option, missing value) exit 2.
 */
@Command(name = "signzone", versionProvider = Version.class, sortOptions = false,
        description = {"Sign a zone as dnssec-signzone does: NSEC or NSEC3 chain, RRSIGs by the given keys, or"
                + " with -S by the keys in the key directory according to their timing metadata; writes"
                + " <zonefile>.signed (or -f) and dsset-<zone>. in -d.",
            "Dates (-s, -e, -X): YYYYMMDD[HHMMSS], a 10-digit epoch, now, each with an optional +N/-N"
                + " (units y mo w d h mi s); a bare +N is from now for -s and from the start time for -e/-X."})
final class SignzoneCommand implements Callable<Integer>, Main.Debuggable {

    @ParentCommand
    SignetCommand parent;

    @Mixin
    CommonOptions common;

    @Mixin
    KeySourceOptions keySource;

    @Mixin
    CryptoOption crypto;

    @Spec
    CommandSpec spec;

    @Option(names = "-a", description = "Verify every generated signature.")
    boolean verifyEach;

    @Option(names = "-c", paramLabel = "class", description = "Zone class (default: IN).")
    String zoneClass;

    @Option(names = "-C", description = "Compatibility: also write keyset-<zone>. in the -d directory.")
    boolean writeKeyset;

    @Option(names = "-d", paramLabel = "directory",
            description = "Where dsset-/keyset- files are written, and read for -g (default: the working directory).")
    String dsDirectory;

    @Option(names = "-D", description = "Write only the records signzone manages (RRSIG, NSEC, NSEC3, NSEC3PARAM; and"
            + " DNSKEY with -S), for $INCLUDE in the unsigned zone. Only with -N keep, not with -M.")
    boolean dnssecOnly;

    @Option(names = "-e", paramLabel = "end-time", description = "RRSIG expiration (default: start time + 30 days).")
    String endTime;

    @Option(names = "-E", paramLabel = "engine", description = "Not supported (OpenSSL engines): an error. Keys on a"
            + " PKCS#11 token are used through the Label: of their key files.")
    String engine;

    @Option(names = "-f", paramLabel = "output-file",
            description = "Output file (default: <zonefile>.signed); '-' writes the zone to standard output, in the"
                    + " full format unless -O says otherwise, and the messages to standard error.")
    String output;

    @Option(names = "-g", description = "Replace the DS records of every delegation with those of dsset-<child>. (or"
            + " keyset-<child>.) in the -d directory; a delegation without such a file loses its DS records.")
    boolean generateDs;

    @Option(names = "-H", paramLabel = "iterations",
            description = "NSEC3 additional hash iterations (default: 0; at most 150; RFC 9276 advises 0).")
    String iterations;

    @Option(names = "-i", paramLabel = "interval", description = "Cycle interval in seconds: an existing signature"
            + " expiring before now + interval is replaced (default: a quarter of end - start).")
    String cycle;

    @Option(names = "-I", paramLabel = "input-format", description = "Input format: text (BIND's raw is not supported).")
    String inputFormat;

    @Option(names = "-j", paramLabel = "jitter", description = "Lower each new expiration by a random number of seconds"
            + " below this (default: 0).")
    String jitter;

    @Option(names = "-K", paramLabel = "directory", description = "Key directory: where -S finds keys and key file names"
            + " are looked up (default: the working directory).")
    String keyDirectory;

    @Option(names = "-k", paramLabel = "key", description = "Sign with this key as a key-signing key, whatever its"
            + " flags (repeatable).")
    List<String> kskFiles = new ArrayList<>();

    @Option(names = "-L", paramLabel = "serial", description = "Source serial of BIND's raw format; accepted and"
            + " ignored, as raw output is not supported.")
    String rawSerial;

    @Option(names = "-M", paramLabel = "maxttl", description = "Lower every TTL above this to it.")
    String maxTtl;

    @Option(names = "-n", paramLabel = "threads", description = "Signing threads (default: one per available"
            + " processor). The output does not depend on it.")
    String threads;

    @Option(names = "-N", paramLabel = "soa-serial-format", description = "SOA serial: keep (default), increment (or"
            + " incr), unixtime, date (YYYYMMDDNN); unixtime and date fall back to increment when the serial would"
            + " not advance (RFC 1982).")
    String serialFormat;

    @Option(names = "-o", paramLabel = "origin", description = "Zone origin (default: the zone file name).")
    String origin;

    @Option(names = "-O", paramLabel = "output-format", description = "Output format: text (default; BIND's"
            + " multi-line layout) or full (one record per line, absolute names); raw is not supported.")
    String outputFormat;

    @Option(names = "-P", description = "Skip the post-signing completeness check.")
    boolean noVerify;

    @Option(names = "-Q", description = "Drop the signatures of keys that are no longer active.")
    boolean dropInactive;

    @Option(names = "-q", description = "Quiet: print only the output file name (and -t statistics).")
    boolean quiet;

    @Option(names = "-R", description = "Drop the signatures of keys that are no longer published.")
    boolean dropUnpublished;

    @Option(names = "-S", description = "Smart signing: take the zone's keys from the key directory and publish,"
            + " activate, revoke and remove them (and their CDS/CDNSKEY) by their timing metadata. v1.2 key"
            + " files, which have none, are skipped with a warning, as BIND skips them silently.")
    boolean smartSigning;

    @Option(names = "-s", paramLabel = "start-time", description = "RRSIG inception (default: now - 1 hour).")
    String startTime;

    @Option(names = "-T", paramLabel = "ttl", description = "TTL of DNSKEY records added with -S when the zone has none"
            + " and no key file gives one (default: the SOA TTL).")
    String keyTtl;

    @Option(names = "-t", description = "Print statistics at the end.")
    boolean statistics;

    @Option(names = "-u", description = "Update the NSEC/NSEC3 chain of a signed zone to the one asked for (NSEC <->"
            + " NSEC3, other NSEC3 parameters); without it the existing chain is kept, as BIND does.")
    boolean updateChain;

    @Option(names = "-v", paramLabel = "level", description = "Verbosity: 1 and above print how long each step took, the time spent in the"
            + " signers, and the post-signing check's findings on standard error.")
    String verbosity;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean version;

    @Option(names = "-X", paramLabel = "extended-end-time",
            description = "Expiration of the DNSKEY RRset's signatures (default: the -e time).")
    String dnskeyEndTime;

    @Option(names = "-x", description = "Sign the DNSKEY, CDS and CDNSKEY RRsets with key-signing keys only.")
    boolean kskOnlyDnskey;

    @Option(names = "-z", description = "Ignore the KSK flag: every key signs every RRset.")
    boolean ignoreKskFlag;

    @Option(names = "-3", paramLabel = "salt", description = "Use NSEC3 with this hex salt ('-' for none, as RFC 9276"
            + " advises).")
    String salt;

    @Option(names = "-A", description = "NSEC3 opt-out: unsigned delegations get no NSEC3 record. Given twice (-AA),"
            + " turns opt-out off again.")
    boolean[] optOut = new boolean[0];

    @Option(names = "--no-signature-cache", description = "Neither read nor write <output>.sigcache (digests of the"
            + " signatures already verified or made, which a re-signing run keeps without verifying them again, and a"
            + " note that lets a run write an unchanged zone with nothing due again without signing it), and"
            + " verify every signature in the post-signing check, new ones included.")
    boolean noSignatureCache;

    @Parameters(index = "0", paramLabel = "zonefile", description = "The zone file to sign (never modified).")
    String zoneFile;

    @Parameters(index = "1..*", paramLabel = "key", description = "Key files to sign with (K<name>+AAA+TTTTT, relative"
            + " to -K); without them, the apex DNSKEYs whose private keys are in -K (or, with -S, the keys in -K).")
    List<String> keyFiles = new ArrayList<>();

    @Override
    public Integer call() {
        Streams io = parent.streams();
        SignzoneSettings settings = SignzoneSettings.of(this, parent.clock().instant().getEpochSecond(), io.err(),
                spec.qualifiedName(" "));
        return new SignzoneRun(settings, crypto.choose(parent.env()), io, parent.clock(), parent.random(),
                spec.qualifiedName(" ")).run();
    }

    @Override
    public boolean debug() {
        return common.debug;
    }
}
