#!/usr/bin/env python3
"""Builds the splitter's real-paper corpus and the reader's name/title lexicon from a public daily-arXiv dump.

Source: github.com/dw-dengwei/daily-arXiv-ai-enhanced, branch `data`, every `data/YYYY-MM-DD.jsonl`
(arXiv listings as scraped each day: id, title, authors, categories). Papers are deduplicated by arXiv id and
split by submission month so that the lexicon never sees the papers it is judged on:
  - arXiv ids before 2511 (submitted up to October 2025) build the lexicon,
  - arXiv ids from 2511 on (November 2025 onwards) are the evaluation corpus.

usage: prepare.py MIRROR_GIT_DIR COMMIT
writes bench/splitter/data/real-papers.tsv.gz and src/PaperNotebooks/Sources/Listing/Lexicon/lexicon.tsv.gz
"""
import collections, gzip, io, json, os, re, subprocess, sys

mirror, commit = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))

def git(*args):
    return subprocess.run(['git', '--git-dir', mirror, *args], capture_output=True, check=True).stdout

files = [f for f in git('ls-tree', '-r', '--name-only', commit, 'data').decode().split()
         if re.fullmatch(r'data/\d{4}-\d{2}-\d{2}\.jsonl', f)]
papers = {}
for f in sorted(files):
    for line in git('show', f'{commit}:{f}').decode('utf-8', 'replace').splitlines():
        try:
            o = json.loads(line)
        except ValueError:
            continue
        pid = o.get('id')
        if not pid or pid in papers or not o.get('title') or not o.get('authors'):
            continue
        papers[pid] = o

def write_gzip(path):
    # mtime 0 and no file name in the header: the same data gives the same bytes.
    return io.TextIOWrapper(gzip.GzipFile(filename='', mode='wb', compresslevel=9, fileobj=open(path, 'wb'), mtime=0), encoding='utf-8', newline='\n')

def clean(s):
    return ' '.join(s.split())

def category(cats):
    # The listing's meta line has the two-letter code of an arXiv category such as cs.LG.
    for c in cats or []:
        m = re.fullmatch(r'[a-z\-]+\.([A-Z]{2})', c)
        if m:
            return m.group(1)
    return None

evaluation, lexicon_papers = [], []
for pid, o in papers.items():
    (lexicon_papers if pid < '2511' else evaluation).append(o)

os.makedirs(os.path.join(here, 'data'), exist_ok=True)
kept = 0
with write_gzip(os.path.join(here, 'data', 'real-papers.tsv.gz')) as out:
    for o in sorted(evaluation, key=lambda o: o['id']):
        code = category(o.get('categories'))
        authors = [clean(a) for a in o['authors']]
        title = clean(o['title'])
        if code is None or not title or any('\t' in a for a in authors):
            continue
        out.write('\t'.join([o['id'], code, str(len(authors)), title, *authors[:3]]) + '\n')
        kept += 1

# The lexicon: how often a token is a given name (first word of an author), a family name (last word), or a word
# of a title with a capital letter in it (the only title words that can be mistaken for the start of a name).
given, family, title = collections.Counter(), collections.Counter(), collections.Counter()
initial = re.compile(r'^(?:[A-Z]\.?-?)+$')
for o in lexicon_papers:
    for a in o['authors']:
        words = clean(a).split(' ')
        if len(words) < 2:
            continue
        if not initial.match(words[0]):
            given[words[0]] += 1
        if not initial.match(words[-1]):
            family[words[-1]] += 1
    for w in clean(o['title']).split(' '):
        w = w.strip('()[]{}"\'“”‘’,;:.!?')
        if len(w) >= 2 and any(c.isupper() for c in w) and w.isprintable():
            title[w] += 1

# Words seen once say little and would double the lexicon (and the time to load it): keep those seen twice or more.
tokens = {t for t in set(given) | set(family) | set(title) if given[t] + family[t] + title[t] >= 2}
lex_dir = os.path.join(root, 'src', 'PaperNotebooks', 'Sources', 'Listing', 'Lexicon')
os.makedirs(lex_dir, exist_ok=True)
with write_gzip(os.path.join(lex_dir, 'lexicon.tsv.gz')) as out:
    out.write(f'# source: dw-dengwei/daily-arXiv-ai-enhanced@{commit}, {len(lexicon_papers)} papers with arXiv ids before 2511\n')
    out.write('# token\tgiven\tfamily\ttitle\n')
    for t in sorted(tokens):
        if '\t' in t or not t.isprintable():
            continue
        out.write(f'{t}\t{given[t]}\t{family[t]}\t{title[t]}\n')

print(f'{len(files)} files, {len(papers)} distinct papers; evaluation {kept} (ids from 2511), lexicon from {len(lexicon_papers)} papers: {len(tokens)} tokens')
