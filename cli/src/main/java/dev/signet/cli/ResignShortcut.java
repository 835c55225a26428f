package dev.signet.cli;

import dev.signet.core.io.AtomicFileWriter;
import dev.signet.core.key.KeyFiles;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;
import dev.signet.core.sigcache.SignatureDigests;
import dev.signet.core.sign.SigningKey;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneNode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Re-signing a zone that nothing has touched since Signet wrote it, with nothing due.
 *
 * <p>dnssec-signzone re-reads such a zone, keeps every signature, rebuilds the same chain,
 * re-checks everything and writes the same records again: for a large zone that costs a
 * parse, a check and a write of hundreds of megabytes to reproduce the bytes it started from.
 * Signing is a function of the input, the settings, the key files and the time; time only
 * matters at the instants where a signature comes due (expiration minus the cycle interval, or
 * its inception passes) or a key's timing metadata changes its state. So each run that could
 * be repeated writes a {@link Note} into {@code <output>.sigcache}: a SHA-256 of the zone it
 * wrote (after the two header comments), of the settings and of the key files it consulted,
 * and the first instant at which anything becomes due. A later run whose input is that very
 * zone, with the same settings and key files, before that instant, writes the input again
 * with a new header, and the same messages and set files, instead of signing it again.
 *
 * <p>Runs that are not repeatable write no note: a serial policy other than {@code keep},
 * {@code -g} (the child's dsset files), {@code -D}, output to standard output, or a run that
 * warned. {@code --no-signature-cache} turns the shortcut off with the rest of the cache.
 * When the shortcut applies no private key is opened: nothing is signed.
 */
final class ResignShortcut {

    private static final String FIRST_LINE = "signet signzone run 1";

    /**
     * What one run remembers about its output.
     *
     * @param bodySha256 SHA-256 of the output after its header, hex
     * @param headerBytes the length of the header comments
     * @param settings SHA-256 of the settings that decide the output ({@link #settings})
     * @param keys SHA-256 of the key files consulted ({@link #keys})
     * @param keyBases the key files consulted (base paths, without .key/.private)
     * @param writtenAt the run's "now", seconds since the epoch
     * @param dueAt the first instant at which re-signing could change the output
     * @param shown the messages the run printed on its message stream (BIND's lines)
     * @param dsset the dsset- file's text, or null
     * @param keyset the keyset- file's text ({@code -C}), or null
     */
    record Note(String bodySha256, long headerBytes, String settings, String keys, List<String> keyBases,
            long writtenAt, long dueAt, List<String> shown, String dsset, String keyset) {

        byte[] encode() {
            StringBuilder b = new StringBuilder(FIRST_LINE).append('\n');
            b.append("body-sha256 ").append(bodySha256).append('\n');
            b.append("header-bytes ").append(headerBytes).append('\n');
            b.append("settings ").append(settings).append('\n');
            b.append("keys ").append(keys).append('\n');
            b.append("written-at ").append(writtenAt).append('\n');
            b.append("due-at ").append(dueAt).append('\n');
            keyBases.forEach(k -> b.append("key-file ").append(k).append('\n'));
            shown.forEach(l -> b.append("shown ").append(l).append('\n'));
            if (dsset != null) {
                b.append("dsset ").append(base64(dsset)).append('\n');
            }
            if (keyset != null) {
                b.append("keyset ").append(base64(keyset)).append('\n');
            }
            return b.toString().getBytes(StandardCharsets.UTF_8);
        }

        /** The note in {@code bytes}, or {@code null} when it is not one (another version, damage). */
        static Note decode(byte[] bytes) {
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
            if (lines.length < 8 || !lines[0].equals(FIRST_LINE)) {
                return null;
            }
            String body = null;
            String settings = null;
            String keys = null;
            long header = -1;
            long written = -1;
            long due = -1;
            List<String> bases = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            String dsset = null;
            String keyset = null;
            try {
                for (int i = 1; i < lines.length; i++) {
                    String line = lines[i];
                    int sp = line.indexOf(' ');
                    if (sp < 0) {
                        continue;
                    }
                    String value = line.substring(sp + 1);
                    switch (line.substring(0, sp)) {
                        case "body-sha256" -> body = value;
                        case "header-bytes" -> header = Long.parseLong(value);
                        case "settings" -> settings = value;
                        case "keys" -> keys = value;
                        case "written-at" -> written = Long.parseLong(value);
                        case "due-at" -> due = Long.parseLong(value);
                        case "key-file" -> bases.add(value);
                        case "shown" -> shown.add(value);
                        case "dsset" -> dsset = unbase64(value);
                        case "keyset" -> keyset = unbase64(value);
                        default -> { } // a later version's field: ignore
                    }
                }
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (body == null || settings == null || keys == null || header < 0 || written < 0 || due < 0) {
                return null;
            }
            return new Note(body, header, settings, keys, List.copyOf(bases), written, due, List.copyOf(shown), dsset,
                    keyset);
        }
    }

    private ResignShortcut() {
    }

    /** Whether a run with these settings can be repeated from its output (and so leaves a note). */
    static boolean repeatable(SignzoneSettings s) {
        return s.signatureCache && s.output != null && s.serialFormat == SerialFormat.KEEP && !s.flags.generateDs()
                && !s.flags.dnssecOnly();
    }

    /**
     * A digest of every setting that decides the output when nothing is signed: the build, the
     * zone, the key list's sources, the cycle interval (it decides what is due) and the validity
     * period (it caps the RRSIG TTL), the NSEC/NSEC3 request, the TTL limits, the format and
     * every switch but -q and -t. The signing times themselves only shape new signatures.
     */
    static String settings(SignzoneSettings s, long cycle, long validity) {
        StringBuilder b = new StringBuilder();
        b.append(Version.number()).append('|').append(build()).append('|');
        b.append(s.origin).append('|').append(s.rrClass).append('|');
        b.append(s.keyDirectory.toAbsolutePath().normalize()).append('|');
        b.append(s.keyFiles).append('|').append(s.kskFiles).append('|');
        b.append(cycle).append('|').append(validity).append('|');
        b.append(s.denial.saltGiven()).append(',').append(HexFormat.of().formatHex(s.denial.salt() == null
                ? new byte[0] : s.denial.salt()));
        b.append(',').append(s.denial.iterationsGiven()).append(',').append(s.denial.iterations());
        b.append(',').append(s.denial.optOutGiven()).append(',').append(s.denial.optOut()).append('|');
        b.append(s.maxTtl).append('|').append(s.keyTtl).append('|').append(s.serialFormat).append('|');
        b.append(s.format).append('|');
        SignzoneSettings.Switches f = s.flags;
        b.append(f.verifyEach()).append(f.writeKeyset()).append(f.dnssecOnly()).append(f.generateDs())
                .append(f.noVerify()).append(f.dropInactive()).append(f.dropUnpublished()).append(f.smartSigning())
                .append(f.updateChain()).append(f.kskOnlyDnskey()).append(f.ignoreKskFlag());
        return sha256Hex(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The jar (or classes directory) this code runs from, by size and time: a rebuilt Signet is another signer. */
    private static String build() {
        try {
            Path where = Path.of(ResignShortcut.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.size(where) + "@" + Files.getLastModifiedTime(where).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * A digest of the key files at these base paths: for each, whether its .key, .private and
     * .state files exist and what they hold. A key file that appears, disappears or changes
     * (new dates from dnssec-settime, say) changes it.
     */
    static String keys(List<String> bases) throws IOException {
        MessageDigest md = sha256();
        for (String base : new TreeSet<>(bases)) {
            md.update(base.getBytes(StandardCharsets.UTF_8));
            Path b = Path.of(base);
            for (Path file : List.of(KeyFiles.keyFile(b), KeyFiles.privateFile(b), KeyFiles.stateFile(b))) {
                if (Files.exists(file)) {
                    md.update((byte) 1);
                    md.update(sha256().digest(Files.readAllBytes(file)));
                } else {
                    md.update((byte) 0);
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * The first instant after {@code now} at which a run could sign differently: a signature
     * comes due ({@code expiration - cycle}, RFC 4034 §3.1.5 times), a future inception passes,
     * or a key's timing metadata (Publish, Activate, Inactive, Delete, Revoke, SyncPublish,
     * SyncDelete) changes its state.
     */
    static long dueAt(Zone signed, List<SigningKey> keys, long cycle, long now) {
        long due = Long.MAX_VALUE;
        for (ZoneNode n : signed.nodes()) {
            for (RRset set : n.rrsets()) {
                if (!set.type().equals(RrType.RRSIG)) {
                    continue;
                }
                for (Rdata r : set.rdataList()) {
                    byte[] w = r.wireUnsafe();
                    long expiration = uint32(w, 8);
                    long inception = uint32(w, 12);
                    due = Math.min(due, expiration - cycle);
                    if (inception > now) {
                        due = Math.min(due, inception);
                    }
                }
            }
        }
        for (SigningKey k : keys) {
            for (Instant t : k.key().metadata().times().values()) {
                if (t.getEpochSecond() > now) {
                    due = Math.min(due, t.getEpochSecond());
                }
            }
        }
        return due;
    }

    private static long uint32(byte[] b, int off) {
        return ((b[off] & 0xFFL) << 24) | ((b[off + 1] & 0xFFL) << 16) | ((b[off + 2] & 0xFFL) << 8) | (b[off + 3] & 0xFFL);
    }

    /**
     * Why the note does not let this run reuse its input, or {@code null} when it does: the
     * settings, the key files and the time, all cheap to check, before the input is read.
     *
     * @param currentKeyFiles with -S, the zone's key files now in the key directory (base paths)
     */
    static String mismatch(Note note, String settings, long now, List<String> currentKeyFiles) throws IOException {
        if (!note.settings().equals(settings)) {
            return "the settings differ";
        }
        if (now < note.writtenAt()) {
            return "the clock is before the earlier run";
        }
        if (now >= note.dueAt()) {
            return "something is due since " + note.dueAt();
        }
        if (!note.keyBases().containsAll(currentKeyFiles)) {
            return "the key directory has new keys";
        }
        if (!note.keys().equals(keys(note.keyBases()))) {
            return "the key files changed";
        }
        return null;
    }

    /** Thrown inside the atomic write when the input is not the zone the note describes: nothing is written. */
    static final class InputChanged extends IOException {
        InputChanged(String why) {
            super(why);
        }
    }

    /**
     * Writes {@code header} and then {@code input}'s bytes after its own header to {@code out},
     * and checks that the bytes written are the ones the note describes. The body is copied in
     * the kernel; while the copy goes to disk (a second thread forces it), this thread reads it
     * back from the page cache and hashes it: what is checked is what will be published.
     *
     * @throws InputChanged when they are not (or the input's header is not comments only)
     */
    static void copyBody(Path input, Note note, byte[] header, FileChannel out) throws IOException {
        long bodyLength;
        try (FileChannel in = FileChannel.open(input, StandardOpenOption.READ)) {
            long headerBytes = note.headerBytes();
            if (headerBytes > Integer.MAX_VALUE || in.size() < headerBytes) {
                throw new InputChanged("the input's header differs");
            }
            ByteBuffer oldHeader = ByteBuffer.allocate((int) headerBytes);
            while (oldHeader.hasRemaining() && in.read(oldHeader, oldHeader.position()) > 0) {
                // until the whole header is read
            }
            if (oldHeader.hasRemaining() || !commentsOnly(oldHeader.array())) {
                throw new InputChanged("the input's header differs");
            }
            for (ByteBuffer h = ByteBuffer.wrap(header); h.hasRemaining(); ) {
                out.write(h);
            }
            bodyLength = in.size() - headerBytes;
            for (long done = 0; done < bodyLength; ) {
                long n = in.transferTo(headerBytes + done, bodyLength - done, out);
                if (n <= 0) {
                    throw new InputChanged("the input ended early");
                }
                done += n;
            }
        }
        CompletableFuture<Void> flushed = CompletableFuture.runAsync(() -> {
            try {
                out.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        MessageDigest md = sha256();
        ByteBuffer buf = ByteBuffer.allocate(1 << 20);
        long end = header.length + bodyLength;
        for (long pos = header.length; pos < end; ) {
            buf.clear();
            int n = out.read(buf, pos);
            if (n <= 0) {
                throw new IOException("cannot read back the " + (end - pos) + " bytes just written");
            }
            md.update(buf.array(), 0, n);
            pos += n;
        }
        try {
            flushed.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
        }
        if (!HexFormat.of().formatHex(md.digest()).equals(note.bodySha256())) {
            throw new InputChanged("the input is not the zone this note describes");
        }
    }

    /** Whether every line of {@code header} is a master-file comment (RFC 1035 §5.1). */
    private static boolean commentsOnly(byte[] header) {
        boolean lineStart = true;
        for (int i = 0; i < header.length; i++) {
            if (lineStart && header[i] != ';') {
                return false;
            }
            lineStart = header[i] == '\n';
        }
        return header.length == 0 || header[header.length - 1] == '\n';
    }

    /** A stream that digests what passes through it once {@link #startBody()} was called, and counts the bytes before. */
    static final class BodyDigest extends DigestOutputStream {
        private long headerBytes;
        private boolean inBody;

        BodyDigest(OutputStream out) {
            super(out, sha256());
            on(false);
        }

        @Override
        public void write(int b) throws IOException {
            super.write(b);
            headerBytes += inBody ? 0 : 1;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            super.write(b, off, len);
            headerBytes += inBody ? 0 : len;
        }

        /** From here on, bytes are the body. */
        void startBody() {
            inBody = true;
            on(true);
        }

        long headerBytes() {
            return headerBytes;
        }

        String bodySha256() {
            return HexFormat.of().formatHex(getMessageDigest().digest());
        }
    }

    /** Writes the note and the input's signature digests beside {@code output}. */
    static void writeCache(Path inputCache, Path outputCache, Note note) throws IOException {
        SignatureDigests.copy(inputCache, outputCache, note.encode());
    }

    /** Writes a set file (dsset-, keyset-) atomically. */
    static void writeSetFile(Path file, String text) throws IOException {
        AtomicFileWriter.write(file, text.getBytes(StandardCharsets.ISO_8859_1), false);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String unbase64(String text) {
        return new String(Base64.getDecoder().decode(text), StandardCharsets.ISO_8859_1);
    }

    private static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
