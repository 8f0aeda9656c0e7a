package org.bangtin.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Reads the shards of a static export back, to see where in {@code postings.bin} a term's postings are. */
final class ExportedPostings {
    private ExportedPostings() {
    }

    /**
     * The blocks of the impact lists of the given terms, in every field of the "t/" shards: where
     * each starts in {@code postings.bin}, and how many postings it holds.
     */
    static Map<Long, Integer> blocks(Path searchFolder, Set<String> terms) throws IOException {
        Map<Long, Integer> blocks = new HashMap<>();
        List<Path> shards;
        try (Stream<Path> files = Files.list(searchFolder.resolve("t"))) {
            shards = files.sorted().toList();
        }
        for (Path shard : shards) {
            ByteBuffer in;
            try (InputStream gzip = new GZIPInputStream(Files.newInputStream(shard))) {
                in = ByteBuffer.wrap(gzip.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            }
            while (in.hasRemaining()) {
                entry(in, terms, blocks);
            }
        }
        return blocks;
    }

    /** Reads one shard entry; adds its blocks when its term is one of {@code terms}. */
    private static void entry(ByteBuffer in, Set<String> terms, Map<Long, Integer> blocks) {
        int field = in.get() & 0xFF;
        byte[] text = new byte[varint(in)];
        in.get(text);
        boolean wanted = terms.contains(new String(text, StandardCharsets.UTF_8));
        if (field == PairBlocks.BLOCKS_ENTRY) {
            for (int count = varint(in); count > 0; count--) {
                varint(in);
                varint(in);
            }
            return;
        }
        int docFreq = varint(in);
        in.getFloat(); // idf
        int kind = in.get();
        if (kind == 0) {
            int length = varint(in);
            in.position(in.position() + length);
            return;
        }
        if (kind == 2) {
            return;
        }
        long at = varint(in);
        at += varint(in); // the documents come first
        // The blocks hold FIRST_BLOCK postings, then each GROWTH % of the one before (ImpactPostings).
        long size = ImpactPostings.FIRST_BLOCK;
        int left = docFreq;
        for (int count = varint(in); count > 0; count--) {
            int length = varint(in);
            varint(in); // frequency and norm byte of the block's best postings
            in.get();
            int postings = (int) Math.min(left, size);
            if (wanted) {
                blocks.put(at, postings);
            }
            at += length;
            left -= postings;
            size = size * ImpactPostings.GROWTH / 100;
        }
    }

    private static int varint(ByteBuffer in) {
        int value = 0;
        for (int shift = 0;; shift += 7) {
            int b = in.get() & 0xFF;
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }
}
