package org.bangtin.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the static export keeps word pairs ("binh dang"): there are many more pairs than words, so
 * pairs sharing a shard by their first characters made shards of tens of kilobytes, of which a
 * query needs one entry. Instead, the pairs of each first word go into a few small blocks in
 * {@code pairs.bin}, each a piece of its own ({@link Bytes#piece}), chosen by a hash of the second word; the first
 * word's own shard says where its blocks are. A query then fetches, per pair, the one block that
 * can hold it (a kilobyte or two) by a range request.
 *
 * <p>Terms arrive in Lucene's order, so all pairs of one first word come together (the space sorts
 * before every letter and digit).
 */
final class PairBlocks {
    /** Uncompressed bytes of pair entries per block, at most (a block of one large entry may exceed it). */
    static final int BLOCK_BYTES = 1024;
    /**
     * Blocks shorter than this are not compressed ({@link Bytes#piece}): gzip made those under
     * 128 bytes a fifth larger, and saved 13 % from there to 255 bytes, a quarter from 256.
     */
    static final int COMPRESS_FROM = 128;
    /** Marks a shard entry as a first word's list of blocks (where other entries have their field). */
    static final int BLOCKS_ENTRY = 255;

    private final Shards shards;
    private final Bytes pack = new Bytes();
    private String firstWord;
    private final List<String> secondWords = new ArrayList<>();
    private final List<byte[]> entries = new ArrayList<>();
    private int pendingBytes;

    PairBlocks(Shards shards) {
        this.shards = shards;
    }

    /** Adds the shard entry of {@code pair} (as the shards hold entries). */
    void add(String pair, byte[] entry) {
        int space = pair.indexOf(' ');
        String first = space < 0 ? pair : pair.substring(0, space);
        if (!first.equals(firstWord)) {
            flush();
            firstWord = first;
        }
        secondWords.add(space < 0 ? "" : pair.substring(space + 1));
        entries.add(entry);
        pendingBytes += entry.length;
    }

    /** The blocks, one after the other, once every pair is added. */
    byte[] finish() {
        flush();
        return pack.toByteArray();
    }

    private void flush() {
        if (entries.isEmpty()) {
            return;
        }
        int count = Math.max(1, (pendingBytes + BLOCK_BYTES - 1) / BLOCK_BYTES);
        Bytes[] blocks = new Bytes[count];
        for (int i = 0; i < entries.size(); i++) {
            int block = Integer.remainderUnsigned(hash(secondWords.get(i)), count);
            blocks[block] = blocks[block] == null ? new Bytes() : blocks[block];
            blocks[block].bytes(entries.get(i));
        }
        Bytes pointer = new Bytes();
        pointer.u8(BLOCKS_ENTRY).string(firstWord).varint(count);
        for (Bytes block : blocks) {
            byte[] compressed = block == null ? new byte[0]
                    : Bytes.piece(block.toByteArray(), COMPRESS_FROM, Bytes.Deflation.STRINGS);
            pointer.varint(pack.size()).varint(compressed.length);
            pack.bytes(compressed);
        }
        shards.add(ShardKeys.family(SearchField.BODY), firstWord, pointer.toByteArray());
        secondWords.clear();
        entries.clear();
        pendingBytes = 0;
    }

    /** FNV-1a over the word's UTF-16 code units; the browser computes the same. */
    static int hash(String word) {
        int h = 0x811c9dc5;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }
}
