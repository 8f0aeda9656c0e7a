package org.bangtin.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, headless: loads a page, lets its scripts run (fetches included), and gives
 * the resulting DOM. Fails with a clear message when Chromium is missing: ./run-tests.sh installs it.
 */
final class HeadlessChromium {
    private HeadlessChromium() {
    }

    static String dom(String url, Path work) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        Path output = work.resolve("dom-" + System.nanoTime() + ".html");
        List<String> command = List.of(executable(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--virtual-time-budget=10000", "--dump-dom", url);
        Process chromium = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(work.resolve("chromium-errors.txt").toFile()).start();
        if (!chromium.waitFor(2, TimeUnit.MINUTES)) {
            chromium.destroyForcibly();
            throw new IllegalStateException("chromium did not finish loading " + url);
        }
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    private static String executable() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Chromium is needed for the browser tests: run ./run-tests.sh, which installs "
                + "Debian's chromium package, or apt-get install -y chromium");
    }
}
