package org.bangtin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.bangtin.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor's tab on {@code bangtin serve}, in a real browser (tools/js/live-preview.mjs): the
 * preview's own script, not a test's reading of its events, must bring the tab to what the
 * editor saved.
 */
class LivePreviewBrowserTest {
    @TempDir
    Path dir;

    @Test
    void theTabFollowsAnEditedNoticeToItsNewAddressAndShowsABadEditsProblemsUntilFixed() throws Exception {
        Path content = dir.resolve("content");
        Path notice = content.resolve("tin/a.md");
        Files.createDirectories(notice.getParent());
        Files.writeString(notice, notice("Lịch tiếp công dân", "2024-03-29", "Nội dung."));
        Path script = ValidatorsTest.TOOLS.resolve("live-preview.mjs");
        assertTrue(Files.isDirectory(ValidatorsTest.TOOLS.resolve("node_modules/playwright-core")),
                "playwright-core is missing: run 'npm ci --prefix tools/js' (run-tests.sh does)");
        // A new title makes a new address: the tab goes there. A bad date: the tab shows the
        // problems over the last good page. The fix, with a new text: the tab reloads, clean.
        Path steps = dir.resolve("steps.json");
        Files.writeString(steps, "[" + String.join(",",
                step(notice, notice("Lịch tiếp công dân tháng 4", "2024-03-29", "Nội dung."),
                        "\"address\":\"/2024/03/lich-tiep-cong-dan-thang-4/\",\"heading\":\"Lịch tiếp công dân tháng 4\""),
                step(notice, notice("Lịch tiếp công dân tháng 4", "30/02/2024", "Nội dung."),
                        "\"problems\":\"tin/a.md:3: error: 'date'\""),
                step(notice, notice("Lịch tiếp công dân tháng 4", "2024-03-29", "Đã sửa lỗi."),
                        "\"address\":\"/2024/03/lich-tiep-cong-dan-thang-4/\",\"heading\":\"Lịch tiếp công dân tháng 4\""))
                + "]");

        int port = freePort();
        Thread server = new Thread(() -> Main.run("serve", content.toString(), "--port", Integer.toString(port)));
        server.start();
        try {
            ValidatorsTest.Output output = ValidatorsTest.run(List.of("node", script.toString(), "http://127.0.0.1:" + port,
                    "/2024/03/lich-tiep-cong-dan/", steps.toString()), 300);
            assertEquals(0, output.exit(), output.text());
            String shown = output.text().strip();
            List<String> expected = List.of(
                    "{\"address\":\"/2024/03/lich-tiep-cong-dan-thang-4/\",\"heading\":\"Lịch tiếp công dân tháng 4\",\"problems\":null}",
                    "{\"address\":\"/2024/03/lich-tiep-cong-dan-thang-4/\",\"heading\":\"Lịch tiếp công dân tháng 4\",\"problems\":\"",
                    "{\"address\":\"/2024/03/lich-tiep-cong-dan-thang-4/\",\"heading\":\"Lịch tiếp công dân tháng 4\",\"problems\":null}");
            String[] tab = shown.substring(1, shown.length() - 1).split("(?<=\\}),(?=\\{)");
            assertEquals(expected.size(), tab.length, shown);
            for (int i = 0; i < tab.length; i++) {
                assertTrue(tab[i].startsWith(expected.get(i)), "step " + (i + 1) + ": " + tab[i]);
            }
            assertTrue(tab[1].contains("tin/a.md:3: error: 'date'"), tab[1]);
            assertTrue(Files.readString(content.resolve("target/bangtin-serve/2024/03/lich-tiep-cong-dan-thang-4/index.html"))
                    .contains("Đã sửa lỗi."));
        } finally {
            server.interrupt();
            server.join(10_000);
        }
    }

    private static String notice(String title, String date, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\nauthor: \"Cái Dung\"\n---\n" + body + "\n";
    }

    /** One step of the script: the file to write, its text, and what the tab must show after. */
    private static String step(Path file, String text, String expected) {
        return "{\"file\":" + json(file.toString()) + ",\"text\":" + json(text) + "," + expected + "}";
    }

    private static String json(String text) {
        return text.chars().mapToObj(c -> switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            default -> String.valueOf((char) c);
        }).collect(Collectors.joining("", "\"", "\""));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
