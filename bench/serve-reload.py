#!/usr/bin/env python3
"""Edit-to-reload latency of 'bangtin serve': the time from saving a notice to the live-reload
event that makes the tab showing it reload.

    python3 bench/serve-reload.py BANGTIN CONTENT-DIR OUT-DIR [--edits 20] [--edit text|title] [--java-opt OPT]...

Starts 'BANGTIN serve CONTENT-DIR -o OUT-DIR --port 0' (a free port; BANGTIN is the launcher,
generator/target/bangtin, given the --java-opt options in BANGTIN_OPTS, or a jar, which runs as
'java OPT... -jar JAR'), waits for its
first build, subscribes to the server-sent events of /__bangtin/events, then EDITS times appends
a sentence to the body of one notice (a different one each time; with '--edit title', changes its
title instead, which moves its page) and takes the time from just before the write to:

- the first event that reloads the notice's tab: 'page' (its page rendered ahead of the rebuild;
  the data lists the pages, "OLD NEW" for one that moved), else 'reload' (or 'problems');
- the end of loading that page again, as the tab does on that event (the home page when the event
  named no page);
- the end of the rebuild of all pages, when the server prints "Pages up to date" (the lists, feeds
  and the other pages are current then; search follows in the background).

After each edit it waits until the event stream and the server's output have been quiet for a
while, so that a late event is not taken for the next edit's. CONTENT-DIR is changed: give it a
copy of a corpus. Stops the server it started. Prints one line of JSON: the first build's time,
every latency, their medians and p90s, how many edits got a page ahead, and the server's RSS
after the first build and after each edit.
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
    """Puts (event name, arrival time, data) for every event of the stream; runs until it closes."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=None)
    conn.request("GET", "/__bangtin/events", headers={"Accept": "text/event-stream"})
    response = conn.getresponse()
    events.put(("open", time.monotonic(), ""))
    name, data = None, []
    while True:
        line = response.fp.readline()
        if not line:
            events.put(("closed", time.monotonic(), ""))
            return
        line = line.decode("utf-8").rstrip("\n")
        if line.startswith("event:"):
            name = line[len("event:"):].strip()
        elif line.startswith("data:"):
            data.append(line[len("data:"):].strip())
        elif line == "" and name:
            events.put((name, time.monotonic(), "\n".join(data)))
            name, data = None, []


def read_output(stdout, log, events):
    """
    Copies the server's output to the log, putting ("built", time, line) for each rebuild of the
    pages: its "Pages up to date in ..." line (the search steps' say "Search and related ...").
    """
    for line in stdout:
        if line.startswith("Pages up to date "):
            events.put(("built", time.monotonic(), line.strip()))
        log.write(line)


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


def next_event(events, timeout):
    """The next (name, time, data) of the stream or of the server's output; exits on a timeout."""
    try:
        return events.get(timeout=timeout)
    except queue.Empty:
        sys.exit("no event from the server in %d s" % timeout)


def percentile(values, p):
    """The p-th percentile, nearest rank."""
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * p // 100) - 1)]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bangtin", help="the launcher (generator/target/bangtin) or bangtin.jar")
    parser.add_argument("content")
    parser.add_argument("out")
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--java-opt", action="append", default=[])
    parser.add_argument("--quiet-after", type=float, default=1.0,
                        help="seconds the event stream must stay quiet after an event before the next edit")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds to wait for a build")
    parser.add_argument("--edit", choices=["text", "title"], default="text",
                        help="what each edit changes: 'text' appends a sentence to the body; 'title' changes the"
                             " title in the front matter, which moves the page (its address is made from the title)")
    args = parser.parse_args()

    notices = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(args.content, "notices"))
                     for f in fs if f.endswith(".md"))
    if not notices:
        sys.exit("no notices under " + args.content)
    log = open(args.out.rstrip("/") + ".log", "w")
    started = time.monotonic()
    if args.bangtin.endswith(".jar"):
        command, environment = ["java", *args.java_opt, "-jar", args.bangtin], None
    else:  # the launcher execs java: the server's pid, whose RSS is read, stays the same
        command, environment = [args.bangtin], dict(os.environ, BANGTIN_OPTS=" ".join(args.java_opt))
    server = subprocess.Popen([*command, "serve", args.content, "-o", args.out, "--port", "0", "-v"],
                              stdout=subprocess.PIPE, stderr=log, text=True, env=environment)
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
        events = queue.Queue()
        threading.Thread(target=read_output, args=(server.stdout, log, events), daemon=True).start()
        threading.Thread(target=read_events, args=(port, events), daemon=True).start()
        if next_event(events, 30)[0] != "open":
            sys.exit("the event stream did not open")

        latencies, page_latencies, built_latencies, ahead = [], [], [], 0
        failed, extra, rss = 0, 0, [rss_mb(server.pid)]
        step = max(1, len(notices) // args.edits)
        for i in range(args.edits):
            notice = notices[(i * step) % len(notices)]
            if args.edit == "title":
                with open(notice, encoding="utf-8") as f:
                    source = f.read()
                source = re.sub(r'^title: "(.*)"$', lambda m: 'title: "%s (sửa lần %d)"' % (m.group(1), i + 1),
                                source, count=1, flags=re.M)
            written = time.monotonic()
            if args.edit == "title":
                with open(notice, "w", encoding="utf-8") as f:
                    f.write(source)
            else:
                with open(notice, "a", encoding="utf-8") as f:
                    f.write("\nCâu bổ sung số %d để đo thời gian từ lúc lưu đến lúc tải lại trang.\n" % (i + 1))
            built = None
            while True:
                name, arrived, data = next_event(events, args.timeout)
                if name == "closed":
                    sys.exit("the server closed the event stream")
                if name == "built":
                    built = built or arrived
                else:
                    break
            latencies.append(arrived - written)
            ahead += name == "page"
            # What the tab does on the event: load its page again. It must not wait for search.
            # A page that moved is named "OLD NEW": the tab goes to NEW.
            page = data.splitlines()[0].split(" ")[-1] if name == "page" and data else "/"
            urllib.request.urlopen("http://127.0.0.1:%d%s" % (port, page), timeout=args.timeout).read()
            page_latencies.append(time.monotonic() - written)
            while built is None:
                name2, arrived2, _ = next_event(events, args.timeout)
                if name2 == "built":
                    built = arrived2
                else:
                    extra += 1
            built_latencies.append(built - written)
            # The server's memory after each rebuild: growing from edit to edit would mean that
            # rebuilds keep what earlier ones made.
            rss.append(rss_mb(server.pid))
            failed += name == "problems"
            # Let the stream go quiet: a second burst of file events may bring a second event,
            # and search follows the pages in the background.
            while True:
                try:
                    if events.get(timeout=args.quiet_after)[0] != "built":
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
            "pages_ahead": ahead,
            "all_pages_median_s": round(statistics.median(built_latencies), 3),
            "all_pages_p90_s": round(percentile(built_latencies, 90), 3),
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
