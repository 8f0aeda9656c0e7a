package org.bangtin.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A term's postings as the static export writes them ({@link ImpactPostings}): inline in the
 * term's shard entry when they are short (kind 0: the impact list in one block), else in
 * {@code postings.bin} (kind 1, or 3 when the documents are those without the term): where the
 * documents are and how long, then per block of the impact list its length and its first class.
 * The documents are written only for the fields that a query requires (the title and the marked
 * words only add to the score).
 *
 * <p>Encoding a term's postings needs nothing but the term's own postings, so the export encodes
 * many terms at once on all cores, and then writes them in term order, which gives each its
 * place in {@code postings.bin}.
 */
final class PostingsEntry {
    private final byte[] inline;
    private final boolean complement;
    /**
     * Postings pieces shorter than this are not compressed ({@link Bytes#piece}): gzip made those
     * under 256 bytes larger, saved 5 % from there to 511 bytes, and a quarter and more from 512.
     */
    static final int COMPRESS_FROM = 512;

    /** The term's documents, as a piece of postings.bin; null for a field that a query does not require. */
    private final byte[] documents;
    /** The impact list's blocks, each one's bytes a piece of postings.bin already. */
    private final List<ImpactPostings.Block> blocks;

    private PostingsEntry(byte[] inline, boolean complement, byte[] documents, List<ImpactPostings.Block> blocks) {
        this.inline = inline;
        this.complement = complement;
        this.documents = documents;
        this.blocks = blocks;
    }

    /** The entry of postings {@code docs} with their {@code freqs}; thread-safe. */
    static PostingsEntry encode(int[] docs, int[] freqs, byte[] norms, float[] normInverses, SearchField field,
            int maxDoc) {
        if (docs.length * 2 <= StaticExport.INLINE_POSTINGS_LIMIT) { // a posting takes two bytes or more
            byte[] whole = ImpactPostings.blocks(docs, freqs, norms, normInverses, Math.max(1, docs.length)).get(0).bytes();
            if (whole.length <= StaticExport.INLINE_POSTINGS_LIMIT) {
                return new PostingsEntry(whole, false, null, List.of());
            }
        }
        boolean complement = false;
        byte[] documents = null;
        if (field != SearchField.TITLE && field != SearchField.EXACT) {
            Bytes listed = new Bytes();
            complement = ImpactPostings.documents(docs, maxDoc, listed);
            documents = Bytes.piece(listed.toByteArray(), COMPRESS_FROM, Bytes.Deflation.CODES_ONLY);
        }
        List<ImpactPostings.Block> blocks = new ArrayList<>();
        if (field.scored()) {
            for (ImpactPostings.Block block : ImpactPostings.blocks(docs, freqs, norms, normInverses,
                    ImpactPostings.FIRST_BLOCK)) {
                byte[] piece = Bytes.piece(block.bytes(), COMPRESS_FROM, Bytes.Deflation.CODES_ONLY);
                blocks.add(new ImpactPostings.Block(piece, block.freq(), block.norm()));
            }
        }
        return new PostingsEntry(null, complement, documents, blocks);
    }

    /** The bytes the entry holds, its blocks' and documents' together. */
    int size() {
        if (inline != null) {
            return inline.length;
        }
        int size = documents == null ? 0 : documents.length;
        for (ImpactPostings.Block block : blocks) {
            size += block.bytes().length;
        }
        return size;
    }

    /** Writes the entry into the term's shard entry and, when long, its bytes at the end of {@code pack}. */
    void writeTo(Bytes shard, Bytes pack) {
        if (inline != null) {
            shard.u8(0).varint(inline.length).bytes(inline);
            return;
        }
        int offset = pack.size();
        if (documents != null) {
            pack.bytes(documents);
        }
        shard.u8(complement ? 3 : 1).varint(offset).varint(documents == null ? 0 : documents.length)
                .varint(blocks.size());
        for (ImpactPostings.Block block : blocks) {
            pack.bytes(block.bytes());
            shard.varint(block.bytes().length).varint(block.freq()).u8(block.norm());
        }
    }
}
