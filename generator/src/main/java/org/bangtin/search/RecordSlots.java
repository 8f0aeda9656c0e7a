package org.bangtin.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The display records of the static export in one file, {@code records.bin}, one fixed-size slot
 * per document: document n's record is at bytes {@code n * slot} to {@code (n + 1) * slot}, so the
 * browser fetches the records of the results it shows with HTTP range requests and needs no table
 * of offsets (which would grow with the site). A slot holds the record's length (two bytes, little
 * endian), the record as gzip-compressed JSON ({@link Json#record}), and zeros.
 *
 * <p>The slot fits nearly every record whole. The few longer ones (a long title, long text) keep
 * a shorter excerpt, so one outlier does not make every query download more.
 */
final class RecordSlots {
    /** Share of records whose excerpt is never shortened: the slot fits them whole. */
    private static final double WHOLE_SHARE = 0.95;
    /** The shortest excerpt a record keeps. */
    private static final int MIN_SNIPPET = 40;
    private static final int LENGTH_BYTES = 2;
    private static final int ALIGN = 16;

    private final int slot;
    private final byte[] file;

    private RecordSlots(int slot, byte[] file) {
        this.slot = slot;
        this.file = file;
    }

    /** A document's record as JSON, with an excerpt of at most the given length; called from several threads. */
    interface Records {
        String json(int doc, int snippetLength);
    }

    /** The slots of {@code count} documents, each record's excerpt at most {@code snippetLength} characters. */
    static RecordSlots of(int count, Records records, int snippetLength) {
        // Each record is compressed on its own, so on all cores (records.json must be thread-safe).
        byte[][] whole = new byte[count][];
        IntStream.range(0, count).parallel().forEach(i -> whole[i] = compressed(records, i, snippetLength));
        int[] sizes = Arrays.stream(whole).mapToInt(record -> record.length).toArray();
        int fitsMost = percentile(sizes, WHOLE_SHARE);
        int shortest = IntStream.range(0, count).parallel().filter(i -> sizes[i] > fitsMost)
                .map(i -> compressed(records, i, Math.min(MIN_SNIPPET, snippetLength)).length).max().orElse(0);
        int slot = align(LENGTH_BYTES + Math.max(shortest, fitsMost));
        byte[] file = new byte[slot * count];
        IntStream.range(0, count).parallel().forEach(i -> {
            byte[] record = fitted(records, i, whole[i], snippetLength, slot - LENGTH_BYTES);
            int at = i * slot;
            file[at] = (byte) record.length;
            file[at + 1] = (byte) (record.length >>> 8);
            System.arraycopy(record, 0, file, at + LENGTH_BYTES, record.length);
        });
        return new RecordSlots(slot, file);
    }

    int slot() {
        return slot;
    }

    byte[] file() {
        return file;
    }

    /** The record as it fits in {@code room} bytes: whole, or with the longest excerpt that fits. */
    private static byte[] fitted(Records records, int doc, byte[] whole, int snippetLength, int room) {
        if (whole.length <= room) {
            return whole;
        }
        int fits = MIN_SNIPPET;
        int tooLong = snippetLength;
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) >>> 1;
            if (compressed(records, doc, middle).length <= room) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        return compressed(records, doc, fits);
    }

    private static byte[] compressed(Records records, int doc, int snippetLength) {
        return Bytes.gzip(records.json(doc, snippetLength).getBytes(StandardCharsets.UTF_8));
    }

    private static int percentile(int[] sizes, double share) {
        if (sizes.length == 0) {
            return 0;
        }
        int[] sorted = sizes.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
    }

    private static int align(int size) {
        return (size + ALIGN - 1) / ALIGN * ALIGN;
    }
}
