#!/usr/bin/env python3
"""Builds the topic benchmark's second corpus: real arXiv papers of many archives (math, astro-ph, cond-mat, hep-ph,
physics, hep-th, cs, quant-ph, ...), the setup issue 15 states its quality bar on, in the arXiv metadata snapshot's
JSON-lines format, which `papernb` reads as is.

Source: github.com/Goldyvaiiii/AgenticResearchAssistant, `data/arxiv_sample.csv` (columns id, title, abstract,
categories, authors, update_date): 2,000 papers drawn by that repository's scripts/create_sample_dataset.py, a
reservoir sample (seed 42) of the first 100,000 records of the arXiv metadata snapshot (Cornell University, Kaggle),
so arXiv identifiers 0704.0001 to 0812.xxxx, spring 2007 to the end of 2008.

The sample holds exactly 2,000 papers, the floor the issue sets, so every one is kept and the archives keep arXiv's
own 2007-08 proportions (as the issue's "first lines of the snapshot" would); no per-archive cap is applied, since any
cap would drop the corpus below 2,000. Papers are written in identifier order, so the same input gives the same bytes.

usage: prepare_archives.py MIRROR_GIT_DIR COMMIT
writes bench/topics/data/archives.jsonl.gz
"""
import collections, csv, gzip, io, json, os, subprocess, sys

PATH, MIN_PAPERS = 'data/arxiv_sample.csv', 2000
mirror, commit = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))

text = subprocess.run(['git', '--git-dir', mirror, 'show', f'{commit}:{PATH}'], capture_output=True, check=True).stdout
papers = {}
for row in csv.DictReader(io.StringIO(text.decode('utf-8'), newline='')):
    pid, title, abstract, categories = (row.get(k, '').strip() for k in ('id', 'title', 'abstract', 'categories'))
    if pid and title and abstract and categories and pid not in papers:
        papers[pid] = row
if len(papers) < MIN_PAPERS:
    sys.exit(f'only {len(papers)} usable papers in {PATH} at {commit}; the benchmark needs {MIN_PAPERS}')


def clean(s):
    return ' '.join(s.split())


def archive(categories):
    # The primary category is the first; its archive is the part before the dot (astro-ph.GA -> astro-ph).
    return categories.split()[0].split('.')[0]


out_path = os.path.join(here, 'data', 'archives.jsonl.gz')
os.makedirs(os.path.dirname(out_path), exist_ok=True)
# mtime 0 and no file name in the gzip header: the same data gives the same bytes.
with io.TextIOWrapper(gzip.GzipFile(filename='', mode='wb', compresslevel=9, fileobj=open(out_path, 'wb'), mtime=0),
                      encoding='utf-8', newline='\n') as out:
    for pid in sorted(papers):
        row = papers[pid]
        record = {
            'id': pid,
            'submitter': None,  # not in the sample; the key marks the snapshot's format for papernb's sniffing
            'authors': clean(row.get('authors', '')),
            'title': clean(row['title']),
            'categories': clean(row['categories']),
            'abstract': clean(row['abstract']),
            'update_date': row.get('update_date', '').strip() or None,
        }
        out.write(json.dumps(record, ensure_ascii=False) + '\n')
counts = collections.Counter(archive(row['categories']) for row in papers.values())
print(f'{len(papers)} papers in {len(counts)} archives:', ', '.join(f'{a} {n}' for a, n in counts.most_common()))
