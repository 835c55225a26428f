package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rdata.RdataCodecs;
import dev.signet.core.rdata.Ttl;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * Streams the records of a master file (RFC 1035 §5) in file order, reading it the way BIND
 * 9.18's {@code named-checkzone} does.
 *
 * <p>Pull API: {@link #next()} returns one record at a time, so a zone of any size is read in
 * constant memory. A bad record becomes an error {@link Diagnostic} and is skipped; reading
 * continues with the next logical record until {@link ParseOptions#maxErrors()} errors.
 * Supported: {@code $ORIGIN}, {@code $TTL}, {@code $INCLUDE} (when allowed), {@code $GENERATE};
 * {@code @}; omitted and relative owners; TTL and class in either order; TTL units; RFC 3597
 * {@code CLASSnnn}/{@code TYPEnnn}/{@code \#}. The rules that decide BIND compatibility are
 * documented where they are applied (see {@link TtlRules} and {@link Directives}).
 */
public final class ZoneParser implements Closeable {

    /** One file being read: the top-level file or an {@code $INCLUDE}d one. */
    static final class Frame {
        final Tokenizer tokens;
        final Reader reader;
        final String name;
        final Path realPath;
        Name origin;
        /** The last owner seen, reused by records whose owner is omitted. */
        Name current;

        Frame(Reader reader, String name, Path realPath, Name origin, Name current) {
            this.reader = reader;
            this.tokens = new Tokenizer(reader);
            this.name = name;
            this.realPath = realPath;
            this.origin = origin;
            this.current = current;
        }
    }

    private static final int TYPE_CACHE_SIZE = 32;

    private final ParseOptions opts;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final TtlRules ttl = new TtlRules(this);
    private final Directives directives = new Directives(this);
    private final RecordTokens rdataTokens = new RecordTokens();
    private int errorCount;
    private boolean stopped;
    private Generate generator;
    private Frame generatorFrame;
    private String currentFile;
    private int currentLine;

    // Owner cache: consecutive records usually repeat the owner word, and sharing one Name
    // object between them saves both the parse and the memory of the caller's zone.
    private char[] ownerChars = new char[64];
    private int ownerLen = -1;
    private Name ownerOrigin;
    private Name ownerName;

    // Type-word cache (words as written), so common types cost no String per record.
    private final char[][] typeWords = new char[TYPE_CACHE_SIZE][];
    private final RrType[] typeValues = new RrType[TYPE_CACHE_SIZE];
    private int typeCount;
    private int typeNext;

    // BIND warns once per owner/type group of out-of-zone records.
    private Name outOfZoneOwner;
    private final List<RrType> outOfZoneTypes = new ArrayList<>();

    /** Where relative {@code $INCLUDE} paths are resolved; null for the working directory. */
    private final Path includeBase;

    private ZoneParser(Reader reader, String displayName, Path realPath, ParseOptions opts, Path includeBase) {
        this.opts = opts;
        this.includeBase = includeBase;
        frames.push(new Frame(reader, displayName, realPath, opts.origin(), null));
    }

    /**
     * Opens a master file (read as octets: ISO-8859-1 maps each byte to one char).
     *
     * @throws IOException if the file cannot be opened
     */
    public static ZoneParser open(Path file, ParseOptions opts) throws IOException {
        return open(file, opts, null);
    }

    /**
     * Like {@link #open(Path, ParseOptions)}, resolving relative {@code $INCLUDE} paths against
     * {@code includeBase} instead of the working directory (BIND's {@code directory} option; used
     * by tests, which cannot change the JVM's working directory).
     */
    static ZoneParser open(Path file, ParseOptions opts, Path includeBase) throws IOException {
        Reader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.ISO_8859_1);
        return new ZoneParser(r, file.toString(), file.toRealPath(), opts, includeBase);
    }

    /** Reads master-file text from a reader; {@code displayName} names it in diagnostics. */
    public static ZoneParser fromReader(Reader r, String displayName, ParseOptions opts) {
        return new ZoneParser(r, displayName, null, opts, null);
    }

    /** The path an {@code $INCLUDE} names: relative to the working directory, as in BIND. */
    Path includePath(String file) {
        return includeBase == null ? Path.of(file) : includeBase.resolve(file);
    }

    /** The next record in file order, or {@code null} at the end (or after too many errors). */
    public Record next() {
        while (!stopped) {
            if (generator != null) {
                Record r = nextGenerated();
                if (r != null) {
                    return r;
                }
                continue;
            }
            Frame f = frames.peek();
            if (f == null) {
                return null;
            }
            boolean more;
            try {
                more = f.tokens.next();
            } catch (IOException e) {
                error(f, 0, 0, "IO_ERROR", "read failed: " + e.getMessage());
                more = false;
            }
            if (!more) {
                popFrame();
                continue;
            }
            Record r = record(f);
            if (r != null) {
                currentFile = f.name;
                currentLine = f.tokens.startLine();
                return r;
            }
        }
        return null;
    }

    /** Errors and warnings so far, in the order they were found. */
    public List<Diagnostic> diagnostics() {
        return Collections.unmodifiableList(diagnostics);
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }

    /** The file of the last record returned ({@code $INCLUDE}d files by the name given there). */
    public String currentFile() {
        return currentFile;
    }

    /** The line on which the last record returned starts. */
    public int currentLine() {
        return currentLine;
    }

    /** Closes every open file. Safe to call more than once. */
    @Override
    public void close() {
        while (!frames.isEmpty()) {
            popFrame();
        }
        generator = null;
    }

    // ------------------------------------------------------------------ one record

    private Record record(Frame f) {
        Tokenizer t = f.tokens;
        if (t.error() != null) {
            error(f, t.error());
            return null;
        }
        int n = t.wordCount();
        int w;
        Name owner;
        if (t.startsWithWhitespace()) {
            if (f.current == null) {
                error(f, t.startLine(), 1, "NO_OWNER", "no current owner name");
                return null;
            }
            owner = f.current;
            w = 0;
        } else {
            if (!t.quoted(0) && t.length(0) > 0 && t.charAt(0, 0) == '$') {
                directives.run(f);
                return null;
            }
            try {
                owner = ownerName(t, f.origin);
            } catch (TextException e) {
                error(f, e.at(t.line(0), t.column(0)));
                return null;
            }
            f.current = owner;
            w = 1;
        }
        // [<TTL>] [<class>] <type> or [<class>] [<TTL>] <type> (RFC 1035 §5.1).
        RrClass cls = classWord(t, w, n);
        int classAt = w;
        if (cls != null) {
            w++;
        }
        long recordTtl = w < n ? ttl.word(f, t, w) : -1;
        if (recordTtl >= 0) {
            w++;
        }
        if (cls == null && (cls = classWord(t, w, n)) != null) {
            classAt = w;
            w++;
        }
        if (w >= n) {
            error(f, t.endLine(), t.endColumn(), "MISSING_TYPE", "unexpected end of line: no RR type");
            return null;
        }
        RrType type = typeWord(t, w);
        if (type == null) {
            unknownType(f, t, w);
            return null;
        }
        if (cls != null && !cls.equals(opts.defaultClass())) {
            error(f, t.line(classAt), t.column(classAt), "CLASS_MISMATCH",
                    "class '" + cls + "' != zone class '" + opts.defaultClass() + "'");
            return null;
        }
        if (type.code() == 0 || type.isMetaOrQuestionOnly()) {
            error(f, t.line(w), t.column(w), "META_TYPE", "type '" + type + "': invalid use of a meta type");
            return null;
        }
        // RFC 973 retired MD and MF in favour of MX. BIND refuses them in master files (however
        // spelled: TYPE3 too) but still reads the rdata and reports its errors as well; only
        // $GENERATE lets them through, as it does in BIND.
        boolean obsolete = type.equals(RrType.MD) || type.equals(RrType.MF);
        if (obsolete) {
            error(f, t.line(w), t.column(w), "OBSOLETE_TYPE", "type '" + type + "': obsolete");
        }
        long resolved = ttl.resolve(f, recordTtl, type, t.line(w), t.column(w));
        if (resolved == TtlRules.NONE) {
            return null;
        }
        Rdata rdata;
        rdataTokens.reset(t, w + 1);
        try {
            rdata = RdataCodecs.parse(type, rdataTokens, f.origin);
        } catch (TextException e) {
            error(f, e.at(t.endLine(), t.endColumn()));
            return null;
        }
        if (rdataTokens.hasNext()) {
            int k = rdataTokens.position();
            error(f, t.line(k), t.column(k), "EXTRA_RDATA", "extra input text '" + t.text(k) + "'");
            return null;
        }
        if (obsolete) {
            return null;
        }
        if (resolved == TtlRules.FROM_SOA) {
            resolved = ttl.fromSoaMinimum(f, rdata, t.line(w), t.column(w));
        }
        if (!inZone(f, owner, type, t.startLine(), t.column(0))) {
            return null;
        }
        return new Record(owner, type, cls != null ? cls : opts.defaultClass(), resolved, rdata);
    }

    private Name ownerName(Tokenizer t, Name origin) {
        if (origin == ownerOrigin && t.sameText(0, ownerChars, ownerLen)) {
            return ownerName;
        }
        Name name = Name.parse(t.text(0), origin);
        ownerChars = t.copyText(0, ownerChars);
        ownerLen = t.length(0);
        ownerOrigin = origin;
        ownerName = name;
        return name;
    }

    /** The class named by word {@code w}, or null if it is not a class (no allocation but for CLASSnnn). */
    RrClass classWord(Tokenizer t, int w, int n) {
        if (w >= n || t.quoted(w) || t.length(w) < 2) {
            return null;
        }
        if (t.is(w, "IN")) {
            return RrClass.IN;
        }
        switch (Character.toUpperCase(t.charAt(w, 0))) {
            case 'C':
                if (t.is(w, "CH") || t.is(w, "CHAOS")) {
                    return RrClass.CH;
                }
                return t.length(w) > 5 && Character.toUpperCase(t.charAt(w, 1)) == 'L' ? RrClass.lookup(t.text(w)) : null;
            case 'H':
                return t.is(w, "HS") || t.is(w, "HESIOD") ? RrClass.HS : null;
            case 'N':
                return t.is(w, "NONE") ? RrClass.NONE : null;
            case 'A':
                return t.is(w, "ANY") ? RrClass.ANY : null;
            default:
                return null;
        }
    }

    /** The type named by word {@code w}, or null. */
    RrType typeWord(Tokenizer t, int w) {
        if (t.quoted(w)) {
            return null;
        }
        int len = t.length(w);
        for (int i = 0; i < typeCount; i++) {
            if (t.sameText(w, typeWords[i], typeWords[i].length)) {
                return typeValues[i];
            }
        }
        RrType type = RrType.lookup(t.text(w));
        if (type != null) {
            char[] key = new char[len];
            for (int k = 0; k < len; k++) {
                key[k] = t.charAt(w, k);
            }
            typeWords[typeNext] = key;
            typeValues[typeNext] = type;
            typeNext = (typeNext + 1) % TYPE_CACHE_SIZE;
            typeCount = Math.max(typeCount, typeNext == 0 ? TYPE_CACHE_SIZE : typeNext);
        }
        return type;
    }

    /** The error for a word where a type was expected; BIND says "unknown RR type" for all. */
    void unknownType(Frame f, Tokenizer t, int w) {
        String word = t.text(w);
        if (!t.quoted(w) && !word.isEmpty() && word.charAt(0) >= '0' && word.charAt(0) <= '9') {
            long v = Ttl.scan(word);
            if (v == Ttl.RANGE) {
                error(f, t.line(w), t.column(w), "TTL_RANGE", "TTL '" + word + "' is out of range");
                return;
            }
            if (v == Ttl.SYNTAX) {
                error(f, t.line(w), t.column(w), "BAD_TTL", "bad TTL '" + word + "' (unknown RR type)");
                return;
            }
        }
        error(f, t.line(w), t.column(w), "UNKNOWN_TYPE", "unknown RR type '" + word + "'");
    }

    /** False (with BIND's warning) when the owner lies outside {@link ParseOptions#zone()}. */
    private boolean inZone(Frame f, Name owner, RrType type, int line, int col) {
        Name zone = opts.zone();
        if (zone == null || owner.isSubdomainOf(zone)) {
            outOfZoneOwner = null;
            return true;
        }
        if (!owner.equals(outOfZoneOwner)) {
            outOfZoneOwner = owner;
            outOfZoneTypes.clear();
        }
        if (!outOfZoneTypes.contains(type)) {
            outOfZoneTypes.add(type);
            String shown = owner.toString();
            if (shown.length() > 1) {
                shown = shown.substring(0, shown.length() - 1); // BIND prints it without the final dot
            }
            warning(f, line, col, "OUT_OF_ZONE", "ignoring out-of-zone data (" + shown + ")");
        }
        return false;
    }

    // ------------------------------------------------------------------ $GENERATE and $INCLUDE

    void startGenerate(Frame f, Generate g) {
        generator = g;
        generatorFrame = f;
    }

    private Record nextGenerated() {
        if (!generator.hasNext()) {
            generator = null;
            return null;
        }
        Record r;
        try {
            r = generator.next();
        } catch (TextException e) {
            generator = null;
            error(generatorFrame, e);
            return null;
        }
        // BIND checks every generated owner and warns for each one outside the zone.
        outOfZoneOwner = null;
        if (!inZone(generatorFrame, r.owner(), r.type(), generator.line(), 1)) {
            return null;
        }
        currentFile = generatorFrame.name;
        currentLine = generator.line();
        return r;
    }

    /** Frames being read, innermost first. */
    Iterable<Frame> frames() {
        return frames;
    }

    void pushInclude(Path path, Path real, String name, Name origin, Name current) throws IOException {
        Reader r = new InputStreamReader(Files.newInputStream(path), StandardCharsets.ISO_8859_1);
        frames.push(new Frame(r, name, real, origin, current));
    }

    private void popFrame() {
        Frame f = frames.pop();
        try {
            f.reader.close();
        } catch (IOException e) {
            // Nothing was written; a failed close of an input loses nothing.
        }
    }

    ParseOptions options() {
        return opts;
    }

    TtlRules ttlRules() {
        return ttl;
    }

    // ------------------------------------------------------------------ diagnostics

    void error(Frame f, TextException e) {
        error(f, e.line(), e.column(), e.code(), e.detail());
    }

    void error(Frame f, int line, int col, String code, String message) {
        if (stopped) {
            return;
        }
        diagnostics.add(new Diagnostic(Diagnostic.Severity.ERROR, f.name, line, col, code, message));
        errorCount++;
        if (errorCount >= Math.max(1, opts.maxErrors())) {
            diagnostics.add(new Diagnostic(Diagnostic.Severity.ERROR, f.name, line, 0, "TOO_MANY_ERRORS",
                    "too many errors (" + errorCount + "); parsing stopped"));
            stopped = true;
            close();
        }
    }

    void warning(Frame f, int line, int col, String code, String message) {
        diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, f.name, line, col, code, message));
    }

}
