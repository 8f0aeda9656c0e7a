package org.bangtin.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The term shards of the static export: entries grouped by their term's key ({@link ShardKeys}),
 * two characters at first; a shard larger than {@link #SPLIT_BYTES} is split by one more character
 * of the key, up to {@link ShardKeys#MAX_LENGTH}, so that a word costs a query a kilobyte or two
 * however large the site ("th" holds a great many Vietnamese words). The keys that were split are
 * listed in the export's meta; the browser follows them to the shard of a term.
 */
final class Shards {
    /** Entry bytes (before compression) above which a shard is split. */
    static final int SPLIT_BYTES = 8192;

    private record Entry(String term, byte[] bytes) {
    }

    private final Map<String, List<Entry>> byKey = new TreeMap<>();
    private final Set<String> split = new TreeSet<>();
    private final Map<String, byte[]> files = new TreeMap<>();

    /** Adds the entry of {@code term}, to the shards of {@code family} ("t/" or "e/"). */
    void add(String family, String term, byte[] entry) {
        byKey.computeIfAbsent(family + ShardKeys.of(term, ShardKeys.LENGTH), k -> new ArrayList<>()).add(new Entry(term, entry));
    }

    /** Splits what is too large and compresses every shard; call once, after the last entry. */
    void finish() {
        byKey.forEach((key, entries) -> place(key, ShardKeys.LENGTH, entries));
    }

    /** The shard files ("t/th-.bin" and so on), compressed. */
    Map<String, byte[]> files() {
        return files;
    }

    /** The keys that were split, with their family ("t/th"). */
    Set<String> splitKeys() {
        return split;
    }

    private void place(String familyKey, int length, List<Entry> entries) {
        String family = familyKey.substring(0, 2);
        int size = entries.stream().mapToInt(e -> e.bytes().length).sum();
        if (size > SPLIT_BYTES && length < ShardKeys.MAX_LENGTH) {
            Map<String, List<Entry>> children = new TreeMap<>();
            for (Entry entry : entries) {
                children.computeIfAbsent(family + ShardKeys.of(entry.term(), length + 1), k -> new ArrayList<>()).add(entry);
            }
            if (!children.containsKey(familyKey) || children.size() > 1) {
                split.add(familyKey);
                children.forEach((child, list) -> place(child, length + 1, list));
                return;
            }
        }
        Bytes shard = new Bytes();
        entries.forEach(e -> shard.bytes(e.bytes()));
        files.put(familyKey + ".bin", Bytes.gzip(shard.toByteArray()));
    }
}
