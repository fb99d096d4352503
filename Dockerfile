FROM python:3.11-slim
WORKDIR /app
# Scanned PDFs are read with Debian's Tesseract and its Swedish model (ingest/scan.py); with Pillow and PDFium
# from pyproject.toml they add about 60 MB to the image (the packages' and wheels' installed sizes).
RUN apt-get update && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-swe \
    && rm -rf /var/lib/apt/lists/*
# torch first, pinned, from PyTorch's CPU wheel index: the default index's torch bundles CUDA (several GB
# of nvidia-* wheels) that this CPU-only service never uses. `pip install .` below then keeps this torch.
# Point TORCH_INDEX_URL at a mirror of that index where the build has no internet.
# Expected image size: about 2.1 GB uncompressed, python:3.11-slim (~130 MB) plus ~1.9 GB of site-packages
# (torch CPU 754 MB, transformers 128 MB, scipy, kubernetes, the bundled embedding model 87 MB, …), measured
# with `du -sh` on the project's venv (CPU torch, no CUDA) less its test packages (playwright, schemathesis).
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu
RUN pip install --no-cache-dir --index-url "$TORCH_INDEX_URL" torch==2.13.0
COPY pyproject.toml README.md ./
COPY swedish swedish
COPY ingest ingest
COPY index index
COPY answer answer
COPY service service
RUN pip install --no-cache-dir .
COPY examples examples
ENV MINUTES_DATA_DIR=/data HF_HUB_OFFLINE=1
EXPOSE 8000
CMD ["minutes", "serve", "--host", "0.0.0.0", "--port", "8000"]
