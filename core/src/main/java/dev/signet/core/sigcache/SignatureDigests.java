package dev.signet.core.sigcache;

import dev.signet.core.io.AtomicFileWriter;
import dev.signet.core.rdata.Dnskey;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A thread-safe set of signature digests: the first 128 bits of SHA-256 over the DNSKEY rdata,
 * the RRSIG signed data (RFC 4034 §3.1.8.1: RRSIG rdata without the signature, then the
 * canonical RRset) and the signature, each preceded by its length. A digest names exactly one
 * (key, data, signature) triple, so a set of them says which signatures were already found
 * valid: a signature whose RRset, RRSIG fields, key or signature bytes changed in any way has a
 * different digest. 16 bytes per signature, in open-addressing tables (no object per entry).
 *
 * <p>On disk ({@link #write}/{@link #read}): the magic line, a note (4-byte length, then the
 * bytes: what the writer wants to remember about the run, opaque here), the entry count
 * (8 bytes), the entries (16 bytes each) and a SHA-256 of all that. A file that is missing,
 * truncated, of another version or whose checksum fails reads as an empty set and no note: it
 * only ever saves work.
 */
public final class SignatureDigests {

    private static final byte[] MAGIC = "signet signature cache 2\n".getBytes(StandardCharsets.US_ASCII);
    private static final int STRIPES = 64;
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(SignatureDigests::sha256);

    private final Stripe[] stripes = new Stripe[STRIPES];

    public SignatureDigests() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Stripe();
        }
    }

    /** The digest of one signature: two longs, high half first. */
    public static long[] digest(Dnskey key, byte[] data, int off, int len, byte[] signature) {
        MessageDigest md = SHA256.get();
        byte[] k = key.wireUnsafe();
        update(md, k, 0, k.length);
        update(md, data, off, len);
        update(md, signature, 0, signature.length);
        byte[] d = md.digest();
        return new long[] {toLong(d, 0), toLong(d, 8)};
    }

    private static void update(MessageDigest md, byte[] b, int off, int len) {
        md.update((byte) (len >>> 24));
        md.update((byte) (len >>> 16));
        md.update((byte) (len >>> 8));
        md.update((byte) len);
        md.update(b, off, len);
    }

    private static long toLong(byte[] b, int off) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[off + i] & 0xFF);
        }
        return v;
    }

    public boolean add(long[] digest) {
        return stripe(digest).add(digest[0], digest[1]);
    }

    public boolean contains(long[] digest) {
        return stripe(digest).contains(digest[0], digest[1]);
    }

    public long size() {
        long n = 0;
        for (Stripe s : stripes) {
            synchronized (s) {
                n += s.size;
            }
        }
        return n;
    }

    private Stripe stripe(long[] digest) {
        return stripes[(int) (digest[1] >>> 58)];
    }

    /** Adds every digest of {@code other}. */
    public void addAll(SignatureDigests other) {
        for (Stripe s : other.stripes) {
            long[] copy;
            synchronized (s) {
                copy = s.slots.clone();
            }
            for (int i = 0; i < copy.length; i += 2) {
                if (copy[i] != 0 || copy[i + 1] != 0) {
                    add(new long[] {copy[i], copy[i + 1]});
                }
            }
        }
    }

    /** Writes the set to {@code file} atomically (temporary file, then rename), with no note. */
    public void write(Path file) throws IOException {
        write(file, new byte[0]);
    }

    /** Writes the set and {@code note} to {@code file} atomically (temporary file, then rename). */
    public void write(Path file, byte[] note) throws IOException {
        writeFile(file, note, out -> {
            out.writeLong(size());
            for (Stripe s : stripes) {
                synchronized (s) {
                    for (int i = 0; i < s.slots.length; i += 2) {
                        if (s.slots[i] != 0 || s.slots[i + 1] != 0) {
                            out.writeLong(s.slots[i]);
                            out.writeLong(s.slots[i + 1]);
                        }
                    }
                }
            }
        });
    }

    /** What follows the note in the file: the entry count and the entries. */
    private interface Entries {
        void writeTo(DataOutputStream out) throws IOException;
    }

    /** The file layout of the class comment, written atomically, checksum last. */
    private static void writeFile(Path file, byte[] note, Entries entries) throws IOException {
        AtomicFileWriter.write(file, false, raw -> {
            MessageDigest md = sha256();
            DataOutputStream out = new DataOutputStream(new DigestOutputStream(new BufferedOutputStream(raw, 1 << 16), md));
            out.write(MAGIC);
            out.writeInt(note.length);
            out.write(note);
            entries.writeTo(out);
            out.flush();
            raw.write(md.digest());
            raw.flush();
        });
    }

    /** The set stored in {@code file}; empty when the file is missing or not a whole, intact cache. */
    public static SignatureDigests read(Path file) throws IOException {
        ByteBuffer intact = intact(file);
        SignatureDigests set = new SignatureDigests();
        if (intact != null) {
            int noteLength = intact.getInt();
            intact.position(intact.position() + noteLength);
            long count = intact.getLong();
            for (long i = 0; i < count; i++) {
                set.add(new long[] {intact.getLong(), intact.getLong()});
            }
        }
        return set;
    }

    /**
     * Copies the entries of the cache {@code from} to {@code to} (atomically) with another note,
     * without building the set: an empty cache when {@code from} is not a whole, intact one.
     */
    public static void copy(Path from, Path to, byte[] note) throws IOException {
        ByteBuffer intact = intact(from);
        if (intact == null) {
            new SignatureDigests().write(to, note);
            return;
        }
        int noteLength = intact.getInt();
        int entriesAt = intact.position() + noteLength; // the count, then the entries
        byte[] all = intact.array();
        int end = intact.limit();
        writeFile(to, note, out -> out.write(all, entriesAt, end - entriesAt));
    }

    /**
     * The note stored in {@code file} (checked like the entries: the whole file's checksum must
     * hold), or {@code null} when the file is missing or not a whole, intact cache.
     */
    public static byte[] readNote(Path file) throws IOException {
        ByteBuffer intact = intact(file);
        if (intact == null) {
            return null;
        }
        byte[] note = new byte[intact.getInt()];
        intact.get(note);
        return note;
    }

    /**
     * The file's bytes, positioned after the magic line, if it is a whole cache of this version whose
     * lengths add up and whose checksum holds; else {@code null}.
     */
    private static ByteBuffer intact(Path file) throws IOException {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
        int sumAt = all.length - 32;
        if (sumAt < MAGIC.length + 4 + 8 || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(all, 0, sumAt);
        b.position(MAGIC.length);
        long noteLength = b.getInt() & 0xFFFFFFFFL;
        if (noteLength > sumAt - b.position() - 8) {
            return null;
        }
        long count = b.getLong(b.position() + (int) noteLength);
        if (count < 0 || count != (sumAt - (b.position() + noteLength + 8)) / 16
                || (sumAt - (b.position() + noteLength + 8)) % 16 != 0) {
            return null;
        }
        MessageDigest md = sha256();
        md.update(all, 0, sumAt);
        byte[] sum = md.digest();
        if (!MessageDigest.isEqual(sum, Arrays.copyOfRange(all, sumAt, all.length))) {
            return null;
        }
        b.position(MAGIC.length); // at the note's length
        return b;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** One lock's share: linear probing over (high, low) pairs; (0, 0) marks a free slot. */
    private static final class Stripe {
        long[] slots = new long[2 * 64];
        int size;

        synchronized boolean add(long hi, long lo) {
            if (hi == 0 && lo == 0) {
                lo = 1; // (0, 0) is the free marker; one digest in 2^128 shares a slot value with another
            }
            if ((size + 1) * 4 > slots.length / 2 * 3) {
                grow();
            }
            return insert(slots, hi, lo) && ++size > 0;
        }

        synchronized boolean contains(long hi, long lo) {
            if (hi == 0 && lo == 0) {
                lo = 1;
            }
            int mask = slots.length / 2 - 1;
            for (int i = (int) hi & mask; ; i = (i + 1) & mask) {
                long h = slots[2 * i];
                long l = slots[2 * i + 1];
                if (h == hi && l == lo) {
                    return true;
                }
                if (h == 0 && l == 0) {
                    return false;
                }
            }
        }

        private static boolean insert(long[] table, long hi, long lo) {
            int mask = table.length / 2 - 1;
            for (int i = (int) hi & mask; ; i = (i + 1) & mask) {
                long h = table[2 * i];
                long l = table[2 * i + 1];
                if (h == hi && l == lo) {
                    return false;
                }
                if (h == 0 && l == 0) {
                    table[2 * i] = hi;
                    table[2 * i + 1] = lo;
                    return true;
                }
            }
        }

        private void grow() {
            long[] bigger = new long[slots.length * 2];
            for (int i = 0; i < slots.length; i += 2) {
                if (slots[i] != 0 || slots[i + 1] != 0) {
                    insert(bigger, slots[i], slots[i + 1]);
                }
            }
            slots = bigger;
        }
    }
}
