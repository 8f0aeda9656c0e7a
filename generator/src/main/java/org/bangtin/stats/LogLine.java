package org.bangtin.stats;

import java.time.Instant;

/**
 * One request of an access log.
 *
 * @param address   the client's address
 * @param time      when it was served
 * @param method    GET, HEAD, POST, ...
 * @param target    the request target as sent ("/tin/a/?x=1"), or "" when the request was garbage
 * @param status    the HTTP status
 * @param userAgent the client's User-Agent, or "" when the log has none
 */
record LogLine(String address, Instant time, String method, String target, int status, String userAgent) {
}
