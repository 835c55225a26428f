package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.TextException;
import dev.signet.core.text.TokenSource;

/**
 * Text ⇄ wire conversion for one RR type's rdata. Implementations are stateless and thread-safe.
 * The {@code \#} generic form (RFC 3597) is handled by {@link RdataCodecs}, not here.
 */
public interface RdataCodec {

    /**
     * Reads the presentation form from the record's remaining words and returns the uncompressed
     * wire rdata. Must consume exactly the words that belong to the rdata; the caller reports any
     * left over.
     *
     * @param origin origin for relative names in the rdata
     * @throws TextException located at the offending token
     */
    byte[] parse(TokenSource tokens, Name origin);

    /** Appends the presentation form of well-formed wire rdata (absolute names). */
    void format(byte[] wire, StringBuilder out);

    /**
     * Checks that wire rdata is well formed for this type (used for {@code \#} input of known
     * types and for wire input).
     *
     * @throws TextException {@code BAD_RDATA_WIRE}
     */
    void validate(byte[] wire);

    /**
     * The canonical form (RFC 4034 §6.2 item 3 as corrected by RFC 6840 §5.1): embedded domain
     * names lower-cased for the types listed in {@link CanonicalForm}; otherwise the same bytes.
     * Returns {@code wire} itself when nothing changes.
     *
     * <p>Defined for wire that passed {@link #validate}: {@code Record} and {@code RRset}, which
     * pair rdata with its type, check that on construction. Handed anything else it throws
     * {@code BAD_RDATA_WIRE} (never reads past the array).
     */
    default byte[] canonical(byte[] wire) {
        return wire;
    }
}
