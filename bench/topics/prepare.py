#!/usr/bin/env python3
"""Builds the topic benchmark's corpus: real arXiv papers (title, abstract, authors, categories) from a public
daily-arXiv dump, in the arXiv metadata snapshot's JSON-lines format, which `papernb` reads as is.

Source: github.com/dw-dengwei/daily-arXiv-ai-enhanced, branch `data`, every `data/YYYY-MM-DD.jsonl` (the arXiv
listings of each day: id, title, authors, categories primary first, summary = the abstract). The same source as
bench/splitter. Papers are deduplicated by id; every primary category with at least 60 papers is kept, each with at
most CAP papers, picked by the SHA-1 of the id (the same sample every run), so that no category swamps the others.

usage: prepare.py MIRROR_GIT_DIR COMMIT
writes bench/topics/data/papers.jsonl.gz
"""
import collections, gzip, hashlib, io, json, os, re, subprocess, sys
from datetime import date

CAP, MIN_PAPERS = 130, 60
mirror, commit = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))

def git(*args):
    return subprocess.run(['git', '--git-dir', mirror, *args], capture_output=True, check=True).stdout

files = sorted(f for f in git('ls-tree', '-r', '--name-only', commit, 'data').decode().split()
               if re.fullmatch(r'data/\d{4}-\d{2}-\d{2}\.jsonl', f))
papers = {}
for f in files:
    day = date.fromisoformat(f[5:15])
    for line in git('show', f'{commit}:{f}').decode('utf-8', 'replace').splitlines():
        try:
            o = json.loads(line)
        except ValueError:
            continue
        pid = o.get('id')
        if not pid or pid in papers or not o.get('title') or not o.get('summary') or not o.get('categories'):
            continue
        o['day'] = day
        papers[pid] = o

by_category = collections.defaultdict(list)
for o in papers.values():
    by_category[o['categories'][0]].append(o)

def clean(s):
    return ' '.join(s.split())

def parsed(name):
    words = clean(name).split(' ')
    return [words[-1], ' '.join(words[:-1]), ''] if len(words) > 1 else [words[0], '', '']

chosen = []
for category, members in sorted(by_category.items()):
    if len(members) < MIN_PAPERS:
        continue
    members.sort(key=lambda o: hashlib.sha1(o['id'].encode()).hexdigest())
    chosen.extend(members[:CAP])
chosen.sort(key=lambda o: o['id'])

out_path = os.path.join(here, 'data', 'papers.jsonl.gz')
os.makedirs(os.path.dirname(out_path), exist_ok=True)
# mtime 0 and no file name in the gzip header: the same data gives the same bytes.
with io.TextIOWrapper(gzip.GzipFile(filename='', mode='wb', compresslevel=9, fileobj=open(out_path, 'wb'), mtime=0),
                      encoding='utf-8', newline='\n') as out:
    for o in chosen:
        authors = [clean(a) for a in o.get('authors') or []]
        record = {
            'id': o['id'],
            'submitter': authors[0] if authors else None,
            'authors': ', '.join(authors),
            'title': clean(o['title']),
            'categories': ' '.join(o['categories']),
            'abstract': clean(o['summary']),
            'versions': [{'version': 'v1', 'created': o['day'].strftime('%a, %d %b %Y 00:00:00 GMT')}],
            'update_date': o['day'].isoformat(),
            'authors_parsed': [parsed(a) for a in authors],
        }
        out.write(json.dumps(record, ensure_ascii=False) + '\n')
counts = collections.Counter(o['categories'][0] for o in chosen)
print(f'{len(chosen)} papers in {len(counts)} primary categories:', ', '.join(f'{c} {n}' for c, n in sorted(counts.items())))
