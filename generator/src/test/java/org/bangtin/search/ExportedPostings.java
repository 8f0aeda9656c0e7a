package org.bangtin.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Reads the shards of a static export back, to see where in {@code postings.bin} a term's postings are. */
final class ExportedPostings {
    private ExportedPostings() {
    }

    /** The bytes in {@code postings.bin} of the given terms, in every field of the "t/" shards. */
    static long bytes(Path searchFolder, Set<String> terms) throws IOException {
        long total = 0;
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
                total += entry(in, terms);
            }
        }
        return total;
    }

    /** Reads one shard entry; gives its bytes in postings.bin when its term is one of {@code terms}. */
    private static long entry(ByteBuffer in, Set<String> terms) {
        int field = in.get() & 0xFF;
        byte[] text = new byte[varint(in)];
        in.get(text);
        boolean wanted = terms.contains(new String(text, StandardCharsets.UTF_8));
        if (field == PairBlocks.BLOCKS_ENTRY) {
            for (int blocks = varint(in); blocks > 0; blocks--) {
                varint(in);
                varint(in);
            }
            return 0;
        }
        varint(in); // document frequency
        in.getFloat(); // idf
        int kind = in.get();
        if (kind == 0) {
            int length = varint(in);
            in.position(in.position() + length);
            return 0;
        }
        if (kind == 2) {
            return 0;
        }
        varint(in); // offset
        long bytes = varint(in);
        for (int blocks = varint(in); blocks > 0; blocks--) {
            bytes += varint(in);
            varint(in); // frequency and norm byte of the block's best postings
            in.get();
        }
        return wanted ? bytes : 0;
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
