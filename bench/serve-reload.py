#!/usr/bin/env python3
"""Edit-to-reload latency of 'bangtin serve': the time from saving a notice to the live-reload
event that makes the open tabs reload.

    python3 bench/serve-reload.py JAR CONTENT-DIR OUT-DIR [--edits 20] [--java-opt OPT]...

Starts 'java -jar JAR serve CONTENT-DIR -o OUT-DIR --port 0' (a free port), waits for its
first build, subscribes to the server-sent events of /__bangtin/events, then EDITS times appends
a sentence to the body of one notice (a different one each time) and takes the time from just
before the write to the next 'reload' (or 'problems') event, and to the end of loading the home
page again, as the tab does on that event. After each event it waits until
the stream has been quiet for a while, so that a late duplicate event is not taken for the next
edit's. CONTENT-DIR is changed: give it a copy of a corpus. Stops the server it started.
Prints one line of JSON: the first build's time, every latency, the median and p90 (of the event,
and of the page loaded again), and the
server's RSS after the first build and after each edit's rebuild.
"""
import argparse
import http.client
import json
import os
import queue
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.request


def read_events(port, events):
    """Puts (event name, arrival time) for every event of the stream; runs until it closes."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=None)
    conn.request("GET", "/__bangtin/events", headers={"Accept": "text/event-stream"})
    response = conn.getresponse()
    events.put(("open", time.monotonic()))
    name = None
    while True:
        line = response.fp.readline()
        if not line:
            events.put(("closed", time.monotonic()))
            return
        line = line.decode("utf-8").rstrip("\n")
        if line.startswith("event:"):
            name = line[len("event:"):].strip()
        elif line == "" and name:
            events.put((name, time.monotonic()))
            name = None


def rss_mb(pid):
    """The resident memory of a process, in MB (Linux), or None."""
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        return None
    return None


def percentile(values, p):
    """The p-th percentile, nearest rank."""
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * p // 100) - 1)]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("jar")
    parser.add_argument("content")
    parser.add_argument("out")
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--java-opt", action="append", default=[])
    parser.add_argument("--quiet-after", type=float, default=1.0,
                        help="seconds the event stream must stay quiet after an event before the next edit")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds to wait for a build")
    args = parser.parse_args()

    notices = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(args.content, "notices"))
                     for f in fs if f.endswith(".md"))
    if not notices:
        sys.exit("no notices under " + args.content)
    log = open(args.out.rstrip("/") + ".log", "w")
    started = time.monotonic()
    server = subprocess.Popen(["java", *args.java_opt, "-jar", args.jar, "serve", args.content, "-o", args.out,
                               "--port", "0"], stdout=subprocess.PIPE, stderr=log, text=True)
    try:
        # "Serving CONTENT on http://127.0.0.1:PORT/ (Ctrl-C stops)" comes after the first build.
        port = None
        for line in server.stdout:
            log.write(line)
            found = re.search(r"Serving .* on http://[^:]+:(\d+)", line)
            if found:
                port = int(found.group(1))
                break
        if port is None:
            sys.exit("bangtin serve stopped before serving; see " + log.name)
        first_build = time.monotonic() - started
        # Keep reading what the server prints, so that it never blocks on a full pipe.
        threading.Thread(target=lambda: [log.write(l) for l in server.stdout], daemon=True).start()

        events = queue.Queue()
        threading.Thread(target=read_events, args=(port, events), daemon=True).start()
        if events.get(timeout=30)[0] != "open":
            sys.exit("the event stream did not open")

        latencies, page_latencies, failed, extra, rss = [], [], 0, 0, [rss_mb(server.pid)]
        step = max(1, len(notices) // args.edits)
        for i in range(args.edits):
            notice = notices[(i * step) % len(notices)]
            written = time.monotonic()
            with open(notice, "a", encoding="utf-8") as f:
                f.write("\nCâu bổ sung số %d để đo thời gian từ lúc lưu đến lúc tải lại trang.\n" % (i + 1))
            name, arrived = events.get(timeout=args.timeout)
            if name == "closed":
                sys.exit("the server closed the event stream")
            latencies.append(arrived - written)
            # What the tab does on the event: load the page again. It must not wait for search.
            urllib.request.urlopen("http://127.0.0.1:%d/" % port, timeout=args.timeout).read()
            page_latencies.append(time.monotonic() - written)
            # The server's memory after each rebuild: growing from edit to edit would mean that
            # rebuilds keep what earlier ones made.
            rss.append(rss_mb(server.pid))
            failed += name == "problems"
            # Let the stream go quiet: a second burst of file events may bring a second event.
            while True:
                try:
                    events.get(timeout=args.quiet_after)
                    extra += 1
                except queue.Empty:
                    break
        print(json.dumps({
            "notices": len(notices),
            "first_build_s": round(first_build, 2),
            "edits": len(latencies),
            "median_s": round(statistics.median(latencies), 3),
            "p90_s": round(percentile(latencies, 90), 3),
            "min_s": round(min(latencies), 3),
            "max_s": round(max(latencies), 3),
            "page_median_s": round(statistics.median(page_latencies), 3),
            "page_p90_s": round(percentile(page_latencies, 90), 3),
            "failed_builds": failed,
            "extra_events": extra,
            "latencies_s": [round(x, 3) for x in latencies],
            "rss_mb": rss,
        }))
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


if __name__ == "__main__":
    main()
