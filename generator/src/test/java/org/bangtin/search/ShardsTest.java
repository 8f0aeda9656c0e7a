package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ShardsTest {
    @Test
    void aLargeShardIsSplitByALongerKeyAndAShortWordGetsItsOwn() {
        Shards shards = new Shards();
        byte[] large = new byte[Shards.SPLIT_BYTES / 2 + 1];
        for (String word : new String[] {"thông", "thống", "tháng", "thư"}) {
            shards.add("t/", word, large);
        }
        shards.add("t/", "th", new byte[10]);
        shards.add("t/", "bình", new byte[10]);
        shards.add("e/", "thông", new byte[10]);
        shards.finish();

        assertEquals(Set.of("t/th", "t/tho"), shards.splitKeys());
        assertEquals(Set.of("t/th-.bin", "t/tha.bin", "t/thu.bin", "t/thon.bin", "t/bi.bin", "e/th.bin"),
                shards.files().keySet());
    }

    @Test
    void keysFoldMarksAndMarkOtherCharacters() {
        assertEquals("bi", ShardKeys.of("Bình", 2));
        assertEquals("c_", ShardKeys.of("c:ke-hoach", 2));
        assertEquals("dươ".length(), ShardKeys.of("đường", 3).length());
        assertEquals("duo", ShardKeys.of("đường", 3));
        assertEquals("a", ShardKeys.of("a", 2));
        assertEquals("th-", ShardKeys.of("th", 3));
    }
}
