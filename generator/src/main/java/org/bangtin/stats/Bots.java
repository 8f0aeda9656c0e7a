package org.bangtin.stats;

import java.util.List;
import java.util.Locale;

/**
 * Tells crawlers, link previewers, monitors and scripts from readers by their User-Agent. A
 * request without a User-Agent is not a reader's browser either.
 */
final class Bots {
    private static final List<String> MARKERS = List.of("bot", "crawl", "spider", "slurp", "archiver", "facebookexternalhit",
            "mediapartners", "preview", "headless", "lighthouse", "python", "curl/", "wget", "go-http-client", "java/",
            "okhttp", "libwww", "httpclient", "scrapy", "monitor", "uptime", "pingdom", "feedfetcher", "zgrab");

    private Bots() {
    }

    static boolean isBot(String userAgent) {
        String agent = userAgent.strip().toLowerCase(Locale.ROOT);
        if (agent.isEmpty() || agent.equals("-")) {
            return true;
        }
        return MARKERS.stream().anyMatch(agent::contains);
    }
}
