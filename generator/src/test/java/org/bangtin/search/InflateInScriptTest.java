package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** search-engine.js reads gzip in script where the browser has no DecompressionStream (Safari before 16.4). */
class InflateInScriptTest {
    @Test
    void theScriptsGzipDecoderGivesWhatZlibCompressed() throws Exception {
        Process node = new ProcessBuilder("node", "src/test/js/inflate-check.cjs", NodeSearch.ENGINE.toString())
                .redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(node.waitFor(2, TimeUnit.MINUTES), "node did not finish");
        assertEquals("ok 127", output);
        assertEquals(0, node.exitValue());
    }
}
