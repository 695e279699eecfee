#!/usr/bin/python3
"""NMI of topic assignments against the papers' primary arXiv category or archive, and scikit-learn's NMF on TF-IDF
as the baseline, on the same papers and in the same run.

usage: nmi.py PAPERS.json K LABEL OUT.csv [OUT.csv ...]
  PAPERS.json  the corpus (arXiv snapshot JSON lines, as written by prepare.py or prepare_archives.py)
  K            the number of topics scikit-learn's NMF is asked for
  LABEL        the reference: `category` (the primary category, cs.CV) or `archive` (its part before the dot:
               astro-ph.GA -> astro-ph, math.AG -> math, hep-ph -> hep-ph)
  OUT.csv      `papernb topics --to csv` outputs (key, arxiv_id, title, topic, topic_label) to score
Prints one line per scored file and one for scikit-learn: name, NMI, seconds (scikit-learn only).
"""
import csv, json, sys, time
from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import normalized_mutual_info_score

papers_path, k, label, outputs = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
if label not in ('category', 'archive'):
    sys.exit(f'LABEL is category or archive, not {label!r}')
papers = [json.loads(line) for line in open(papers_path, encoding='utf-8')]
primary = {p['id']: p['categories'].split()[0] for p in papers}
if label == 'archive':
    primary = {pid: category.split('.')[0] for pid, category in primary.items()}

for path in outputs:
    with open(path, encoding='utf-8', newline='') as f:
        rows = list(csv.DictReader(f))
    truth = [primary[r['arxiv_id']] for r in rows]
    # Outliers (topic -1) count as one more cluster: they are not left out of the score.
    print(f'{path}\t{normalized_mutual_info_score(truth, [r["topic"] for r in rows]):.3f}')

started = time.perf_counter()
texts = [p['title'] + '. ' + p['abstract'] for p in papers]
tfidf = TfidfVectorizer(stop_words='english', max_df=0.95, min_df=2).fit_transform(texts)
w = NMF(n_components=k, random_state=42, max_iter=400).fit_transform(tfidf)
topics = w.argmax(axis=1)
seconds = time.perf_counter() - started
print(f'scikit-learn NMF k={k}\t{normalized_mutual_info_score([primary[p["id"]] for p in papers], topics):.3f}\t{seconds:.2f}')
