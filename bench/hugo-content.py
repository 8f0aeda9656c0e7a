#!/usr/bin/env python3
"""Turns a corpus from gen-corpus.py into content for the Hugo site in bench/hugo-site.

    python3 bench/hugo-content.py CORPUS-DIR OUT-DIR

Copies CORPUS-DIR/notices/YYYY/MM/*.md to OUT-DIR/notices/YYYY/MM/ with two front matter
fields renamed, because Hugo gives them a meaning of its own:
  type: "Thông báo"    -> doctype: "Thông báo"   (Hugo's 'type' picks the layout folder)
  category: "Y tế"     -> categories: ["Y tế"]   (the taxonomy, under Hugo's default name)
and writes an _index.md in notices/ and in every year and month folder, so that Hugo makes the
year and month archive pages as sections. The bodies are copied unchanged. OUT-DIR is replaced.
"""
import os
import re
import shutil
import sys



def convert(text):
    end = text.index("\n---\n", 4)
    front, body = text[:end], text[end:]
    front = re.sub(r"^type: ", "doctype: ", front, count=1, flags=re.M)
    front = re.sub(r"^category: (.*)$", r"categories: [\1]", front, count=1, flags=re.M)
    return front + body


def write_index(folder, title):
    with open(os.path.join(folder, "_index.md"), "w", encoding="utf-8") as f:
        f.write('---\ntitle: "%s"\n---\n' % title)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    corpus, out = sys.argv[1], sys.argv[2]
    if os.path.isdir(out):
        shutil.rmtree(out)
    src_root = os.path.join(corpus, "notices")
    dst_root = os.path.join(out, "notices")
    count = 0
    for folder, _, files in sorted(os.walk(src_root)):
        rel = os.path.relpath(folder, src_root)
        dst = os.path.normpath(os.path.join(dst_root, rel))
        os.makedirs(dst, exist_ok=True)
        parts = [] if rel == "." else rel.split(os.sep)
        if len(parts) == 0:
            write_index(dst, "Tất cả tin")
        elif len(parts) == 1:
            write_index(dst, "Năm " + parts[0])
        elif len(parts) == 2:
            write_index(dst, "Tháng %d/%s" % (int(parts[1]), parts[0]))
        for name in files:
            if not name.endswith(".md"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                text = f.read()
            with open(os.path.join(dst, name), "w", encoding="utf-8") as f:
                f.write(convert(text))
            count += 1
    print("wrote %d notices under %s" % (count, dst_root))


if __name__ == "__main__":
    main()
