#!/usr/bin/env python3
"""Writes docs/test-data.md: every file of ../shared/conformance and ../shared/corpus with its size and SHA-256,
so that a contributor who fetches the data from its upstream repositories can check the bytes.
Run from the repository root: python3 docs/test-data.py"""
import hashlib
import os
import sys

shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join('..', 'shared')
rows = []
for part in ('conformance', 'corpus'):
    base = os.path.join(shared, part)
    for folder, _, files in sorted(os.walk(base)):
        for name in sorted(files):
            path = os.path.join(folder, name)
            with open(path, 'rb') as f:
                data = f.read()
            rows.append((os.path.relpath(path, shared), len(data), hashlib.sha256(data).hexdigest()))

with open(os.path.join('docs', 'test-data.md'), 'w') as out:
    out.write('''# Test data: the files of `../shared`

The conformance tests and the benchmarks read these files from a `shared/` folder beside the clone (the README's
"Test data" says what each part is and where it comes from). Written by `python3 docs/test-data.py`; a copy
fetched from upstream should have these sizes and SHA-256 sums. The folder's own `README.md` files say how each
part is read.

| file | bytes | SHA-256 |
|---|--:|---|
''')
    for path, size, digest in sorted(rows):
        out.write(f'| `{path}` | {size:,} | `{digest}` |\n')
print(len(rows), 'files')
