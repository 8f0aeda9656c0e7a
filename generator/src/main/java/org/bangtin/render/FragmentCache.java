package org.bangtin.render;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.pebbletemplates.pebble.cache.CacheKey;
import io.pebbletemplates.pebble.cache.PebbleCache;

/**
 * The fragments that templates keep with Pebble's {@code {% cache %}} tag, for one build (the
 * default {@code list.peb} keeps each notice's list item, which a notice's several lists share).
 * Up to {@link #LIMIT} of them: a list item for each of 100,000 notices would hold some 150 MB;
 * past the limit, a fragment is rendered each time. Thread-safe.
 */
final class FragmentCache implements PebbleCache<CacheKey, Object> {
    static final int LIMIT = 20_000;

    private final ConcurrentHashMap<CacheKey, Object> fragments = new ConcurrentHashMap<>();

    @Override
    public Object computeIfAbsent(CacheKey key, Function<? super CacheKey, ?> render) {
        Object kept = fragments.get(key);
        if (kept != null) {
            return kept;
        }
        if (fragments.size() >= LIMIT) {
            return render.apply(key);
        }
        return fragments.computeIfAbsent(key, render);
    }

    @Override
    public void invalidateAll() {
        fragments.clear();
    }

    int size() {
        return fragments.size();
    }
}
