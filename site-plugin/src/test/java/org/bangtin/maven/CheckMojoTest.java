package org.bangtin.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckMojoTest {
    @TempDir
    Path temp;

    @Test
    void passesGoodContentAndLeavesNothingBehind() throws Exception {
        CheckMojo mojo = mojo(Sites.good(temp.resolve("content")));
        mojo.execute();
        assertEquals(0, count(temp.resolve("content/target")));
    }

    @Test
    void failsOnALinkToAMissingFile() throws IOException {
        Path content = Sites.content(temp.resolve("content"),
                "---\ntitle: \"Kế hoạch\"\ndate: 2019-04-02\nauthor: \"Văn phòng\"\n---\n\n[Tải về](ke-hoach.pdf)\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo(content)::execute);
        assertTrue(e.getMessage().contains("1 error(s)"), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was published"), e.getMessage());
        assertEquals(0, count(temp.resolve("content/target")));
    }

    @Test
    void failsOnABrokenLinkToANoticeAsTheCommandDoes() throws IOException {
        Path content = Sites.content(temp.resolve("content"), "---\ntitle: \"Kế hoạch\"\ndate: 2019-04-02\n"
                + "author: \"Văn phòng\"\n---\n\nXem [kế hoạch cũ](/2019/03/khong-co/).\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo(content)::execute);
        assertTrue(e.getMessage().contains("1 error(s) (strict: warnings count as errors)"), e.getMessage());
    }

    private static CheckMojo mojo(Path content) {
        CheckMojo mojo = new CheckMojo();
        mojo.contentDirectory = content.toFile();
        mojo.buildDirectory = content.resolve("target").toFile();
        return mojo;
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.count();
        }
    }
}
