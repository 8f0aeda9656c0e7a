package org.bangtin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.pebbletemplates.pebble.cache.CacheKey;
import io.pebbletemplates.pebble.node.CacheNode;
import org.junit.jupiter.api.Test;

/** Templates' kept fragments: each rendered once, until there are as many as the limit allows. */
class FragmentCacheTest {
    private static final CacheNode TAG = new CacheNode(1, null, null);

    @Test
    void aFragmentIsRenderedOnceUntilTheLimitThenEachTime() {
        FragmentCache cache = new FragmentCache();
        AtomicInteger renders = new AtomicInteger();
        for (int i = 0; i < FragmentCache.LIMIT; i++) {
            String name = "notice-item /" + i + "/";
            for (int time = 0; time < 2; time++) {
                assertEquals("<li>" + i + "</li>", cache.computeIfAbsent(key(name), k -> {
                    renders.incrementAndGet();
                    return "<li>" + name.substring(13, name.length() - 1) + "</li>";
                }));
            }
        }
        assertEquals(FragmentCache.LIMIT, renders.get(), "a kept fragment was rendered again");

        for (int time = 0; time < 2; time++) {
            assertEquals("<li>new</li>", cache.computeIfAbsent(key("notice-item /new/"), k -> {
                renders.incrementAndGet();
                return "<li>new</li>";
            }));
        }
        assertEquals(FragmentCache.LIMIT + 2, renders.get(), "past the limit, a fragment is rendered each time");
        assertEquals(FragmentCache.LIMIT, cache.size(), "the cache grew past its limit");
    }

    /** The key of a {@code {% cache name %}} tag, as Pebble makes it: the tag, the name, the locale. */
    private static CacheKey key(String name) {
        return new CacheKey(TAG, name, Locale.ROOT);
    }
}
