#!/usr/bin/env bash
# The GPU backend on a machine with a CUDA GPU (docs/gpu.md, "Checking it on a GPU").
#
# Run from anywhere:  bash benchmarks/gpu_check.sh            (about 10-20 minutes; needs network access to PyPI)
# Environment:        PYTHON (default python3), VENV (default .venv-gpu), VARIANTS (default 10000)
#
# 1. makes a virtual environment and installs the package with CuPy (cupy-cuda12x, from PyPI),
#    pytest and hypothesis;
# 2. prints the device and checks that CuPy sees it;
# 3. runs the agreement tests: tests/stability/test_device.py, now parametrised over NumPy and the
#    GPU (each array test runs twice), and the compiled kernels' own agreement tests;
# 4. runs the throughput benchmark on the GPU: VARIANTS distinct variants of the founding example
#    (defence size and counterforce sspk varying), against the compiled kernels on the first 200,
#    with the fused kernel of the binding rows (numba-cuda), then 1,000 with the array formulation.
# Everything it prints is worth keeping: paste it into docs/gpu.md's table of measurements.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv-gpu}
VARIANTS=${VARIANTS:-10000}

if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet -e ".[gpu]" "pytest>=8.0" "hypothesis>=6.100"
# numba's CUDA target, for the fused kernel of the binding rows; without it the array formulation runs
"$VENV/bin/python" -m pip install --quiet "numba-cuda[cu12]" || echo "numba-cuda not installed: the binding rows run as array operations"

echo "== device"
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv || true
"$VENV/bin/python" - <<'PY'
import cupy
from armscontrol.stability import device
props = cupy.cuda.runtime.getDeviceProperties(0)
print("cupy", cupy.__version__, "devices", cupy.cuda.runtime.getDeviceCount(), "device 0:", props["name"].decode())
print("namespaces:", [name for name, _ in device.available_namespaces()])
PY

echo "== agreement with the compiled kernels (1e-12), NumPy and the GPU"
"$VENV/bin/python" -m pytest -o addopts="" -q -p no:cacheprovider \
    tests/stability/test_device.py tests/stability/test_ckernels.py tests/stability/test_engagement.py

echo "== throughput, founding example, $VARIANTS distinct variants (fused kernel where numba's CUDA target works)"
"$VENV/bin/python" benchmarks/bench_device.py --backend gpu --scenario founding --variants "$VARIANTS" \
    --reference-variants 200 --repeat 1
echo "== the same, 1000 variants, binding rows as array operations"
ARMSCONTROL_FUSED=never "$VENV/bin/python" benchmarks/bench_device.py --backend gpu --scenario founding --variants 1000 \
    --reference-variants 100 --repeat 1
